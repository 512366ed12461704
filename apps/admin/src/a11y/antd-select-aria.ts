/**
 * antd's Select puts `aria-required` on its wrapper <div> (no role allows it there) and `aria-selected` on the
 * visible options (which have no role; its hidden listbox carries the real ones). Screen readers read neither, and
 * axe-core rightly flags both: the requirement moves to the combobox input, the stray option state is dropped.
 */
function repair(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>('.ant-select[aria-required]').forEach((select) => {
    const value = select.getAttribute('aria-required');
    select.removeAttribute('aria-required');
    select.querySelector('input[role="combobox"]')?.setAttribute('aria-required', value ?? 'true');
  });
  root.querySelectorAll<HTMLElement>('.ant-select-item-option[aria-selected]:not([role])').forEach((option) => option.removeAttribute('aria-selected'));
}

export function installSelectAriaRepair(): void {
  repair(document);
  new MutationObserver(() => repair(document)).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-required', 'aria-selected'] });
}
