export type PolicyTab = 'policy' | 'interpretation';

/** switchTab carries no query string: a tile leaves the list it wants here and the 政策 tab takes it when shown. */
let requested: PolicyTab | null = null;

export function requestPolicyTab(tab: PolicyTab): void {
  requested = tab;
}

export function takeRequestedPolicyTab(): PolicyTab | null {
  const tab = requested;
  requested = null;
  return tab;
}
