export default definePageConfig({ navigationBarTitleText: '工作日与期限查询' });
