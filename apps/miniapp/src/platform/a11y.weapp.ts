export function installAccessibilityBridge(): void {
  // WeChat reads aria-label and aria-role from the components themselves.
}
