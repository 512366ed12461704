/**
 * 惠企政策 topics an enterprise subscribes to and a 惠企政策 item is filed under (the 惠企政策专区's columns). Words, not
 * codes: they are shown as they are and stored as they are.
 */
export const POLICY_TOPICS = ['财政奖补', '技术改造', '数字化转型', '科技创新', '人才', '融资', '减税降费', '市场开拓', '稳岗就业', '绿色低碳'] as const;

export type PolicyTopic = (typeof POLICY_TOPICS)[number];

export function isPolicyTopic(value: unknown): value is PolicyTopic {
  return typeof value === 'string' && (POLICY_TOPICS as readonly string[]).includes(value);
}
