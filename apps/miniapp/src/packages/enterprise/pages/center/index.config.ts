export default definePageConfig({ navigationBarTitleText: '企业中心', enablePullDownRefresh: true });
