import { composeDisclosureGuide, DisclosureGuideText, feeParagraphs, timeLimitParagraphs } from './disclosure-guide';

const TEXT: DisclosureGuideText = {
  proactive: '  登录本机关门户网站“政府信息公开”专栏查阅。\n\n  也可以在政务公开通小程序中检索。 ',
  application: '可以通过政务公开通小程序在线提交申请。',
  address: ' 威海市环翠区青岛中路 1 号 ',
  officeHours: '工作日 9:00—12:00、13:30—17:00',
  phone: '0631-5287001',
  remedies: '可以向威海市人民政府申请行政复议。',
};

describe('政府信息公开指南 (条例 Art. 12)', () => {
  it('keeps the law\'s sections in the order residents read them, between the agency\'s own', () => {
    const sections = composeDisclosureGuide(TEXT);
    expect(sections.map((section) => [section.key, section.statutory])).toEqual([
      ['proactive', false],
      ['application', false],
      ['time_limits', true],
      ['fees', true],
      ['remedies', false],
    ]);
  });

  it('splits the agency\'s text into paragraphs, one per line, dropping blank lines and spaces', () => {
    const [proactive, application] = composeDisclosureGuide(TEXT);
    expect(proactive.paragraphs).toEqual(['登录本机关门户网站“政府信息公开”专栏查阅。', '也可以在政务公开通小程序中检索。']);
    expect(application.paragraphs).toEqual(['可以通过政务公开通小程序在线提交申请。', '受理地址：威海市环翠区青岛中路 1 号', '办公时间：工作日 9:00—12:00、13:30—17:00', '咨询电话：0631-5287001']);
  });

  it('states the periods the case engine counts: 20 + 20 working days, 补正 within 7, third party 15', () => {
    const text = timeLimitParagraphs().join('');
    expect(text).toContain('自收到申请之日起 20 个工作日内予以答复');
    expect(text).toContain('最长不超过 20 个工作日');
    expect(text).toContain('7 个工作日内一次性告知');
    expect(text).toContain('15 个工作日内提出意见');
    expect(text).toContain('不计算在答复期限内');
  });

  it('prices fees as 109号 does: by count 11th ¥100, 31st ¥200, 41st ¥300; by pages 31–100 ¥10, 101–200 ¥20, 201+ ¥40', () => {
    const [, byCount, byPages, never] = feeParagraphs();
    expect(byCount).toContain('11—30 件的部分每件 100 元；31—40 件的部分每件 200 元；41—50 件的部分每件 300 元');
    expect(byPages).toBe('按量计收：同一申请 30 页以下（含）的不收费；31—100 页的部分每页 10 元；101—200 页的部分每页 20 元；201 页以上的部分每页 40 元。');
    expect(never).toContain('不同时适用');
  });
});
