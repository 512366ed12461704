import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import './guide-link.scss';

export const GUIDE_URL = '/packages/guide/pages/guide/index';

/** The way to the 政府信息公开指南 (条例 Art. 12) from wherever a resident is unsure how things work. */
export function GuideLink({ children = '查看政府信息公开指南' }: { children?: string }) {
  return (
    <View className="guide-link" role="button" data-testid="guide-link" onClick={() => Taro.navigateTo({ url: GUIDE_URL })}>
      <Text>{children} ›</Text>
    </View>
  );
}
