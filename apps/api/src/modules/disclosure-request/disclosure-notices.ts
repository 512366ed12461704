import { formatChinaDay, RequestEvent } from '@govopen/domain';

/** Who hears of an event: the applicant (online requests only), the handlers of a unit, or the office heads. */
export type DisclosureNoticeAudience = { to: 'applicant' } | { to: 'unit_handlers'; unitId: number } | { to: 'office_heads' };

export interface DisclosureNotice {
  audience: DisclosureNoticeAudience;
  kind: string;
  title: string;
  body: string;
  /** The WeChat template's one short line: the date that matters, when there is one. */
  hint?: string;
}

/** The case as the notices name it; `dueDate` is the projection after the event. */
export interface NoticeCase {
  title: string;
  trackingNumber: string | null;
  unitId: number | null;
  dueDate: string | null;
}

/** What the people who must know are told of an event, or null: the words of every notice of a disclosure case. */
export function disclosureNoticeOf(request: NoticeCase, event: RequestEvent): DisclosureNotice | null {
  const subject = `“${request.title}”（${request.trackingNumber}）`;
  const applicant = (kind: string, title: string, body: string, hint?: string): DisclosureNotice => ({ audience: { to: 'applicant' }, kind, title, body, hint });
  const unit = (unitId: number | null, kind: string, title: string, body: string): DisclosureNotice | null =>
    unitId === null ? null : { audience: { to: 'unit_handlers', unitId }, kind, title, body };
  const dueHint = (prefix: string, date: string | null, suffix = '') => (date ? `${prefix}${formatChinaDay(date)}${suffix}` : undefined);
  switch (event.type) {
    case 'registered':
      return applicant('disclosure.registered', '申请已受理', `您的申请${subject}已受理，我们最晚将在 ${request.dueDate} 前答复。`, dueHint('最晚', request.dueDate, '前答复'));
    case 'supplement_requested':
      return applicant('disclosure.supplement', '请补正申请', `您的申请${subject}需要补正：${event.items}。请于 ${event.dueDate} 前补正。`, dueHint('请于', event.dueDate, '前补正'));
    case 'extension_approved':
      return applicant('disclosure.extended', '答复期限已延长', `您的申请${subject}答复期限延长至 ${request.dueDate}。`, dueHint('答复期限延至', request.dueDate));
    case 'fee_notified':
      return applicant('disclosure.fee', '信息处理费缴纳通知', `您的申请${subject}需缴纳信息处理费 ${event.amountYuan} 元，请自收到通知之日起 20 个工作日内缴纳，详见《信息处理费缴纳通知书》。`);
    case 'consultation_sent':
      // Art. 32 (a third party) or Art. 34 (another agency); the time is not counted (Art. 33 ¶3).
      return applicant(
        'disclosure.consultation',
        '正在征求意见',
        event.party === 'agency'
          ? `您的申请${subject}涉及其他机关，本机关正依照《政府信息公开条例》第三十四条征求其意见，所需时间不计入答复期限。`
          : `您的申请${subject}可能涉及第三方合法权益，本机关正依照《政府信息公开条例》第三十二条征求第三方意见，所需时间不计入答复期限。`,
      );
    case 'reasons_requested':
      return applicant('disclosure.reasons', '请说明申请理由', `您的申请${subject}数量、频次明显超过合理范围，请于 ${event.answerDueDate} 前在“我的申请”中说明理由（第三十五条），详见《要求说明理由告知书》。`, dueHint('请于', event.answerDueDate ?? null, '前说明理由'));
    case 'reasons_given':
      return unit(request.unitId, 'disclosure.reasons_given', '申请人已说明理由', `${subject}申请人已说明理由，请认定是否合理（第三十五条）。`);
    case 'deadline_set':
      return applicant('disclosure.later_deadline', '答复期限已确定', `您的申请${subject}理由合理，本机关确定于 ${event.dueDate} 前答复（第三十五条），详见《延迟答复告知书》。`, dueHint('将于', event.dueDate, '前答复'));
    case 'supplement_expired':
      return applicant('disclosure.abandoned', '申请已终止', `您的申请${subject}未在补正期限内补正，视为放弃申请（第三十条）。如仍需要该信息，可重新提出申请。`);
    case 'fee_expired':
      return applicant('disclosure.abandoned', '申请已终止', `您的申请${subject}未在期限内缴纳信息处理费，视为放弃申请。如仍需要该信息，可重新提出申请。`);
    case 'consultation_expired':
      return unit(request.unitId, 'disclosure.consultation_expired', '征求意见期限已届满', `${subject}征求意见逾期未获答复，答复期限恢复计算至 ${request.dueDate}，请依法决定是否公开（第三十二条）。`);
    case 'replied':
      return applicant('disclosure.replied', '申请已答复', `您的申请${subject}已答复，请在“我的申请”中查看答复告知书。`);
    case 'assigned':
    case 'transferred':
      return unit(event.unitId, 'disclosure.assigned', '新的依申请公开办件', `${subject}已分至本科室办理，答复期限 ${request.dueDate ?? '待定'}。`);
    case 'extension_requested':
      return { audience: { to: 'office_heads' }, kind: 'disclosure.extension_requested', title: '延期申请待审批', body: `${subject}申请延长 ${event.days} 个工作日：${event.reason}` };
    default:
      return null;
  }
}
