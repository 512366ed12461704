import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CatalogNodeView, StaffCatalogNodeView } from '@govopen/contracts';
import { CalendarYearMissingError, chinaDateOf, checkTimeliness, describeUpdateRule, parseUpdateRule } from '@govopen/domain';
import { DataSource, In } from 'typeorm';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { AuditService } from '../audit/audit.service';
import { Unit } from '../organization/unit.entity';
import { UpdateCatalogNodeDto } from './dto/update-catalog-node.dto';
import { Clock } from '../../common/clock';
import { CalendarService } from '../calendar/calendar.service';
import { servingAgencyId } from '../organization/serving-agency';
import { CatalogNode, CatalogNodeUnit } from './catalog-node.entity';

@Injectable()
export class CatalogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendarService: CalendarService,
    private readonly audit: AuditService,
  ) {}

  /** Edits one node (wording, owners, rule, the event its clock counts from); the owners' names follow the linked units. */
  async update(staff: StaffPrincipal, id: number, changes: UpdateCatalogNodeDto, actor: Actor): Promise<StaffCatalogNodeView[]> {
    await this.dataSource.transaction(async (manager) => {
      const node = await manager.getRepository(CatalogNode).findOneBy({ id, agencyId: staff.agencyId });
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
        const units = changes.unitIds.length ? await manager.getRepository(Unit).findBy({ id: In(changes.unitIds), agencyId: staff.agencyId }) : [];
        if (units.length !== new Set(changes.unitIds).size) throw AppException.invalid('unitIds', '所选责任科室不存在');
        await manager.getRepository(CatalogNodeUnit).delete({ nodeId: id });
        if (units.length) await manager.getRepository(CatalogNodeUnit).insert(units.map((unit) => ({ nodeId: id, unitId: unit.id })));
        node.ownersText = units.map((unit) => unit.name).join('、') || null;
        changed.push('责任科室');
      }
      node.updatedAt = this.clock.now();
      await manager.save(node);
      await this.audit.record(actor, { action: 'catalog.update', targetType: 'catalog_node', targetId: id, detail: `修改${node.name}：${changed.join('、') || '无变化'}` }, manager);
    });
    return this.staffTree(staff);
  }

  /** The public tree of the (single) agency this deployment serves. */
  async publicTree(): Promise<CatalogNodeView[]> {
    const agencyId = await servingAgencyId(this.dataSource.manager);
    const nodes = agencyId === null ? [] : await this.nodes(agencyId);
    return buildTree(nodes, (node) => publicView(node));
  }

  async staffTree(staff: StaffPrincipal): Promise<StaffCatalogNodeView[]> {
    const [nodes, links, calendar] = await Promise.all([
      this.nodes(staff.agencyId),
      this.dataSource.getRepository(CatalogNodeUnit).find(),
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

  private nodes(agencyId: number): Promise<CatalogNode[]> {
    return this.dataSource.getRepository(CatalogNode).find({ where: { agencyId }, order: { sortOrder: 'ASC', id: 'ASC' } });
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
