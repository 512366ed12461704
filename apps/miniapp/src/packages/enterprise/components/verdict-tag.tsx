import { Text } from '@tarojs/components';
import { PolicyVerdict } from '@govopen/contracts';

/** 符合 / 不符合 / 需核实 in colours that keep 4.5:1 on their tint. */
export function VerdictTag({ verdict, label }: { verdict: PolicyVerdict; label: string }) {
  return <Text className={`verdict verdict-${verdict}`}>{label}</Text>;
}
