import { Injectable } from '@nestjs/common';
import { CatalogNodeView, StaffCatalogNodeView } from '@govopen/contracts';
import { CalendarYearMissingError, chinaDateOf, checkTimeliness, describeUpdateRule, parseUpdateRule } from '@govopen/domain';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { AuditService } from '../audit/audit.service';
import { UpdateCatalogNodeDto } from './dto/update-catalog-node.dto';
import { Clock } from '../../common/clock';
import { Transaction } from '../../database/unit-of-work/transaction';
import { CalendarService } from '../calendar/calendar.service';
import { CatalogNode } from './catalog-node.entity';
import { CatalogRepository } from './catalog.repository';

@Injectable()
export class CatalogService {
  constructor(
    private readonly repository: CatalogRepository,
    private readonly clock: Clock,
    private readonly calendarService: CalendarService,
    private readonly audit: AuditService,
  ) {}

  /** Edits one node (wording, owners, rule, the event its clock counts from); the owners' names follow the linked units. */
  async update(staff: StaffPrincipal, id: number, changes: UpdateCatalogNodeDto, actor: Actor): Promise<StaffCatalogNodeView[]> {
    await this.repository.transaction(async (tx) => {
      const node = await this.repository.findNode(staff.agencyId, id, tx);
      if (!node) throw AppException.notFound('目录节点不存在');
      const changed: string[] = [];
      for (const [field, column, label] of [
        ['name', 'name', '名称'],
        ['channel', 'channel', '公开形式'],
        ['content', 'content', '栏目内容'],
        ['updateRule', 'updateRuleText', '更新时限'],
        ['legalBasis', 'legalBasis', '公开依据'],
        ['pendingEventDate', 'pendingEventDate', '事件日期'],
      ] as const) {
        const value = changes[field];
        if (value === undefined || (node[column] ?? null) === (value === null ? null : value.trim() || null)) continue;
        (node as unknown as Record<string, string | null>)[column] = value === null ? null : value.trim() || null;
        changed.push(label);
      }
      if (node.pendingEventDate && Number.isNaN(Date.parse(node.pendingEventDate))) throw AppException.invalid('pendingEventDate', '事件日期无效');
      if (!node.name) throw AppException.invalid('name', '栏目名称不能为空');
      if (changes.unitIds) {
        const units = await this.repository.unitsOf(staff.agencyId, changes.unitIds, tx);
        if (units.length !== new Set(changes.unitIds).size) throw AppException.invalid('unitIds', '所选责任科室不存在');
        await this.repository.replaceNodeUnits(id, units.map((unit) => unit.id), tx);
        node.ownersText = units.map((unit) => unit.name).join('、') || null;
        changed.push('责任科室');
      }
      node.updatedAt = this.clock.now();
      await this.repository.saveNode(node, tx);
      await this.audit.record(actor, { action: 'catalog.update', targetType: 'catalog_node', targetId: id, detail: `修改${node.name}：${changed.join('、') || '无变化'}` }, tx);
    });
    return this.staffTree(staff);
  }

  /** The public tree of the (single) agency this deployment serves. */
  async publicTree(): Promise<CatalogNodeView[]> {
    const agencyId = await this.repository.servingAgencyId();
    const nodes = agencyId === null ? [] : await this.repository.nodes(agencyId);
    return buildTree(nodes, (node) => publicView(node));
  }

  async staffTree(staff: StaffPrincipal): Promise<StaffCatalogNodeView[]> {
    const [nodes, links, calendar] = await Promise.all([
      this.repository.nodes(staff.agencyId),
      this.repository.unitLinks(staff.agencyId),
      this.calendarService.getCalendar(),
    ]);
    const today = chinaDateOf(this.clock.now());
    return buildTree(nodes, (node) => {
      const rule = parseUpdateRule(node.updateRuleText);
      let check: { status: StaffCatalogNodeView['timeliness']; dueDate: string | null } = { status: 'on_time', dueDate: null };
      try {
        check = checkTimeliness(rule, { lastPublished: node.lastPublishedDate, pendingEventDate: node.pendingEventDate }, today, calendar);
      } catch (error) {
        if (!(error instanceof CalendarYearMissingError)) throw error;
      }
      return {
        ...publicView(node),
        unitIds: links.filter((link) => link.nodeId === node.id).map((link) => link.unitId),
        lastPublishedDate: node.lastPublishedDate,
        pendingEventDate: node.pendingEventDate,
        timeliness: check.status,
        dueDate: check.dueDate,
      };
    });
  }

  /** For the catalog filter of public lists and search: a node of the served agency and everything under it. */
  async publicSubtree(nodeId: number): Promise<Set<number>> {
    const agencyId = await this.repository.servingAgencyId();
    return agencyId === null ? new Set() : this.repository.subtree(agencyId, nodeId);
  }

  nodeExists(agencyId: number, id: number, tx?: Transaction): Promise<boolean> {
    return this.repository.nodeExists(agencyId, id, tx);
  }

  namesOf(ids: number[]): Promise<Pick<CatalogNode, 'id' | 'name'>[]> {
    return this.repository.namesOf(ids);
  }

  markPublished(agencyId: number, nodeId: number, date: string, now: Date, tx: Transaction): Promise<void> {
    return this.repository.markPublished(agencyId, nodeId, date, now, tx);
  }
}

function publicView(node: CatalogNode): Omit<CatalogNodeView, 'children'> {
  return {
    id: node.id,
    name: node.name,
    numeral: node.numeral,
    depth: node.depth,
    channel: node.channel,
    owners: node.ownersText,
    content: node.content,
    updateRule: node.updateRuleText,
    updateRuleReading: describeUpdateRule(parseUpdateRule(node.updateRuleText)),
    legalBasis: node.legalBasis,
  };
}

function buildTree<T extends { id: number; children: T[] }>(nodes: CatalogNode[], view: (node: CatalogNode) => Omit<T, 'children'>): T[] {
  const byId = new Map<number, T>(nodes.map((node) => [node.id, { ...view(node), children: [] } as unknown as T]));
  const roots: T[] = [];
  for (const node of nodes) {
    const item = byId.get(node.id)!;
    const parent = node.parentId === null ? undefined : byId.get(node.parentId);
    (parent ? parent.children : roots).push(item);
  }
  return roots;
}
