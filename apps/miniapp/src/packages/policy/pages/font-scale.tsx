import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';

const KEY = 'govopen.readingScale';
const SCALES = [0.9, 1, 1.15, 1.3, 1.5];

/** A−/A+ for reading: remembered on the phone; 关怀模式 starts at a larger step. */
export function useReadingScale(care: boolean): [number, React.ReactNode] {
  const [step, setStep] = useState<number>(() => {
    const saved = Number(Taro.getStorageSync(KEY));
    return Number.isInteger(saved) && saved > 0 ? saved : care ? 3 : 1;
  });
  const change = (delta: number) => {
    const next = Math.min(SCALES.length - 1, Math.max(0, step + delta));
    Taro.setStorageSync(KEY, next);
    setStep(next);
  };
  const controls = (
    <View className="font-scale">
      <Text className="font-scale-button" onClick={() => change(-1)} aria-label="缩小字号">A−</Text>
      <Text className="font-scale-button" onClick={() => change(1)} aria-label="放大字号">A+</Text>
    </View>
  );
  return [SCALES[step], controls];
}
