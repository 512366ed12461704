import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CatalogNodeView, StaffCatalogNodeView } from '@govopen/contracts';
import { CalendarYearMissingError, chinaDateOf, checkTimeliness, describeUpdateRule, parseUpdateRule } from '@govopen/domain';
import { DataSource } from 'typeorm';
import { StaffPrincipal } from '../../common/actor';
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
  ) {}

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
