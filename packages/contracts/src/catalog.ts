import type { CatalogTimeliness } from '@govopen/domain';

/** One node of the 主动公开基本目录 as residents see it. */
export interface CatalogNodeView {
  id: number;
  name: string;
  /** "一"…"七" for the first-level categories as printed. */
  numeral: string | null;
  depth: number;
  /** 公开形式 */
  channel: string | null;
  /** 责任科室 as written. */
  owners: string | null;
  /** 栏目内容 */
  content: string | null;
  /** 更新时限 as written, and as the system reads it ("会议召开后 3 个工作日内"). */
  updateRule: string | null;
  updateRuleReading: string;
  legalBasis: string | null;
  children: CatalogNodeView[];
}

export type { CatalogTimeliness } from '@govopen/domain';

/** Staff view: the owner units linked, and whether the node is on time against its rule. */
export interface StaffCatalogNodeView extends Omit<CatalogNodeView, 'children'> {
  unitIds: number[];
  lastPublishedDate: string | null;
  pendingEventDate: string | null;
  timeliness: CatalogTimeliness;
  dueDate: string | null;
  children: StaffCatalogNodeView[];
}

/** What staff may change on a node: wording, owners, rule, and the event that starts its clock (a meeting held, a file issued). */
export interface UpdateCatalogNode {
  name?: string;
  channel?: string | null;
  content?: string | null;
  updateRule?: string | null;
  legalBasis?: string | null;
  unitIds?: number[];
  /** The date the event happened that the rule counts from; null clears it. */
  pendingEventDate?: string | null;
}
