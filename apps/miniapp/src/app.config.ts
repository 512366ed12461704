export default defineAppConfig({
  pages: ['pages/index/index', 'pages/policy/index', 'pages/services/index', 'pages/me/index'],
  // Non-tab pages live in subpackages so the main package stays under WeChat's 2 MB (DOMAIN §7).
  subPackages: [
    { root: 'packages/tools', pages: ['pages/workday/index'] },
    { root: 'packages/disclosure', pages: ['pages/apply/index', 'pages/mine/index', 'pages/detail/index'] },
    { root: 'packages/account', pages: ['pages/messages/index'] },
    { root: 'packages/policy', pages: ['pages/document/index', 'pages/interpretation/index'] },
    { root: 'packages/message', pages: ['pages/boards/index', 'pages/write/index', 'pages/mine/index', 'pages/detail/index'] },
    { root: 'packages/consultation', pages: ['pages/list/index', 'pages/detail/index'] },
    { root: 'packages/enterprise', pages: ['pages/center/index', 'pages/bind/index', 'pages/calculator/index', 'pages/benefits/index', 'pages/benefit/index'] },
    { root: 'packages/report', pages: ['pages/list/index', 'pages/detail/index'] },
    { root: 'packages/guide', pages: ['pages/guide/index'] },
  ],
  // WeChat's start-up guidance: inject only the components a page uses, and fetch the subpackages the home page's
  // tiles open while the resident reads it (their total must stay under WeChat's 2 MB per page; the bundle test checks).
  lazyCodeLoading: 'requiredComponents',
  preloadRule: {
    'pages/index/index': {
      network: 'all',
      packages: ['packages/tools', 'packages/disclosure', 'packages/message', 'packages/consultation', 'packages/enterprise', 'packages/report', 'packages/guide'],
    },
    'pages/policy/index': { network: 'all', packages: ['packages/policy'] },
  },
  // Which pages WeChat search may index: the public ones; a resident's own requests, messages and account never.
  sitemapLocation: 'sitemap.json',
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#b71c1c',
    navigationBarTitleText: '政务公开通',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
  },
  tabBar: {
    // #5f6672 on white is 5.8:1 (the former #8a8a8a was 3.45:1, below WCAG AA).
    color: '#5f6672',
    selectedColor: '#b71c1c',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/policy/index', text: '政策', iconPath: 'assets/tab/policy.png', selectedIconPath: 'assets/tab/policy-active.png' },
      { pagePath: 'pages/services/index', text: '办事', iconPath: 'assets/tab/services.png', selectedIconPath: 'assets/tab/services-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-active.png' },
    ],
  },
  // Required before the mini-program collects personal data (privacy guide, DOMAIN §7).
  __usePrivacyCheck__: true,
});
