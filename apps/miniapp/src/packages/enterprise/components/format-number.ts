/** 5600 → 5,600 (the API's reasons group digits the same way). */
export function formatNumber(value: number): string {
  const [whole, fraction] = String(value).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
}
