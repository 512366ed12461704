export default definePageConfig({ navigationBarTitleText: '公开指南', enablePullDownRefresh: true });
