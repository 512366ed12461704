import { consentStateOf, voidsUnusedCredits } from './subscribe-consent';
import { fitSubscribeValue } from './subscribe-field';
import { subscribeDataOf, subscribeFactsOf, templateKindOfNotice } from './subscribe-template';
import { judgeSendResult, nextChinaDay, retryDelaySeconds } from './wechat-send-outcome';

describe('subscribe-message field limits (DOMAIN §6a)', () => {
  it.each([
    ['thing within 20 stays', 'thing', '关于2024年技改资金分配结果的信息', '关于2024年技改资金分配结果的信息'],
    ['thing over 20 is cut to 19 and an ellipsis', 'thing', '关于威海市2024年度工业和信息化专项资金分配结果的信息', '关于威海市2024年度工业和信息化专项…'],
    ['thing loses line breaks', 'thing', '第一行\n第二行', '第一行 第二行'],
    ['phrase keeps only 5 Han characters', 'phrase', '已受理（网络申请）', '已受理网络'],
    ['phrase with no Han gets a placeholder', 'phrase', 'OK', '通知'],
    ['character_string drops non-ASCII and caps at 32', 'character_string', 'GK-2024-0001号', 'GK-2024-0001'],
    ['number keeps digits', 'number', '共 12 件', '12'],
    ['name caps at 10 without an ellipsis', 'name', '威海某某机械制造有限公司', '威海某某机械制造有限'],
    ['phone keeps digits, plus and dashes', 'phone_number', '电话 0631-5287000', '0631-5287000'],
    ['amount is a sign and digits', 'amount', '100.5 元', '¥100.5'],
    ['time is China time', 'time', '2024-10-29T16:30:00Z', '2024年10月30日 00:30'],
    ['date is the China date', 'date', '2024-10-29T16:30:00Z', '2024年10月30日'],
  ] as const)('%s', (_edge, type, raw, expected) => {
    expect(fitSubscribeValue(type, raw)).toBe(expected);
  });

  it('counts characters as WeChat does (an astral character is one)', () => {
    expect(Array.from(fitSubscribeValue('thing', '𠀀'.repeat(25))).length).toBe(20);
  });
});

describe('notice kinds and templates', () => {
  it('sends resident notices with their template and keeps staff notices in the app', () => {
    expect(templateKindOfNotice('disclosure.registered')).toBe('disclosure_progress');
    expect(templateKindOfNotice('message.replied')).toBe('message_reply');
    expect(templateKindOfNotice('consultation.adoption')).toBe('consultation_result');
    expect(templateKindOfNotice('disclosure.assigned')).toBeNull();
    expect(templateKindOfNotice('disclosure.due_soon')).toBeNull();
  });

  it('fills every field of the layout within its limit', () => {
    const facts = subscribeFactsOf('disclosure.registered', { subject: '关于威海市2024年度工业和信息化专项资金分配结果的信息', at: '2024-09-27T02:00:00Z', hint: '最晚2024年10月30日前答复' });
    expect(subscribeDataOf('disclosure_progress', facts)).toEqual({
      thing1: { value: '关于威海市2024年度工业和信息化专项…' },
      phrase2: { value: '已受理' },
      time3: { value: '2024年09月27日 10:00' },
      thing4: { value: '最晚2024年10月30日前答复' },
    });
  });

  it('falls back to the kind’s hint', () => {
    expect(subscribeFactsOf('message.replied', { subject: '技改项目备案后多久可以开工', at: '2026-11-30T02:00:00Z' }).hint).toBe('点击查看答复并评价');
  });
});

describe('send results', () => {
  it.each([
    [null, 'retry'],
    [-1, 'retry'],
    [40001, 'retry'],
    [45009, 'quota'],
    [40003, 'permanent'],
    [40037, 'permanent'],
    [43101, 'permanent'],
    [41030, 'permanent'],
    [47003, 'permanent'],
  ] as const)('errcode %s → %s', (errcode, disposition) => {
    expect(judgeSendResult(errcode).disposition).toBe(disposition);
  });

  it('names the field WeChat found invalid (47003)', () => {
    expect(judgeSendResult(47003, 'argument invalid! data.thing1.value exceeds limit rid: 6571').reason).toBe('模板字段 thing1 的内容不符合微信要求（47003）');
  });

  it('backs off exponentially with full jitter, capped at an hour', () => {
    expect(retryDelaySeconds(1, 0.999)).toBe(30);
    expect(retryDelaySeconds(2, 0.999)).toBe(60);
    expect(retryDelaySeconds(4, 0.5)).toBe(120);
    expect(retryDelaySeconds(20, 0.9999999)).toBe(3_600);
    expect(retryDelaySeconds(3, 0)).toBe(1);
  });

  it('waits for the quota until the next China midnight', () => {
    // 23:30 in Beijing on 11-30 (15:30Z) → 00:00 on 12-01 Beijing = 11-30 16:00Z.
    expect(nextChinaDay(new Date('2026-11-30T15:30:00Z')).toISOString()).toBe('2026-11-30T16:00:00.000Z');
    // 00:30 in Beijing on 12-01 (11-30 16:30Z) → 00:00 on 12-02 Beijing.
    expect(nextChinaDay(new Date('2026-11-30T16:30:00Z')).toISOString()).toBe('2026-12-01T16:00:00.000Z');
  });
});

describe('consent answers', () => {
  it('makes an acceptance one credit, keeps reject and filter as answers, and a ban voids the unused credits', () => {
    expect(consentStateOf('accept')).toBe('available');
    expect(consentStateOf('reject')).toBe('noted');
    expect(consentStateOf('filter')).toBe('noted');
    expect(consentStateOf('ban')).toBe('noted');
    expect(voidsUnusedCredits('ban')).toBe(true);
    expect(voidsUnusedCredits('reject')).toBe(false);
  });
});
