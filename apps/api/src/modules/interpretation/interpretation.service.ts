import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CONTENT_STATUS_LABELS, InterpretationSummary, InterpretationView, Page, POLICY_VALIDITY_LABELS, StaffInterpretationSummary, StaffInterpretationView } from '@govopen/contracts';
import { canEditContent } from '@govopen/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { sanitizeRichText } from '../../common/rich-text';
import { MediaFile } from '../media/media-file.entity';
import { MediaService } from '../media/media.service';
import { staffDisplayNames } from '../organization/staff-names';
import { servingAgencyId } from '../organization/serving-agency';
import { PolicyDocument } from '../policy/policy-document.entity';
import { interpretationSummary } from '../policy/policy.service';
import { ListInterpretationsDto, ListStaffContentDto } from '../publishing/dto/list-content.dto';
import { newDraft, PublishingService } from '../publishing/publishing.service';
import { SaveInterpretationDto } from './dto/save-interpretation.dto';
import { Interpretation } from './interpretation.entity';
import { likeContaining } from '../../common/like-pattern';

/** Which uploaded purposes each slot of an interpretation takes. */
const SLOT_PURPOSES: Record<'mediaId' | 'posterId' | 'captionsId' | 'imageIds', MediaFile['purpose'][]> = {
  mediaId: ['video', 'audio'],
  posterId: ['poster', 'image'],
  captionsId: ['captions'],
  imageIds: ['image'],
};

