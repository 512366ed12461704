import { FEE_PAGE_BANDS, feeForNthApplication } from './processing-fee';
import {
  CONSULTATION_WORKING_DAYS,
  FEE_WORKING_DAYS,
  MAX_EXTENSION_WORKING_DAYS,
  REPLY_WORKING_DAYS,
  SUPPLEMENT_NOTICE_WORKING_DAYS,
} from './request-state';

/**
 * What an agency writes in its 政府信息公开指南 (条例 Art. 12): where to find proactively disclosed information,
 * how and where to apply, and the remedies. The time limits and the fees are the law's and are composed from the
 * rules this package enforces, so the guide cannot promise what the case engine does not do.
 */
export interface DisclosureGuideText {
  /** 主动公开信息的获取方式. */
  proactive: string;
  /** 依申请公开的申请方式与渠道 (网络、当面、邮寄、传真). */
  application: string;
  /** 受理机构地址. */
  address: string;
  /** 办公时间. */
  officeHours: string;
  /** 咨询电话. */
  phone: string;
  /** 救济途径: the review body, the court, where to complain (Art. 51). */
  remedies: string;
}

export type DisclosureGuideSectionKey = 'proactive' | 'application' | 'fees' | 'time_limits' | 'remedies';

export interface DisclosureGuideSection {
  key: DisclosureGuideSectionKey;
  title: string;
  paragraphs: string[];
  /** True for a section the law writes (time limits, fees): the agency cannot edit it. */
  statutory: boolean;
}

export const DISCLOSURE_GUIDE_FIELD_LABELS: Record<keyof DisclosureGuideText, string> = {
  proactive: '主动公开信息的获取',
  application: '申请方式',
  address: '受理地址',
  officeHours: '办公时间',
  phone: '咨询电话',
  remedies: '救济途径',
};

/** An agency's text is "每行一段": blank lines and surrounding spaces are not paragraphs. */
function paragraphsOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** 国办函〔2020〕109号: free by default; 按件 or 按量, never both on one application. */
export function feeParagraphs(): string[] {
  const byCount = [11, 31, 41].map((nth) => feeForNthApplication(nth));
  const [free, ...charged] = FEE_PAGE_BANDS;
  const pageBands = charged.map((band, index) => {
    const from = (index === 0 ? free.upTo : charged[index - 1].upTo) + 1;
    const range = Number.isFinite(band.upTo) ? `${from}—${band.upTo} 页` : `${from} 页以上`;
    return `${range}的部分每页 ${band.yuanPerPage} 元`;
  });
  return [
    '依申请提供政府信息，原则上不收费。申请人申请公开政府信息的数量、频次明显超过合理范围的，按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费。',
    `按件计收：同一申请人一个自然月内累计申请 10 件以下（含）的不收费；11—30 件的部分每件 ${byCount[0]} 元；31—40 件的部分每件 ${byCount[1]} 元；41—50 件的部分每件 ${byCount[2]} 元；以此类推，每增加 10 件，每件收费标准提高 100 元。`,
    `按量计收：同一申请 ${free.upTo} 页以下（含）的不收费；${pageBands.join('；')}。`,
    `按件计收与按量计收不同时适用于同一申请。申请人自收到收费通知之日起 ${FEE_WORKING_DAYS} 个工作日内未缴费的，视为放弃申请。`,
  ];
}

/** 条例 Art. 30, 32–33: the periods the case engine counts, in working days. */
export function timeLimitParagraphs(): string[] {
  return [
    `能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起 ${REPLY_WORKING_DAYS} 个工作日内予以答复（条例第三十三条）。`,
    `需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过 ${MAX_EXTENSION_WORKING_DAYS} 个工作日（条例第三十三条）。`,
    `申请内容不明确的，我们在收到申请之日起 ${SUPPLEMENT_NOTICE_WORKING_DAYS} 个工作日内一次性告知需要补正的事项和合理的补正期限，答复期限自收到补正的申请之日起计算；无正当理由逾期不补正的，视为放弃申请（条例第三十条）。`,
    `公开可能损害第三方合法权益的，书面征求第三方意见，第三方自收到征求意见书之日起 ${CONSULTATION_WORKING_DAYS} 个工作日内提出意见；征求意见所需时间不计算在答复期限内（条例第三十二条、第三十三条）。`,
  ];
}

/** The guide as residents read it: the agency's sections around the law's time limits and fees. */
export function composeDisclosureGuide(text: DisclosureGuideText): DisclosureGuideSection[] {
  return [
    { key: 'proactive', title: '一、主动公开信息的获取', paragraphs: paragraphsOf(text.proactive), statutory: false },
    {
      key: 'application',
      title: '二、依申请公开的申请方式',
      paragraphs: [
        ...paragraphsOf(text.application),
        `受理地址：${text.address.trim()}`,
        `办公时间：${text.officeHours.trim()}`,
        `咨询电话：${text.phone.trim()}`,
      ],
      statutory: false,
    },
    { key: 'time_limits', title: '三、答复期限', paragraphs: timeLimitParagraphs(), statutory: true },
    { key: 'fees', title: '四、信息处理费', paragraphs: feeParagraphs(), statutory: true },
    { key: 'remedies', title: '五、救济途径', paragraphs: paragraphsOf(text.remedies), statutory: false },
  ];
}
