import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  CONTENT_STATUS_LABELS,
  InterpretationForm,
  InterpretationSummary,
  InterpretationView,
  Page,
  POLICY_VALIDITY_LABELS,
  StaffInterpretationSummary,
  StaffInterpretationView,
  StaffPolicyView,
} from '@govopen/contracts';
import { canEditContent } from '@govopen/domain';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { sanitizeRichText } from '../../common/rich-text';
import { Transaction } from '../../database/unit-of-work/transaction';
import { MediaFile } from '../media/media-file.entity';
import { MediaService } from '../media/media.service';
import { StaffDirectoryRepository } from '../organization/staff-directory.repository';
import { PolicyDocument } from '../policy/policy-document.entity';
import { PolicyInterpretations } from '../policy/policy-interpretations';
import { ListInterpretationsDto, ListStaffContentDto } from '../publishing/dto/list-content.dto';
import { PublishingService } from '../publishing/publishing.service';
import { newDraft, ReviewableContentStore } from '../publishing/reviewable-content';
import { SaveInterpretationDto } from './dto/save-interpretation.dto';
import { Interpretation } from './interpretation.entity';
import { interpretationSummary } from './interpretation.mapper';
import { InterpretationRepository } from './interpretation.repository';

/** Which uploaded purposes each slot of an interpretation takes. */
const SLOT_PURPOSES: Record<'mediaId' | 'posterId' | 'captionsId' | 'imageIds', MediaFile['purpose'][]> = {
  mediaId: ['video', 'audio'],
  posterId: ['poster', 'image'],
  captionsId: ['captions'],
  imageIds: ['image'],
};

/** 解读: drafted, reviewed and published like policies; it also answers the policy views' questions about a policy's interpretations. */
@Injectable()
export class InterpretationService implements OnModuleInit, PolicyInterpretations {
  constructor(
    private readonly repository: InterpretationRepository,
    private readonly staffDirectory: StaffDirectoryRepository,
    private readonly clock: Clock,
    private readonly media: MediaService,
    private readonly publishing: PublishingService,
  ) {}

  onModuleInit(): void {
    // Media of an interpretation are public while it and its policy are.
    this.media.registerPublicationCheck('interpretation', (ids) => this.repository.publicIds(ids));
    this.publishing.register(this.reviewStore());
  }

  async create(staff: StaffPrincipal, body: SaveInterpretationDto, actor: Actor): Promise<StaffInterpretationView> {
    const now = this.clock.now();
    const id = await this.repository.transaction(async (tx) => {
      const item = await this.repository.insert({ ...newDraft(staff.agencyId, staff.id, now), ...(await this.fields(tx, staff, body)) }, tx);
      await this.attach(tx, staff, item, body);
      await this.publishing.recordStep(tx, 'interpretation', item.id, 'created', actor, null, now);
      return item.id;
    });
    return this.getForStaff(staff, id);
  }

  async update(staff: StaffPrincipal, id: number, body: SaveInterpretationDto, actor: Actor): Promise<StaffInterpretationView> {
    const now = this.clock.now();
    await this.repository.transaction(async (tx) => {
      const item = await this.find(tx, staff, id);
      if (!canEditContent(item.status)) throw new AppException(ErrorCode.CONFLICT, `“${CONTENT_STATUS_LABELS[item.status]}”的解读不能修改；如需更正，请先撤回`);
      if (item.authorId !== staff.id) throw new AppException(ErrorCode.FORBIDDEN, '只有起草人可以修改该解读');
      Object.assign(item, await this.fields(tx, staff, body), { status: item.status === 'withdrawn' ? 'draft' : item.status, updatedAt: now });
      await this.repository.save(item, tx);
      await this.attach(tx, staff, item, body);
      await this.publishing.recordStep(tx, 'interpretation', id, 'edited', actor, null, now);
    });
    return this.getForStaff(staff, id);
  }

