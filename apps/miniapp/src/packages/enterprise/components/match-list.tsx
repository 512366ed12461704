import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PolicyMatchItem } from '@govopen/contracts';
import { VerdictTag } from './verdict-tag';

const GROUP_TITLES = { yes: '符合条件，可以申报', check: '部分条件需要您核实', no: '暂不符合' } as const;

/** Matches grouped yes → check → no (the API's order), each with its reasons in words; a tap opens the item. */
export function MatchList({ items, empty }: { items: PolicyMatchItem[]; empty: string }) {
  if (!items.length) {
    return (
      <View className="card">
        <Text className="empty-text">{empty}</Text>
      </View>
    );
  }
  return (
    <>
      {(['yes', 'check', 'no'] as const).map((verdict) => {
        const group = items.filter((item) => item.verdict === verdict);
        if (!group.length) return null;
        return (
          <View key={verdict} className="card" data-testid={`matches-${verdict}`}>
            <Text className="card-title">
              {GROUP_TITLES[verdict]}（{group.length} 项）
            </Text>
            {group.map((item) => (
              <View
                key={item.policyId}
                className="match"
                data-testid="match"
                role="button"
                onClick={() => Taro.navigateTo({ url: `/packages/enterprise/pages/benefit/index?id=${item.policyId}` })}
              >
                <View className="head-row">
                  <Text className="match-title">{item.title}</Text>
                  <VerdictTag verdict={item.verdict} label={item.verdictLabel} />
                </View>
                {item.reasons.map((reason) => (
                  <Text key={reason} className="reason">
                    · {reason}
                  </Text>
                ))}
                {item.verdict !== 'no' && <Text className="hint">支持标准：{item.supportStandard}</Text>}
              </View>
            ))}
          </View>
        );
      })}
    </>
  );
}
