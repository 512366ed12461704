import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const root = path.resolve(__dirname, '..');

/**
 * The mini-program's AppID from the build environment (WEAPP_APPID, the same app as the API's WECHAT_APPID), handed
 * to Taro as TARO_APP_ID, which it writes into dist/weapp/project.config.json. Unset, the package keeps
 * `touristappid` for the developer tools; a malformed one fails the build rather than the upload.
 */
function useWeappAppId(): void {
  const appId = process.env.WEAPP_APPID;
  if (!appId) return;
  if (!/^wx[0-9a-f]{16}$/.test(appId)) throw new Error(`WEAPP_APPID 应为 wx 加 16 位十六进制字符，实际为 "${appId}"`);
  process.env.TARO_APP_ID = appId;
}

if (process.env.TARO_ENV === 'weapp') useWeappAppId();

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'govopen-miniapp',
    date: '2026-11-22',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // weapp and h5 builds must not overwrite each other.
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {
      // The weapp build talks to the deployed API; the H5 build is served by the API itself, so it uses /api.
      // WeChat subscribe-message templates per notice kind: the API's own setting (WECHAT_SUBSCRIBE_TEMPLATES, JSON
      // {"disclosure_progress": "<templateId>", …}), so the ids the app asks consent for are the ids the API sends with.
      // Parsed here so a malformed setting fails the build with JSON's own message instead of breaking the bundle.
      SUBSCRIBE_TEMPLATES: JSON.stringify(JSON.parse(process.env.WECHAT_SUBSCRIBE_TEMPLATES || '{}')),
      API_BASE: JSON.stringify(process.env.TARO_ENV === 'h5' ? '/api' : process.env.GOVOPEN_API_BASE || 'https://govopen.example.gov.cn/api'),
    },
    alias: {
      '@govopen/contracts': path.resolve(root, '../../packages/contracts/src/index.ts'),
      '@govopen/domain': path.resolve(root, '../../packages/domain/src/index.ts'),
    },
    // WeChat reads the sitemap from the package root (sitemapLocation in app.config.ts); the browser tab's icon is H5's.
    copy: {
      patterns:
        process.env.TARO_ENV === 'weapp' ? [{ from: 'src/sitemap.json', to: 'dist/weapp/sitemap.json' }] : [{ from: 'src/favicon.svg', to: 'dist/h5/favicon.svg' }],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [path.resolve(root, '../../packages')] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/h5/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [path.resolve(root, '../../packages')] },
      // Named by their own content: served immutable for a year (the API), a file unchanged by a release keeps its
      // name and stays in the browser's cache.
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash].css', chunkFilename: 'css/[name].[contenthash].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      devServer: { proxy: { '/api': 'http://localhost:3000' } },
    },
  };
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
