/** A mainland mobile number, or a landline with area code (0631-5287001), as applicants write them. */
export function checkPhone(value: string): string | null {
  const phone = value.trim().replace(/[\s-]/g, '');
  if (/^1[3-9]\d{9}$/.test(phone)) return null;
  if (/^0\d{2,3}\d{7,8}$/.test(phone)) return null;
  return '联系电话应为 11 位手机号码或带区号的固定电话';
}

export function checkPostcode(value: string): string | null {
  return /^\d{6}$/.test(value.trim()) ? null : '邮政编码应为 6 位数字';
}

export function checkEmail(value: string): string | null {
  const email = value.trim();
  if (email.length > 100) return '电子邮箱不超过 100 个字符';
  return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(email) ? null : '电子邮箱格式不正确';
}
