import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { EntityManager } from 'typeorm';
import { CatalogNode } from '../../modules/catalog/catalog-node.entity';
import { Interpretation } from '../../modules/interpretation/interpretation.entity';
import { MediaFile } from '../../modules/media/media-file.entity';
import { StaffUser } from '../../modules/organization/staff-user.entity';
import { PolicyDocument } from '../../modules/policy/policy-document.entity';
import { ContentReviewEvent } from '../../modules/publishing/content-review-event.entity';

const MEDIA_SOURCE = path.resolve(__dirname, '../../../src/database/seed/data/demo-media');

const POLICIES = [
  {
    title: '关于印发《威海市中小企业数字化转型补贴资金管理办法》的通知',
    documentNumber: '威工信发〔2026〕12号',
    topic: '数字化转型',
    body: '<h3>第一章 总则</h3><p style="text-indent:2em">为支持中小企业开展数字化转型，提升智能制造水平，制定本办法。</p><h3>第二章 支持标准</h3><p style="text-indent:2em">对实施数字化改造且投资额达到 200 万元的中小企业，按设备和软件投资额的 10% 给予补贴，单个企业最高 50 万元。</p><p style="text-indent:2em">申报截止时间为每年 10 月 31 日。</p>',
    interpretations: [
      { title: '一分钟看懂《中小企业数字化转型补贴资金管理办法》', form: 'video' as const, source: '市工业和信息化局', body: '<p>通过短视频了解补贴对象、标准和申报时间。</p>' },
      { title: '《中小企业数字化转型补贴资金管理办法》政策问答', form: 'text' as const, source: '规划与技术改造科', body: '<p><strong>问：哪些企业可以申报？</strong></p><p>答：在本市注册、具有独立法人资格的中小企业。</p><p><strong>问：补贴最高多少？</strong></p><p>答：单个企业最高 50 万元。</p>' },
    ],
  },
  {
    title: '关于开展2026年度专精特新中小企业认定工作的通知',
    documentNumber: '威工信字〔2026〕35号',
    topic: '专精特新',
    body: '<p style="text-indent:2em">为培育一批专业化、精细化、特色化、新颖化中小企业，现开展 2026 年度专精特新中小企业认定工作。请符合条件的企业于 12 月 15 日前通过系统提交申报材料。</p>',
    interpretations: [{ title: '专精特新中小企业认定专家解读', form: 'expert' as const, source: '山东大学（威海）经济学院 王教授', body: '<p>专精特新认定重点看企业的专业化程度和创新能力……</p>' }],
  },
  {
    title: '威海市工业和信息化局政府信息依申请公开工作规程',
    documentNumber: '威工信办发〔2025〕3号',
    topic: '政务公开',
    body: '<p style="text-indent:2em">为规范本机关政府信息依申请公开工作，依据《中华人民共和国政府信息公开条例》，制定本规程。</p><p style="text-indent:2em">本机关自收到申请之日起 20 个工作日内予以答复；需要延长的，经政府信息公开工作机构负责人同意，延长期限最长不超过 20 个工作日。</p>',
    interpretations: [],
  },
];

function published(author: StaffUser, reviewer: StaffUser, publisher: StaffUser, at: Date) {
  return { status: 'published' as const, authorId: author.id, reviewerId: reviewer.id, publisherId: publisher.id, reviewComment: null, scheduledAt: null, publishedAt: at, createdAt: at, updatedAt: at };
}

