export default definePageConfig({ navigationBarTitleText: '网民留言', enablePullDownRefresh: true });