  async listForStaff(staff: StaffPrincipal, query: ListStaffContentDto): Promise<Page<StaffInterpretationSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [rows, total] = await this.repository.listForStaff(staff.agencyId, { status: query.status, q: query.q }, { page, pageSize });
    const [policies, names] = await Promise.all([this.repository.policiesOf(rows), this.staffDirectory.displayNames(rows.map((row) => row.authorId))]);
    return {
      items: rows.map((row) => ({
        ...interpretationSummary(row, policies.get(row.policyId)!, null),
        status: row.status,
        statusLabel: CONTENT_STATUS_LABELS[row.status],
        authorName: names.get(row.authorId) ?? '—',
        updatedAt: row.updatedAt.toISOString(),
      })),
      total,
      page,
      pageSize,
    };
  }

  async getForStaff(staff: StaffPrincipal, id: number): Promise<StaffInterpretationView> {
    const item = await this.find(undefined, staff, id);
    const [view, workflow] = await Promise.all([this.view(item, true), this.publishing.workflowOf('interpretation', item)]);
    return { ...view, ...workflow };
  }

  async listPublic(query: ListInterpretationsDto): Promise<Page<InterpretationSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const agencyId = (await this.repository.servingAgencyId()) ?? 0;
    const [rows, total] = await this.repository.listPublished(agencyId, { form: query.form, policyId: query.policyId }, { page, pageSize });
    const [policies, posters] = await Promise.all([this.repository.policiesOf(rows), this.posters(rows)]);
    return {
      items: rows.map((row) => interpretationSummary(row, policies.get(row.policyId)!, posters.get(row.id) ?? null)),
      total,
      page,
      pageSize,
    };
  }

  async getPublic(id: number): Promise<InterpretationView> {
    const agencyId = (await this.repository.servingAgencyId()) ?? 0;
    const item = await this.repository.findPublished(agencyId, id);
    const policy = item ? await this.repository.findPublishedPolicy(agencyId, item.policyId) : null;
    if (!item || !policy) throw AppException.notFound('解读不存在或已撤回');
    return this.view(item, false);
  }

  async formsOf(policyIds: number[], publishedOnly: boolean): Promise<Map<number, InterpretationForm[]>> {
    const rows = await this.repository.formsOfPolicies(policyIds, publishedOnly);
    const forms = new Map<number, InterpretationForm[]>();
    for (const row of rows) if (!forms.get(row.policyId)?.includes(row.form)) forms.set(row.policyId, [...(forms.get(row.policyId) ?? []), row.form]);
    return forms;
  }

  async forStaff(policy: PolicyDocument): Promise<StaffPolicyView['interpretations']> {
    const items = await this.repository.ofPolicy(policy.agencyId, policy.id, false);
    return items.map((item) => ({ ...interpretationSummary(item, policy, null), status: item.status, statusLabel: CONTENT_STATUS_LABELS[item.status] }));
  }

  async forPublic(policy: PolicyDocument): Promise<InterpretationSummary[]> {
    const items = await this.repository.ofPolicy(policy.agencyId, policy.id, true);
    const posters = await this.posters(items);
    return items.map((item) => interpretationSummary(item, policy, posters.get(item.id) ?? null));
  }

  /** How the review workflow reads and writes interpretations; one is whole, and may appear, only with its policy. */
  private reviewStore(): ReviewableContentStore<Interpretation> {
    return {
      type: 'interpretation',
      noun: '政策解读',
      find: (agencyId, id, tx) => this.repository.find(agencyId, id, tx),
      dueIds: (now) => this.repository.dueIds(now),
      findScheduled: (id, tx) => this.repository.findScheduled(id, tx),
      save: (item, tx) => this.repository.save(item, tx),
      checkComplete: (item, tx) => this.checkComplete(item, tx),
      checkPublishable: (item, at, tx) => this.checkPolicyPublished(item, at, tx),
      afterPublished: async () => undefined,
    };
  }

  /** A reviewer should get something whole: a video without captions or poster, an audio without transcript, go back. */
  private async checkComplete(item: Interpretation, tx: Transaction): Promise<void> {
    const policy = await this.repository.policy(item.agencyId, item.policyId, tx);
    if (!policy || policy.status === 'withdrawn') throw AppException.invalid('policyId', '所解读的政策文件不存在或已撤回');
    if (item.form === 'video' && !item.mediaId) throw AppException.invalid('mediaId', '视频解读须上传视频文件');
    if (item.form === 'video' && !item.captionsId) throw AppException.invalid('captionsId', '视频解读须上传字幕（WebVTT）');
    if (item.form === 'video' && !item.posterId) throw AppException.invalid('posterId', '视频解读须上传封面图');
    if (item.form === 'animation' && !item.mediaId && !item.imageIds.length) throw AppException.invalid('mediaId', '动漫解读须上传动画视频或图片序列');
    if (item.form === 'audio' && !item.mediaId) throw AppException.invalid('mediaId', '音频解读须上传音频文件');
    if (item.form === 'audio' && !item.transcript?.trim()) throw AppException.invalid('transcript', '音频解读须附文字稿');
    if (item.form === 'graphic' && !item.imageIds.length) throw AppException.invalid('imageIds', '图文解读须上传图片（如“一图读懂”）');
    if (['text', 'expert', 'media', 'leader', 'meeting', 'press'].includes(item.form) && !item.bodyHtml.trim() && !item.mediaId) throw AppException.invalid('bodyHtml', '解读正文为空，不能提交审查');
  }

  /** An interpretation appears with or after its policy, never before it. */
  private async checkPolicyPublished(item: Interpretation, at: Date, tx: Transaction): Promise<void> {
    const policy = await this.repository.policy(item.agencyId, item.policyId, tx);
    const policyAt = policy?.status === 'published' ? policy.publishedAt : policy?.status === 'scheduled' ? policy.scheduledAt : null;
    if (!policy || !policyAt) throw new AppException(ErrorCode.CONFLICT, '所解读的政策文件尚未发布，解读不能先于文件发布');
    if (policyAt.getTime() > at.getTime()) throw AppException.invalid('publishAt', `所解读的政策文件定于 ${policyAt.toISOString()} 发布，解读不能早于文件`);
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

  private async view(item: Interpretation, signed: boolean): Promise<InterpretationView> {
    const [policies, files] = await Promise.all([this.repository.policiesOf([item]), this.media.filesAttachedTo('interpretation', [item.id])]);
    const policy = policies.get(item.policyId)!;
    const file = (id: number | null) => {
      const found = id === null ? undefined : files.find((candidate) => candidate.id === id);
      return found ? this.media.publicView(found, signed) : null;
    };
    const poster = file(item.posterId);
    return {
      ...interpretationSummary(item, policy, poster?.url ?? null),
      bodyHtml: item.bodyHtml,
      transcript: item.transcript,
      media: file(item.mediaId),
      poster,
      captions: file(item.captionsId),
      images: item.imageIds.map(file).filter((view): view is NonNullable<typeof view> => view !== null),
      policy: { id: policy.id, title: policy.title, documentNumber: policy.documentNumber, validityLabel: POLICY_VALIDITY_LABELS[policy.validity] },
    };
  }

  private async fields(tx: Transaction, staff: StaffPrincipal, body: SaveInterpretationDto) {
    const policy = await this.repository.policy(staff.agencyId, body.policyId, tx);
    if (!policy || policy.status === 'withdrawn') throw AppException.invalid('policyId', '所解读的政策文件不存在或已撤回');
    return {
      policyId: body.policyId,
      title: body.title.trim(),
      form: body.form,
      source: body.source?.trim() || null,
      bodyHtml: sanitizeRichText(body.bodyHtml ?? '', 'bodyHtml'),
      transcript: body.transcript?.trim() || null,
      mediaId: body.mediaId ?? null,
      posterId: body.posterId ?? null,
      captionsId: body.captionsId ?? null,
      imageIds: [...new Set(body.imageIds ?? [])],
    };
  }

  /** Claims the uploads named by the slots, and checks each file is of the kind its slot takes (a PDF is not a poster). */
  private async attach(tx: Transaction, staff: StaffPrincipal, item: Interpretation, body: SaveInterpretationDto): Promise<void> {
    const slots: [keyof typeof SLOT_PURPOSES, number[]][] = [
      ['mediaId', item.mediaId ? [item.mediaId] : []],
      ['posterId', item.posterId ? [item.posterId] : []],
      ['captionsId', item.captionsId ? [item.captionsId] : []],
      ['imageIds', item.imageIds],
    ];
    const files = await this.media.attachExactly(tx, slots.flatMap(([, ids]) => ids), { type: 'staff', id: staff.id, agencyId: staff.agencyId }, 'interpretation', item.id, 'mediaId');
    for (const [slot, ids] of slots) {
      for (const id of ids) {
        const file = files.find((candidate) => candidate.id === id);
        if (!file || !SLOT_PURPOSES[slot].includes(file.purpose)) throw AppException.invalid(slot, `文件“${file?.originalName ?? id}”不能用作${SLOT_NAMES[slot]}`);
      }
    }
    if (body.form === 'audio' && item.mediaId && !files.find((file) => file.id === item.mediaId)?.mime.startsWith('audio/')) throw AppException.invalid('mediaId', '音频解读须上传音频文件');
    if ((body.form === 'video' || body.form === 'animation') && item.mediaId && !files.find((file) => file.id === item.mediaId)?.mime.startsWith('video/')) throw AppException.invalid('mediaId', '视频或动漫解读须上传视频文件');
  }

  private async find(tx: Transaction | undefined, staff: StaffPrincipal, id: number): Promise<Interpretation> {
    const item = await this.repository.find(staff.agencyId, id, tx);
    if (!item) throw AppException.notFound('解读不存在');
    return item;
  }
}

const SLOT_NAMES: Record<keyof typeof SLOT_PURPOSES, string> = { mediaId: '音视频', posterId: '封面图', captionsId: '字幕', imageIds: '解读图片' };
