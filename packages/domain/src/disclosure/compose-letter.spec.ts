import { composeLetter, LetterFacts } from './compose-letter';
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