@Injectable()
export class InterpretationService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly media: MediaService,
    private readonly publishing: PublishingService,
  ) {}

  onModuleInit(): void {
    // Media of an interpretation are public while it and its policy are.
    this.media.registerPublicationCheck('interpretation', async (ids) => {
      const rows = await this.dataSource
        .getRepository(Interpretation)
        .createQueryBuilder('i')
        .innerJoin(PolicyDocument, 'p', 'p.id = i.policy_id')
        .select('i.id', 'id')
        .where('i.id IN (:...ids) AND i.status = :published AND p.status = :published', { ids, published: 'published' })
        .getRawMany<{ id: number }>();
      return new Set(rows.map((row) => Number(row.id)));
    });
  }

  async create(staff: StaffPrincipal, body: SaveInterpretationDto, actor: Actor): Promise<StaffInterpretationView> {
    const now = this.clock.now();
    const id = await this.dataSource.transaction(async (manager) => {
      const item = manager.getRepository(Interpretation).create({
        ...newDraft(staff.agencyId, staff.id, now),
        ...(await this.fields(manager, staff, body)),
      });
      await manager.save(item);
      await this.attach(manager, staff, item, body);
      await this.publishing.recordStep(manager, 'interpretation', item.id, 'created', actor, null, now);
      return item.id;
    });
    return this.getForStaff(staff, id);
  }

  async update(staff: StaffPrincipal, id: number, body: SaveInterpretationDto, actor: Actor): Promise<StaffInterpretationView> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const item = await this.find(manager, staff, id);
      if (!canEditContent(item.status)) throw new AppException(ErrorCode.CONFLICT, `“${CONTENT_STATUS_LABELS[item.status]}”的解读不能修改；如需更正，请先撤回`);
      if (item.authorId !== staff.id) throw new AppException(ErrorCode.FORBIDDEN, '只有起草人可以修改该解读');
      Object.assign(item, await this.fields(manager, staff, body), { status: item.status === 'withdrawn' ? 'draft' : item.status, updatedAt: now });
      await manager.save(item);
      await this.attach(manager, staff, item, body);
      await this.publishing.recordStep(manager, 'interpretation', id, 'edited', actor, null, now);
    });
    return this.getForStaff(staff, id);
  }

  async listForStaff(staff: StaffPrincipal, query: ListStaffContentDto): Promise<Page<StaffInterpretationSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const builder = this.dataSource.getRepository(Interpretation).createQueryBuilder('i').where('i.agency_id = :agency', { agency: staff.agencyId });
    if (query.status) builder.andWhere('i.status = :status', { status: query.status });
    if (query.q) builder.andWhere("i.title LIKE :q ESCAPE '!'", { q: likeContaining(query.q) });
    const [rows, total] = await builder.orderBy('i.updated_at', 'DESC').addOrderBy('i.id', 'DESC').skip((page - 1) * pageSize).take(pageSize).getManyAndCount();
    const [policies, names] = await Promise.all([this.policies(rows), staffDisplayNames(this.dataSource.manager, rows.map((row) => row.authorId))]);
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
    const item = await this.find(this.dataSource.manager, staff, id);
    const [view, workflow] = await Promise.all([this.view(item, true), this.publishing.workflowOf('interpretation', item)]);
    return { ...view, ...workflow };
  }

  async listPublic(query: ListInterpretationsDto): Promise<Page<InterpretationSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const agencyId = (await servingAgencyId(this.dataSource.manager)) ?? 0;
    const builder = this.dataSource
      .getRepository(Interpretation)
      .createQueryBuilder('i')
      .innerJoin(PolicyDocument, 'p', 'p.id = i.policy_id AND p.status = :published')
      .where('i.agency_id = :agency AND i.status = :published', { agency: agencyId, published: 'published' });
    if (query.form) builder.andWhere('i.form = :form', { form: query.form });
    if (query.policyId) builder.andWhere('i.policy_id = :policy', { policy: query.policyId });
    const [rows, total] = await builder.orderBy('i.publishedAt', 'DESC').addOrderBy('i.id', 'DESC').skip((page - 1) * pageSize).take(pageSize).getManyAndCount();
    const [policies, files] = await Promise.all([this.policies(rows), this.media.filesAttachedTo('interpretation', rows.map((row) => row.id))]);
    return {
      items: rows.map((row) => {
        const poster = files.find((file) => file.id === row.posterId);
        return interpretationSummary(row, policies.get(row.policyId)!, poster ? this.media.publicView(poster, false).url : null);
      }),
      total,
      page,
      pageSize,
    };
  }

  async getPublic(id: number): Promise<InterpretationView> {
    const agencyId = (await servingAgencyId(this.dataSource.manager)) ?? 0;
    const item = await this.dataSource.getRepository(Interpretation).findOneBy({ id, agencyId, status: 'published' });
    const policy = item ? await this.dataSource.getRepository(PolicyDocument).findOneBy({ id: item.policyId, status: 'published' }) : null;
    if (!item || !policy) throw AppException.notFound('解读不存在或已撤回');
    return this.view(item, false);
  }

  private async view(item: Interpretation, signed: boolean): Promise<InterpretationView> {
    const [policies, files] = await Promise.all([this.policies([item]), this.media.filesAttachedTo('interpretation', [item.id])]);
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

  private async fields(manager: EntityManager, staff: StaffPrincipal, body: SaveInterpretationDto): Promise<Partial<Interpretation>> {
    const policy = await manager.getRepository(PolicyDocument).findOneBy({ id: body.policyId, agencyId: staff.agencyId });
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
  private async attach(manager: EntityManager, staff: StaffPrincipal, item: Interpretation, body: SaveInterpretationDto): Promise<void> {
    const slots: [keyof typeof SLOT_PURPOSES, number[]][] = [
      ['mediaId', item.mediaId ? [item.mediaId] : []],
      ['posterId', item.posterId ? [item.posterId] : []],
      ['captionsId', item.captionsId ? [item.captionsId] : []],
      ['imageIds', item.imageIds],
    ];
    const files = await this.media.attachExactly(manager, slots.flatMap(([, ids]) => ids), { type: 'staff', id: staff.id, agencyId: staff.agencyId }, 'interpretation', item.id, 'mediaId');
    for (const [slot, ids] of slots) {
      for (const id of ids) {
        const file = files.find((candidate) => candidate.id === id);
        if (!file || !SLOT_PURPOSES[slot].includes(file.purpose)) throw AppException.invalid(slot, `文件“${file?.originalName ?? id}”不能用作${SLOT_NAMES[slot]}`);
      }
    }
    if (body.form === 'audio' && item.mediaId && !files.find((file) => file.id === item.mediaId)?.mime.startsWith('audio/')) throw AppException.invalid('mediaId', '音频解读须上传音频文件');
    if ((body.form === 'video' || body.form === 'animation') && item.mediaId && !files.find((file) => file.id === item.mediaId)?.mime.startsWith('video/')) throw AppException.invalid('mediaId', '视频或动漫解读须上传视频文件');
  }

  private async find(manager: EntityManager, staff: StaffPrincipal, id: number): Promise<Interpretation> {
    const item = await manager.getRepository(Interpretation).findOneBy({ id, agencyId: staff.agencyId });
    if (!item) throw AppException.notFound('解读不存在');
    return item;
  }

  private async policies(items: Interpretation[]): Promise<Map<number, PolicyDocument>> {
    const ids = [...new Set(items.map((item) => item.policyId))];
    const rows = ids.length ? await this.dataSource.getRepository(PolicyDocument).findBy({ id: In(ids) }) : [];
    return new Map(rows.map((row) => [row.id, row]));
  }
}

const SLOT_NAMES: Record<keyof typeof SLOT_PURPOSES, string> = { mediaId: '音视频', posterId: '封面图', captionsId: '字幕', imageIds: '解读图片' };