/** Published documents and interpretations for the demo (npm start), so the 政策 tab and the console have something to show. */
export async function seedDemoContent(manager: EntityManager, agencyId: number, mediaDir: string, now: Date): Promise<void> {
  if (await manager.getRepository(PolicyDocument).exists()) return;
  const author = await manager.getRepository(StaffUser).findOneBy({ username: 'handler' });
  const reviewer = await manager.getRepository(StaffUser).findOneBy({ username: 'reviewer' });
  const publisher = await manager.getRepository(StaffUser).findOneBy({ username: 'publisher' });
  if (!author || !reviewer || !publisher) return;
  const node = await manager.getRepository(CatalogNode).findOne({ where: { agencyId, depth: 2 }, order: { sortOrder: 'ASC', id: 'ASC' } });
  for (const [index, seed] of POLICIES.entries()) {
    const publishedAt = new Date(now.getTime() - (index + 1) * 3 * 86_400_000);
    const policy = await manager.getRepository(PolicyDocument).save(
      manager.getRepository(PolicyDocument).create({
        agencyId,
        title: seed.title,
        documentNumber: seed.documentNumber,
        issuingBody: '威海市工业和信息化局',
        indexNumber: `11371000004367048Y/${publishedAt.getUTCFullYear()}-${String(index + 1).padStart(5, '0')}`,
        writtenDate: new Date(publishedAt.getTime() - 5 * 86_400_000).toISOString().slice(0, 10),
        catalogNodeId: node?.id ?? null,
        validity: 'valid',
        replacedById: null,
        disclosureAttribute: 'proactive',
        bodyHtml: seed.body,
        topicTags: [seed.topic],
        enterpriseTags: ['中小企业'],
        needsInterpretation: seed.interpretations.length > 0,
        ...published(author, reviewer, publisher, publishedAt),
      }),
    );
    await history(manager, 'policy', policy.id, [author, reviewer, publisher], publishedAt);
    for (const item of seed.interpretations) {
      const saved = await manager.getRepository(Interpretation).save(
        manager.getRepository(Interpretation).create({
          agencyId,
          policyId: policy.id,
          title: item.title,
          form: item.form,
          source: item.source,
          bodyHtml: item.body,
          transcript: null,
          mediaId: null,
          posterId: null,
          captionsId: null,
          imageIds: [],
          ...published(author, reviewer, publisher, publishedAt),
        }),
      );
      if (item.form === 'video') {
        const store = (file: string, mime: string, purpose: MediaFile['purpose']) => storeDemoFile(manager, mediaDir, agencyId, author.id, saved.id, file, mime, purpose, now);
        saved.mediaId = await store('policy-video.mp4', 'video/mp4', 'video');
        saved.posterId = await store('poster.jpg', 'image/jpeg', 'poster');
        saved.captionsId = await store('policy-video.vtt', 'text/vtt', 'captions');
        await manager.save(saved);
      }
      await history(manager, 'interpretation', saved.id, [author, reviewer, publisher], publishedAt);
    }
  }
}

async function storeDemoFile(manager: EntityManager, mediaDir: string, agencyId: number, ownerId: number, attachedId: number, file: string, mime: string, purpose: MediaFile['purpose'], now: Date): Promise<number> {
  const content = fs.readFileSync(path.join(MEDIA_SOURCE, file));
  const key = `${now.toISOString().slice(0, 4)}/${now.toISOString().slice(5, 7)}/${randomUUID()}${path.extname(file)}`;
  fs.mkdirSync(path.join(mediaDir, path.dirname(key)), { recursive: true });
  fs.writeFileSync(path.join(mediaDir, key), content);
  const row = await manager.getRepository(MediaFile).save(
    Object.assign(new MediaFile(), { agencyId, ownerType: 'staff', ownerId, purpose, originalName: file, mime, sizeBytes: content.length, sha256: '', storageKey: key, attachedType: 'interpretation', attachedId, createdAt: now }),
  );
  return row.id;
}

async function history(manager: EntityManager, type: 'policy' | 'interpretation', id: number, [author, reviewer, publisher]: StaffUser[], at: Date): Promise<void> {
  const steps: [string, StaffUser][] = [['created', author], ['submit', author], ['approve', reviewer], ['publish', publisher]];
  await manager.getRepository(ContentReviewEvent).insert(steps.map(([action, actor]) => ({ contentType: type, contentId: id, action, actorId: actor.id, actorName: actor.displayName, comment: null, at })));
}
