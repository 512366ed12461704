import { defaultPushBody } from './default-push-body';

describe('defaultPushBody', () => {
  it('writes the 申兑指南 under the summary', () => {
    expect(defaultPushBody('请及时申报', { title: '技改补贴', supportStandard: '按投资额 10% 补贴', applicationPeriod: '10月31日前', acceptingUnit: '规划与技术改造科', consultPhone: '0631-5287004' })).toBe(
      '请及时申报\n政策：技改补贴\n支持标准：按投资额 10% 补贴\n申报时间：10月31日前\n受理科室：规划与技术改造科；咨询电话：0631-5287004',
    );
  });
});
