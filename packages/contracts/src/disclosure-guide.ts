import type { DisclosureGuideSection, DisclosureGuideText } from '@govopen/domain';

export type { DisclosureGuideSection, DisclosureGuideSectionKey, DisclosureGuideText } from '@govopen/domain';

/** The agency's 政府信息公开指南 (条例 Art. 12) as residents read it: no personal data. */
export interface PublicDisclosureGuideView {
  agencyName: string;
  version: number;
  /** When this version was saved: the guide's 更新日期. */
  updatedAt: string;
  sections: DisclosureGuideSection[];
}

/** One saved version, for the console: what was written, the composed page, and who saved it when. */
export interface DisclosureGuideVersionView {
  version: number;
  savedAt: string;
  savedBy: string;
  text: DisclosureGuideText;
  sections: DisclosureGuideSection[];
}

/** A line of the history list: each save is a new version, never rewritten. */
export interface DisclosureGuideVersionSummary {
  version: number;
  savedAt: string;
  savedBy: string;
}

/** The console's page: the current version (null before the first save) and every version, latest first. */
export interface DisclosureGuideAdminView {
  current: DisclosureGuideVersionView | null;
  history: DisclosureGuideVersionSummary[];
}

export type SaveDisclosureGuide = DisclosureGuideText;
