import Taro from '@tarojs/taro';

/** A form draft kept on the device, so closing the app never loses what the resident typed. */
export function loadDraft<T>(key: string): T | null {
  const raw = Taro.getStorageSync<string>(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

export function saveDraft<T>(key: string, value: T): void {
  Taro.setStorageSync(key, JSON.stringify(value));
}

export function clearDraft(key: string): void {
  Taro.removeStorageSync(key);
}

export function newIdempotencyKey(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
