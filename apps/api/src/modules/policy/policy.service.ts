import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  CONTENT_STATUS_LABELS,
  DISCLOSURE_ATTRIBUTE_LABELS,
  Page,
  POLICY_VALIDITY_LABELS,
  PolicySummary,
  PolicyView,
  StaffPolicySummary,
  StaffPolicyView,
} from '@govopen/contracts';
import { canEditContent, chinaDateOf } from '@govopen/domain';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { sanitizeRichText } from '../../common/rich-text';
import { Transaction } from '../../database/unit-of-work/transaction';
import { CatalogService } from '../catalog/catalog.service';
import { MediaService } from '../media/media.service';
import { StaffDirectoryRepository } from '../organization/staff-directory.repository';
import { ListPoliciesDto, ListStaffContentDto } from '../publishing/dto/list-content.dto';
import { PublishingService } from '../publishing/publishing.service';
import { ContentIndex, newDraft, ReviewableContentStore } from '../publishing/reviewable-content';
import { SavePolicyDto } from './dto/save-policy.dto';
import { PolicyDocument } from './policy-document.entity';
import { PolicyInterpretations } from './policy-interpretations';
import { PolicyRepository } from './policy.repository';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@Injectable()
export class PolicyService implements OnModuleInit {
  constructor(
    private readonly repository: PolicyRepository,
    private readonly staffDirectory: StaffDirectoryRepository,
    private readonly clock: Clock,
    private readonly media: MediaService,
    private readonly catalog: CatalogService,
    private readonly publishing: PublishingService,
    private readonly index: ContentIndex,
    private readonly interpretations: PolicyInterpretations,
  ) {}

  onModuleInit(): void {
    // A policy's attachments are public exactly while the policy is.
    this.media.registerPublicationCheck('policy', (ids) => this.repository.publishedIds(ids));
    this.publishing.register(this.reviewStore());
  }

  async create(staff: StaffPrincipal, body: SavePolicyDto, actor: Actor): Promise<StaffPolicyView> {
    const now = this.clock.now();
    const id = await this.repository.transaction(async (tx) => {
      const policy = await this.repository.insert({ ...newDraft(staff.agencyId, staff.id, now), ...(await this.fields(tx, staff, body, null)) }, tx);
      await this.media.attachExactly(tx, body.attachmentIds ?? [], { type: 'staff', id: staff.id, agencyId: staff.agencyId }, 'policy', policy.id, 'attachmentIds');
      await this.publishing.recordStep(tx, 'policy', policy.id, 'created', actor, null, now);
      return policy.id;
    });
    return this.getForStaff(staff, id);
  }

  async update(staff: StaffPrincipal, id: number, body: SavePolicyDto, actor: Actor): Promise<StaffPolicyView> {
    const now = this.clock.now();
    await this.repository.transaction(async (tx) => {
      const policy = await this.find(tx, staff, id);
      if (!canEditContent(policy.status)) {
        throw new AppException(ErrorCode.CONFLICT, `“${CONTENT_STATUS_LABELS[policy.status]}”的文件不能修改；如需更正，请先撤回`);
      }
      if (policy.authorId !== staff.id) throw new AppException(ErrorCode.FORBIDDEN, '只有起草人可以修改该文件');
      Object.assign(policy, await this.fields(tx, staff, body, policy.id), { status: policy.status === 'withdrawn' ? 'draft' : policy.status, updatedAt: now });
      await this.repository.save(policy, tx);
      await this.media.attachExactly(tx, body.attachmentIds ?? [], { type: 'staff', id: staff.id, agencyId: staff.agencyId }, 'policy', policy.id, 'attachmentIds');
      await this.publishing.recordStep(tx, 'policy', policy.id, 'edited', actor, null, now);
    });
    return this.getForStaff(staff, id);
  }

  /** 有效 → 失效 / 废止 of a published document: a fact about the law, not an edit of the text, so no new review. */
  async changeValidity(staff: StaffPrincipal, id: number, validity: PolicyDocument['validity'], replacedById: number | null, actor: Actor): Promise<StaffPolicyView> {
    const now = this.clock.now();
    await this.repository.transaction(async (tx) => {
      const policy = await this.find(tx, staff, id);
      await this.checkReplacement(tx, staff, validity, replacedById ?? null, id);
      const before = POLICY_VALIDITY_LABELS[policy.validity];
      policy.validity = validity;
      policy.replacedById = validity === 'repealed' ? replacedById : null;
      policy.updatedAt = now;
      await this.repository.save(policy, tx);
      await this.publishing.recordStep(tx, 'policy', id, 'edited', actor, `效力：${before} → ${POLICY_VALIDITY_LABELS[validity]}`, now);
    });
    await this.index.refresh('policy', [id]);
    return this.getForStaff(staff, id);
  }

