import { checkLetterTemplate, composeLetter, defaultLetterTemplate, LETTER_TEMPLATE_KEYS, LetterFacts } from './compose-letter';
import { ALL_OUTCOMES, Outcome } from './outcome';

const facts: LetterFacts = {
  agencyName: '威海市工业和信息化局',
  reviewBody: '威海市人民政府',
  trackingNumber: 'YSQ2024092700001',
  applicantName: '张三',
  requestTitle: '2024年技术改造专项资金分配结果',
  receivedDate: '2024-09-27',
  issuedDate: '2024-10-15',
};

describe('composeLetter', () => {
  it.each(ALL_OUTCOMES)('a reply for %s states the facts and the remedies', (outcome) => {
    const letter = composeLetter('reply', { ...facts, outcome });
    const text = letter.paragraphs.join('');
    expect(text).toContain('2024年9月27日');
    expect(text).toContain('YSQ2024092700001');
    expect(text).toContain('六十日内向威海市人民政府申请行政复议');
    expect(text).toContain('六个月内');
  });

  it('cites the article of the outcome', () => {
    const letter = composeLetter('reply', { ...facts, outcome: Outcome.WITHHELD_THIRD_PARTY_RIGHTS });
    expect(letter.paragraphs[1]).toContain('第十五条');
    expect(letter.paragraphs[1]).toContain('不予公开');
  });

  it('a 补正 letter names what to supplement and by when (Art. 30)', () => {
    const letter = composeLetter('supplement', { ...facts, supplementItems: '请写明文号', supplementDueDate: '2024-10-18' });
    expect(letter.paragraphs.join('')).toMatch(/第三十条.*2024年10月18日前.*请写明文号/);
  });

  it('an extension letter gives the reason and the new date (Art. 33)', () => {
    const letter = composeLetter('extension', { ...facts, extensionDays: 20, extensionReason: '需调取档案', newDueDate: '2024-11-27' });
    expect(letter.paragraphs.join('')).toMatch(/因需调取档案.*第三十三条.*延长20个工作日.*2024年11月27日/);
  });
});

describe('letters from templates', () => {
  it('a consultation letter goes to the third party, cites Art. 32, and never names the applicant', () => {
    const letter = composeLetter('consultation', {
      ...facts,
      consultedParty: 'third_party',
      consultedName: '威海某某机械有限公司',
      consultationQuestion: '是否同意公开贵公司获得的资金金额',
      consultationDueDate: '2024-10-29',
    });
    expect(letter.recipient).toBe('威海某某机械有限公司：');
    const text = letter.paragraphs.join('');
    expect(text).toMatch(/第三十二条.*是否同意公开贵公司获得的资金金额.*2024年10月29日前.*由本机关.*决定是否公开/);
    expect(text + letter.recipient).not.toContain('张三');
  });

  it('another agency consulted is told that silence is consent (Art. 34)', () => {
    const letter = composeLetter('consultation', { ...facts, consultedParty: 'agency', consultedName: '威海市财政局', consultationQuestion: '是否同意公开', consultationDueDate: '2024-10-29' });
    expect(letter.paragraphs.join('')).toMatch(/第三十四条.*视为同意公开/);
  });

  it('a fee notice states the amount, the basis and the period from its receipt (109号 Art. 7)', () => {
    const letter = composeLetter('fee', { ...facts, feeYuan: 100, feeBasis: '本月第 11 至 20 件，按件计收' });
    expect(letter.title).toBe('信息处理费缴纳通知书');
    expect(letter.paragraphs.join('')).toMatch(/109号.*100元（本月第 11 至 20 件，按件计收）.*请于自收到本通知之日起 20 个工作日内缴纳/);
  });

  it('an agency\'s edited template keeps the case facts and drops an empty 说明 paragraph', () => {
    const template = { title: '答复书', paragraphs: ['{{申请人}}您好：您的申请（{{受理编号}}）已办结。', '说明：{{说明}}', '联系电话：0631-5287000', '{{救济途径}}'] };
    const letter = composeLetter('reply', { ...facts, outcome: Outcome.DISCLOSED }, template);
    expect(letter.title).toBe('答复书');
    expect(letter.paragraphs).toEqual([
      '张三您好：您的申请（YSQ2024092700001）已办结。',
      '联系电话：0631-5287000',
      '如对本告知不服，可以自收到本告知书之日起六十日内向威海市人民政府申请行政复议，或者自收到本告知书之日起六个月内依法向人民法院提起行政诉讼。',
    ]);
    expect(composeLetter('reply', { ...facts, outcome: Outcome.DISCLOSED, note: '见附件' }, template).paragraphs[1]).toBe('说明：见附件');
  });

  it('refuses a template with a typo, a removed remedies sentence or stray braces', () => {
    expect(checkLetterTemplate('reply:disclosed', { title: '答复', paragraphs: ['{{受理编号}} {{申请日期}}', '{{救济途径}}'] })).toEqual(['未知的占位符 {{申请日期}}']);
    expect(checkLetterTemplate('reply:disclosed', { title: '答复', paragraphs: ['{{受理编号}}'] })).toEqual(['必须保留 {{救济途径}}']);
    expect(checkLetterTemplate('supplement', { title: ' ', paragraphs: ['{{受理编号}}{{补正内容}}{{补正期限}} {{'] })).toEqual(['标题不能为空', '有不成对的花括号']);
  });

  it.each(LETTER_TEMPLATE_KEYS)('the default template for %s passes its own check', (key) => {
    expect(checkLetterTemplate(key, defaultLetterTemplate(key))).toEqual([]);
  });
});
