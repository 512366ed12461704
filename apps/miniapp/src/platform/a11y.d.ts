/**
 * Makes what the pages declare for screen readers reach the elements that need it. On weapp the aria-* props go to
 * WeChat's own components and this does nothing.
 */
export function installAccessibilityBridge(): void;