  async listForStaff(staff: StaffPrincipal, query: ListStaffContentDto): Promise<Page<StaffPolicySummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [rows, total] = await this.repository.listForStaff(staff.agencyId, { status: query.status, q: query.q }, { page, pageSize });
    const summaries = await this.summaries(rows, false);
    const authors = await this.staffDirectory.displayNames(rows.map((row) => row.authorId));
    return {
      items: rows.map((row, i) => ({ ...summaries[i], status: row.status, statusLabel: CONTENT_STATUS_LABELS[row.status], authorName: authors.get(row.authorId) ?? '—', updatedAt: row.updatedAt.toISOString() })),
      total,
      page,
      pageSize,
    };
  }

  async getForStaff(staff: StaffPrincipal, id: number): Promise<StaffPolicyView> {
    const policy = await this.find(undefined, staff, id);
    const [summary] = await this.summaries([policy], false);
    const [attachments, interpretations, workflow, replacedBy] = await Promise.all([
      this.media.filesAttachedTo('policy', [id]),
      this.interpretations.forStaff(policy),
      this.publishing.workflowOf('policy', policy),
      this.replacement(policy.agencyId, policy.replacedById, false),
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
      interpretations,
      ...workflow,
    };
  }

  async listPublic(query: ListPoliciesDto): Promise<Page<PolicySummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const agencyId = (await this.repository.servingAgencyId()) ?? 0;
    const catalogNodeIds = query.catalogNodeId ? await this.catalog.publicSubtree(query.catalogNodeId) : undefined;
    const [rows, total] = await this.repository.listPublished(
      agencyId,
      { catalogNodeIds, year: query.year, issuingBody: query.issuingBody, validity: query.validity, enterpriseTag: query.enterpriseTag },
      { page, pageSize },
    );
    return { items: await this.summaries(rows, true), total, page, pageSize };
  }

  async getPublic(id: number): Promise<PolicyView> {
    const agencyId = (await this.repository.servingAgencyId()) ?? 0;
    const policy = await this.repository.findPublished(agencyId, id);
    if (!policy) throw AppException.notFound('文件不存在或已撤回');
    const [summary] = await this.summaries([policy], true);
    const [attachments, interpretations, replacedBy] = await Promise.all([
      this.media.filesAttachedTo('policy', [id]),
      this.interpretations.forPublic(policy),
      this.replacement(agencyId, policy.replacedById, true),
    ]);
    return {
      ...summary,
      bodyHtml: policy.bodyHtml,
      disclosureAttribute: policy.disclosureAttribute,
      replacedBy,
      attachments: attachments.map((file) => this.media.publicView(file, false)),
      interpretations,
    };
  }

  /** How the review workflow reads and writes policies; publication updates the policy's catalog node. */
  private reviewStore(): ReviewableContentStore<PolicyDocument> {
    return {
      type: 'policy',
      noun: '政策文件',
      find: (agencyId, id, tx) => this.repository.find(agencyId, id, tx),
      dueIds: (now) => this.repository.dueIds(now),
      findScheduled: (id, tx) => this.repository.findScheduled(id, tx),
      save: (policy, tx) => this.repository.save(policy, tx),
      checkComplete: async (policy) => {
        if (!policy.bodyHtml.trim()) throw AppException.invalid('bodyHtml', '正文为空，不能提交审查');
      },
      checkPublishable: async () => undefined,
      afterPublished: async (policy, now, tx) => {
        if (policy.catalogNodeId !== null) await this.catalog.markPublished(policy.agencyId, policy.catalogNodeId, chinaDateOf(now), now, tx);
      },
    };
  }

  private async summaries(rows: PolicyDocument[], publishedOnly: boolean): Promise<PolicySummary[]> {
    const nodeIds = [...new Set(rows.map((row) => row.catalogNodeId).filter((id): id is number => id !== null))];
    const [nodes, forms] = await Promise.all([this.catalog.namesOf(nodeIds), this.interpretations.formsOf(rows.map((row) => row.id), publishedOnly)]);
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
      interpretationForms: forms.get(row.id) ?? [],
    }));
  }

  private async fields(tx: Transaction, staff: StaffPrincipal, body: SavePolicyDto, id: number | null) {
    if (body.writtenDate && (!DATE.test(body.writtenDate) || Number.isNaN(Date.parse(body.writtenDate)))) throw AppException.invalid('writtenDate', '成文日期无效');
    if (body.catalogNodeId && !(await this.catalog.nodeExists(staff.agencyId, body.catalogNodeId, tx))) {
      throw AppException.invalid('catalogNodeId', '所选目录节点不存在');
    }
    const validity = body.validity ?? 'valid';
    await this.checkReplacement(tx, staff, validity, body.replacedById ?? null, id);
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

  private async checkReplacement(tx: Transaction, staff: StaffPrincipal, validity: string, replacedById: number | null, id: number | null): Promise<void> {
    if (validity !== 'repealed') return;
    if (!replacedById) return;
    if (replacedById === id) throw AppException.invalid('replacedById', '替代文件不能是本文件');
    if (!(await this.repository.exists(staff.agencyId, replacedById, tx))) throw AppException.invalid('replacedById', '替代文件不存在');
  }

  /** The replacing document: staff see any; a public view names it only once it is published itself. */
  private async replacement(agencyId: number, id: number | null, publishedOnly: boolean): Promise<{ id: number; title: string } | null> {
    if (!id) return null;
    const policy = await this.repository.titleOf(agencyId, id, publishedOnly);
    return policy ? { id: policy.id, title: policy.title } : null;
  }

  private async find(tx: Transaction | undefined, staff: StaffPrincipal, id: number): Promise<PolicyDocument> {
    const policy = await this.repository.find(staff.agencyId, id, tx);
    if (!policy) throw AppException.notFound('文件不存在');
    return policy;
  }
}

function tags(values: string[] | undefined): string[] {
  return [...new Set((values ?? []).map((value) => value.trim()).filter(Boolean))];
}

