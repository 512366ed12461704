import Taro from '@tarojs/taro';
import { useState } from 'react';

const CARE_KEY = 'govopen.careMode';

/** 关怀模式: larger text and tap targets, remembered on the device. */
export function useCareMode(): [boolean, (on: boolean) => void] {
  const [care, setCare] = useState<boolean>(() => Boolean(Taro.getStorageSync(CARE_KEY)));
  const update = (on: boolean) => {
    Taro.setStorageSync(CARE_KEY, on);
    setCare(on);
  };
  return [care, update];
}
