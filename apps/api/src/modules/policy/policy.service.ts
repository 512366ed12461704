import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CONTENT_STATUS_LABELS,
  DISCLOSURE_ATTRIBUTE_LABELS,
  INTERPRETATION_FORM_LABELS,
  InterpretationForm,
  InterpretationSummary,
  Page,
  POLICY_VALIDITY_LABELS,
  PolicySummary,
  PolicyView,
  StaffPolicySummary,
  StaffPolicyView,
} from '@govopen/contracts';
import { canEditContent } from '@govopen/domain';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { sanitizeRichText } from '../../common/rich-text';
import { CatalogNode } from '../catalog/catalog-node.entity';
import { Interpretation } from '../interpretation/interpretation.entity';
import { MediaService } from '../media/media.service';
import { staffDisplayNames } from '../organization/staff-names';
import { servingAgencyId } from '../organization/serving-agency';
import { ListPoliciesDto, ListStaffContentDto } from '../publishing/dto/list-content.dto';
import { newDraft, PublishingService } from '../publishing/publishing.service';
import { SearchService } from '../search/search.service';
import { SavePolicyDto } from './dto/save-policy.dto';
import { PolicyDocument } from './policy-document.entity';
import { likeContaining } from '../../common/like-pattern';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@Injectable()
export class PolicyService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly media: MediaService,
    private readonly publishing: PublishingService,
    private readonly search: SearchService,
  ) {}

  onModuleInit(): void {
    // A policy's attachments are public exactly while the policy is.
    this.media.registerPublicationCheck('policy', async (ids) => {
      const rows = await this.dataSource.getRepository(PolicyDocument).find({ where: { id: In(ids), status: 'published' }, select: { id: true } });
      return new Set(rows.map((row) => row.id));
    });
  }

  async create(staff: StaffPrincipal, body: SavePolicyDto, actor: Actor): Promise<StaffPolicyView> {
    const now = this.clock.now();
    const id = await this.dataSource.transaction(async (manager) => {
      const policy = manager.getRepository(PolicyDocument).create({
        ...newDraft(staff.agencyId, staff.id, now),
        ...(await this.fields(manager, staff, body, null)),
      });
      await manager.save(policy);
      await this.media.attachExactly(manager, body.attachmentIds ?? [], { type: 'staff', id: staff.id, agencyId: staff.agencyId }, 'policy', policy.id, 'attachmentIds');
      await this.publishing.recordStep(manager, 'policy', policy.id, 'created', actor, null, now);
      return policy.id;
    });
    return this.getForStaff(staff, id);
  }

  async update(staff: StaffPrincipal, id: number, body: SavePolicyDto, actor: Actor): Promise<StaffPolicyView> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const policy = await this.find(manager, staff, id);
      if (!canEditContent(policy.status)) {
        throw new AppException(ErrorCode.CONFLICT, `“${CONTENT_STATUS_LABELS[policy.status]}”的文件不能修改；如需更正，请先撤回`);
      }
      if (policy.authorId !== staff.id) throw new AppException(ErrorCode.FORBIDDEN, '只有起草人可以修改该文件');
      Object.assign(policy, await this.fields(manager, staff, body, policy.id), { status: policy.status === 'withdrawn' ? 'draft' : policy.status, updatedAt: now });
      await manager.save(policy);
      await this.media.attachExactly(manager, body.attachmentIds ?? [], { type: 'staff', id: staff.id, agencyId: staff.agencyId }, 'policy', policy.id, 'attachmentIds');
      await this.publishing.recordStep(manager, 'policy', policy.id, 'edited', actor, null, now);
    });
    return this.getForStaff(staff, id);
  }

  /** 有效 → 失效 / 废止 of a published document: a fact about the law, not an edit of the text, so no new review. */
  async changeValidity(staff: StaffPrincipal, id: number, validity: PolicyDocument['validity'], replacedById: number | null, actor: Actor): Promise<StaffPolicyView> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const policy = await this.find(manager, staff, id);
      await this.checkReplacement(manager, staff, validity, replacedById ?? null, id);
      const before = POLICY_VALIDITY_LABELS[policy.validity];
      policy.validity = validity;
      policy.replacedById = validity === 'repealed' ? replacedById : null;
      policy.updatedAt = now;
      await manager.save(policy);
      await this.publishing.recordStep(manager, 'policy', id, 'edited', actor, `效力：${before} → ${POLICY_VALIDITY_LABELS[validity]}`, now);
    });
    await this.search.refresh('policy', [id]);
    return this.getForStaff(staff, id);
  }

  async listForStaff(staff: StaffPrincipal, query: ListStaffContentDto): Promise<Page<StaffPolicySummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const builder = this.dataSource.getRepository(PolicyDocument).createQueryBuilder('p').where('p.agency_id = :agency', { agency: staff.agencyId });
    if (query.status) builder.andWhere('p.status = :status', { status: query.status });
    if (query.q) builder.andWhere(new Brackets((where) => where.where("p.title LIKE :q ESCAPE '!'", { q: likeContaining(query.q!) }).orWhere("p.document_number LIKE :q ESCAPE '!'")));
    const [rows, total] = await builder.orderBy('p.updated_at', 'DESC').addOrderBy('p.id', 'DESC').skip((page - 1) * pageSize).take(pageSize).getManyAndCount();
    const summaries = await this.summaries(rows, false);
    const authors = await staffDisplayNames(this.dataSource.manager, rows.map((row) => row.authorId));
    return {
      items: rows.map((row, i) => ({ ...summaries[i], status: row.status, statusLabel: CONTENT_STATUS_LABELS[row.status], authorName: authors.get(row.authorId) ?? '—', updatedAt: row.updatedAt.toISOString() })),
      total,
      page,
      pageSize,
    };
  }

  async getForStaff(staff: StaffPrincipal, id: number): Promise<StaffPolicyView> {
    const policy = await this.find(this.dataSource.manager, staff, id);
    const [summary] = await this.summaries([policy], false);
    const [attachments, interpretations, workflow, replacedBy] = await Promise.all([
      this.media.filesAttachedTo('policy', [id]),
      this.dataSource.getRepository(Interpretation).find({ where: { policyId: id }, order: { id: 'ASC' } }),
      this.publishing.workflowOf('policy', policy),
      this.replacement(policy.replacedById, false),
    ]);
    return {
      ...summary,
      bodyHtml: policy.bodyHtml,
      disclosureAttribute: policy.disclosureAttribute,
      disclosureAttributeLabel: DISCLOSURE_ATTRIBUTE_LABELS[policy.disclosureAttribute],
      replacedBy,
      attachments: attachments.map((file) => this.media.publicView(file, true)),
      attachmentIds: attachments.map((file) => file.id),
      needsInterpretation: policy.needsInterpretation,
      interpretations: interpretations.map((item) => ({ ...interpretationSummary(item, policy, null), status: item.status, statusLabel: CONTENT_STATUS_LABELS[item.status] })),
      ...workflow,
    };
  }

  async listPublic(query: ListPoliciesDto): Promise<Page<PolicySummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const agencyId = await servingAgencyId(this.dataSource.manager);
    const builder = this.dataSource.getRepository(PolicyDocument).createQueryBuilder('p').where('p.agency_id = :agency AND p.status = :published', { agency: agencyId ?? 0, published: 'published' });
    if (query.catalogNodeId) builder.andWhere('p.catalog_node_id IN (:...nodes)', { nodes: [...(await this.search.catalogSubtree(query.catalogNodeId))] });
    if (query.year) {
      // 发布日期 in China time: the year starts at 00:00 UTC+8.
      builder.andWhere('p.published_at >= :from AND p.published_at < :to', { from: new Date(`${query.year}-01-01T00:00:00+08:00`), to: new Date(`${query.year + 1}-01-01T00:00:00+08:00`) });
    }
    if (query.issuingBody) builder.andWhere('p.issuing_body = :body', { body: query.issuingBody });
    if (query.validity) builder.andWhere('p.validity = :validity', { validity: query.validity });
    if (query.enterpriseTag) builder.andWhere("p.enterprise_tags LIKE :tag ESCAPE '!'", { tag: likeContaining(JSON.stringify(query.enterpriseTag)) });
    const [rows, total] = await builder.orderBy('p.published_at', 'DESC').addOrderBy('p.id', 'DESC').skip((page - 1) * pageSize).take(pageSize).getManyAndCount();
    return { items: await this.summaries(rows, true), total, page, pageSize };
  }

  async getPublic(id: number): Promise<PolicyView> {
    const agencyId = await servingAgencyId(this.dataSource.manager);
    const policy = await this.dataSource.getRepository(PolicyDocument).findOneBy({ id, agencyId: agencyId ?? 0, status: 'published' });
    if (!policy) throw AppException.notFound('文件不存在或已撤回');
    const [summary] = await this.summaries([policy], true);
    const [attachments, interpretations, replacedBy] = await Promise.all([
      this.media.filesAttachedTo('policy', [id]),
      this.dataSource.getRepository(Interpretation).find({ where: { policyId: id, status: 'published' }, order: { publishedAt: 'ASC', id: 'ASC' } }),
      this.replacement(policy.replacedById, true),
    ]);
    const posters = await this.posters(interpretations);
    return {
      ...summary,
      bodyHtml: policy.bodyHtml,
      disclosureAttribute: policy.disclosureAttribute,
      replacedBy,
      attachments: attachments.map((file) => this.media.publicView(file, false)),
      interpretations: interpretations.map((item) => interpretationSummary(item, policy, posters.get(item.id) ?? null)),
    };
  }

  private async posters(items: Interpretation[]): Promise<Map<number, string>> {
    const files = await this.media.filesAttachedTo('interpretation', items.map((item) => item.id));
    const byId = new Map<number, string>();
    for (const item of items) {
      const poster = files.find((file) => file.id === item.posterId);
      if (poster) byId.set(item.id, this.media.publicView(poster, false).url);
    }
    return byId;
  }

  private async summaries(rows: PolicyDocument[], publishedOnly: boolean): Promise<PolicySummary[]> {
    const nodeIds = [...new Set(rows.map((row) => row.catalogNodeId).filter((id): id is number => id !== null))];
    const [nodes, interpretations] = await Promise.all([
      nodeIds.length ? this.dataSource.getRepository(CatalogNode).find({ where: { id: In(nodeIds) }, select: { id: true, name: true } }) : [],
      rows.length ? this.dataSource.getRepository(Interpretation).find({ where: { policyId: In(rows.map((row) => row.id)), ...(publishedOnly ? { status: 'published' as const } : {}) }, select: { id: true, policyId: true, form: true } }) : [],
    ]);
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      documentNumber: row.documentNumber,
      issuingBody: row.issuingBody,
      indexNumber: row.indexNumber,
      writtenDate: row.writtenDate,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      catalogNodeId: row.catalogNodeId,
      catalogNodeName: nodes.find((node) => node.id === row.catalogNodeId)?.name ?? null,
      validity: row.validity,
      validityLabel: POLICY_VALIDITY_LABELS[row.validity],
      topicTags: row.topicTags,
      enterpriseTags: row.enterpriseTags,
      interpretationForms: [...new Set(interpretations.filter((item) => item.policyId === row.id).map((item) => item.form))] as InterpretationForm[],
    }));
  }

  private async fields(manager: EntityManager, staff: StaffPrincipal, body: SavePolicyDto, id: number | null): Promise<Partial<PolicyDocument>> {
    if (body.writtenDate && (!DATE.test(body.writtenDate) || Number.isNaN(Date.parse(body.writtenDate)))) throw AppException.invalid('writtenDate', '成文日期无效');
    if (body.catalogNodeId && !(await manager.getRepository(CatalogNode).existsBy({ id: body.catalogNodeId, agencyId: staff.agencyId }))) {
      throw AppException.invalid('catalogNodeId', '所选目录节点不存在');
    }
    const validity = body.validity ?? 'valid';
    await this.checkReplacement(manager, staff, validity, body.replacedById ?? null, id);
    return {
      title: body.title.trim(),
      documentNumber: body.documentNumber?.trim() || null,
      issuingBody: body.issuingBody.trim(),
      indexNumber: body.indexNumber?.trim() || null,
      writtenDate: body.writtenDate || null,
      catalogNodeId: body.catalogNodeId ?? null,
      validity,
      replacedById: validity === 'repealed' ? body.replacedById ?? null : null,
      disclosureAttribute: body.disclosureAttribute ?? 'proactive',
      bodyHtml: sanitizeRichText(body.bodyHtml, 'bodyHtml'),
      topicTags: tags(body.topicTags),
      enterpriseTags: tags(body.enterpriseTags),
      needsInterpretation: body.needsInterpretation ?? true,
    };
  }

  private async checkReplacement(manager: EntityManager, staff: StaffPrincipal, validity: string, replacedById: number | null, id: number | null): Promise<void> {
    if (validity !== 'repealed') return;
    if (!replacedById) return;
    if (replacedById === id) throw AppException.invalid('replacedById', '替代文件不能是本文件');
    if (!(await manager.getRepository(PolicyDocument).existsBy({ id: replacedById, agencyId: staff.agencyId }))) throw AppException.invalid('replacedById', '替代文件不存在');
  }

  /** The replacing document: staff see any; a public view names it only once it is published itself. */
  private async replacement(id: number | null, publishedOnly: boolean): Promise<{ id: number; title: string } | null> {
    if (!id) return null;
    const policy = await this.dataSource
      .getRepository(PolicyDocument)
      .findOne({ where: { id, ...(publishedOnly ? { status: 'published' as const } : {}) }, select: { id: true, title: true, status: true } });
    return policy ? { id: policy.id, title: policy.title } : null;
  }

  private async find(manager: EntityManager, staff: StaffPrincipal, id: number): Promise<PolicyDocument> {
    const policy = await manager.getRepository(PolicyDocument).findOneBy({ id, agencyId: staff.agencyId });
    if (!policy) throw AppException.notFound('文件不存在');
    return policy;
  }
}

export function interpretationSummary(item: Interpretation, policy: PolicyDocument, posterUrl: string | null): InterpretationSummary {
  return {
    id: item.id,
    policyId: item.policyId,
    policyTitle: policy.title,
    title: item.title,
    form: item.form,
    formLabel: INTERPRETATION_FORM_LABELS[item.form],
    source: item.source,
    publishedAt: item.publishedAt?.toISOString() ?? null,
    posterUrl,
  };
}

function tags(values: string[] | undefined): string[] {
  return [...new Set((values ?? []).map((value) => value.trim()).filter(Boolean))];
}

