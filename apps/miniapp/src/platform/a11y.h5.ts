/**
 * Taro's H5 components are custom elements around a native control: the page's `aria-label` lands on the wrapper
 * (<taro-input-core>), not on the <input> a screen reader announces, and <Image> renders an <img> with no alt. The
 * pages also scroll inside a Taro page <div> that keyboard users cannot reach. This copies the wrapper's label to
 * the control, the image's label to alt (empty: decorative), and makes each page's scroll area, and each labelled
 * ScrollView, focusable.
 */
const CONTROLS = 'taro-input-core, taro-textarea-core, taro-switch-core, taro-checkbox-core, taro-radio-core, taro-slider-core';

function label(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>(CONTROLS).forEach((wrapper) => {
    const text = wrapper.getAttribute('aria-label');
    const control = wrapper.querySelector('input, textarea');
    if (text && control && control.getAttribute('aria-label') !== text) control.setAttribute('aria-label', text);
  });
  root.querySelectorAll<HTMLElement>('taro-image-core').forEach((wrapper) => {
    const image = wrapper.querySelector('img');
    if (image && !image.hasAttribute('alt')) image.setAttribute('alt', wrapper.getAttribute('aria-label') ?? '');
  });
  // A View or Text that acts as a button (role given by the page) is a stop on the Tab key, as a <button> would be.
  root.querySelectorAll<HTMLElement>('[role="button"]:not([tabindex]), [role="checkbox"]:not([tabindex]), [role="radio"]:not([tabindex]), [role="tab"]:not([tabindex])').forEach((element) => {
    element.setAttribute('tabindex', '0');
  });
  // A labelled ScrollView (a wide table scrolling inside its card) is a region the keyboard can reach and scroll.
  root.querySelectorAll<HTMLElement>('taro-scroll-view-core[aria-label]:not([tabindex])').forEach((region) => {
    region.setAttribute('tabindex', '0');
    region.setAttribute('role', 'region');
  });
  root.querySelectorAll<HTMLElement>('.taro_page:not([tabindex])').forEach((page) => {
    page.setAttribute('tabindex', '0');
    page.setAttribute('role', 'main');
  });
}

/** Enter or Space on a role="button"/"checkbox"/"radio"/"tab" element does what a tap does, as on a native control. */
function activateByKeyboard(event: KeyboardEvent): void {
  const target = event.target as HTMLElement | null;
  if (!target || (event.key !== 'Enter' && event.key !== ' ')) return;
  if (!target.matches('[role="button"], [role="checkbox"], [role="radio"], [role="tab"]') || target.matches('button, input, textarea')) return;
  event.preventDefault();
  target.click();
}

export function installAccessibilityBridge(): void {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return;
  const run = () => label(document);
  run();
  document.addEventListener('keydown', activateByKeyboard);
  new MutationObserver(run).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
}
