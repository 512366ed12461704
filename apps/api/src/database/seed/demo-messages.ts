import { MessageBoard, MessageRating, StaffRole } from '@govopen/contracts';
import { addDays, chinaDateOf, countWorkingDays, isWorkingDay, createWorkingCalendar, messageDueDate } from '@govopen/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Resident } from '../../modules/auth/resident.entity';
import { CalendarDay } from '../../modules/calendar/calendar-day.entity';
import { CalendarYear } from '../../modules/calendar/calendar-year.entity';
import { Consultation, ConsultationComment } from '../../modules/consultation/consultation.entity';
import { Message, MessageEvent, SensitiveWord, UnitRoutingKeyword } from '../../modules/message/message.entity';
import { StaffUser } from '../../modules/organization/staff-user.entity';
import { Unit } from '../../modules/organization/unit.entity';

const ROUTING: Record<string, string[]> = {
  ghjgk: ['技术改造', '技改', '项目备案', '智能制造'],
  gyhlwk: ['工业互联网', '5G', '数字化转型', '上云'],
  fgjjk: ['中小企业', '专精特新', '民营', '融资'],
  zhk: ['统计', '运行监测', '用电', '停电'],
};

interface DemoMessage {
  board: MessageBoard;
  title: string;
  body: string;
  unit: string | null;
  /** Working days before today it was received. */
  receivedAgo: number;
  reply?: string;
  rating?: MessageRating;
  held?: string;
}

const MESSAGES: DemoMessage[] = [
  { board: 'inquiry', title: '数字化转型补贴申报需要哪些材料？', body: '我公司是一家小型机械加工企业，今年购买了数控设备和生产管理软件，想咨询数字化转型补贴的申报材料和流程。', unit: 'ghjgk', receivedAgo: 12, reply: '您好！申报材料包括：申报表、营业执照、设备和软件购置发票及合同、项目实施情况说明。请于每年 10 月 31 日前通过“威海市企业服务平台”提交。', rating: 'satisfied' },
  { board: 'suggestion', title: '建议开展工业互联网平台应用培训', body: '很多中小企业不了解工业互联网平台，建议组织免费培训，讲讲实际应用案例。', unit: 'gyhlwk', receivedAgo: 9, reply: '感谢您的建议！我局计划于下月举办工业互联网平台应用专题培训，届时将在门户网站发布通知。', rating: 'basically_satisfied' },
  { board: 'complaint', title: '工业园区频繁停电影响生产', body: '高区某工业园区本月已停电三次，均未提前通知，影响企业正常生产。', unit: 'zhk', receivedAgo: 7, reply: '您好！经与供电公司核实，停电系线路检修所致，供电公司已承诺今后提前 3 天通知园区企业。', rating: 'dissatisfied' },
  { board: 'leader_mailbox', title: '专精特新企业认定标准能否适当放宽', body: '我们企业研发投入占比较高，但营业收入未达到标准，希望认定标准能考虑成长型企业。', unit: 'fgjjk', receivedAgo: 4, reply: '您好！认定标准依据省级文件执行。对于研发投入高的成长型企业，可关注“创新型中小企业”评价，符合条件的可优先培育。' },
  { board: 'inquiry', title: '技改项目备案后多久可以开工？', body: '我公司技术改造项目已完成备案，请问备案后是否还需要其他审批才能开工？', unit: null, receivedAgo: 0 },
  { board: 'general', title: '企业用电负荷申报咨询', body: '想了解企业新增用电负荷需要向哪个部门申报，流程是什么？', unit: 'zhk', receivedAgo: 2 },
  { board: 'complaint', title: '某企业夜间施工噪声扰民', body: '小区附近某企业长期夜间施工，噪声很大，影响居民休息。', unit: 'ghjgk', receivedAgo: 6 },
  { board: 'general', title: '网上代办各类证件', body: '专业代开发票，价格优惠，联系电话见头像。', unit: null, receivedAgo: 0, held: '命中敏感词：代开发票' },
];

const DRAFT = [
  '第一章 总则',
  '第一条 为规范本市中小企业数字化转型补贴资金管理，提高资金使用效益，制定本办法。',
  '第二条 本办法所称补贴资金，是指市财政安排用于支持中小企业数字化转型的专项资金。',
  '第二章 支持对象和标准',
  '第三条 支持在本市注册、具有独立法人资格、实施数字化改造的中小企业。',
  '第四条 对设备和软件投资额达到 200 万元的项目，按投资额的 10% 给予补贴，单个企业最高 50 万元。',
  '第三章 附则',
  '第五条 本办法自 2027 年 1 月 1 日起施行。',
].join('\n');

/** Messages in every state and two consultations (one open, one concluded), for the demo (npm start). */
export async function seedDemoMessages(manager: EntityManager, agencyId: number, now: Date): Promise<void> {
  if (await manager.getRepository(Message).count()) return;
  const today = chinaDateOf(now);
  const years = (await manager.getRepository(CalendarYear).find()).map((row) => row.year);
  const calendar = createWorkingCalendar(years, await manager.getRepository(CalendarDay).find());
  const units = new Map((await manager.getRepository(Unit).findBy({ agencyId })).map((unit) => [unit.code, unit]));
  for (const [code, keywords] of Object.entries(ROUTING)) {
    const unit = units.get(code);
    if (unit) await manager.getRepository(UnitRoutingKeyword).insert(keywords.map((keyword) => ({ unitId: unit.id, keyword })));
  }
  await manager.getRepository(SensitiveWord).insert(['代开发票', '办证刻章'].map((word) => ({ word, createdAt: now })));
  const staff = await manager.getRepository(StaffUser).findBy({ agencyId });
  const handler = staff.find((user) => user.roles.includes(StaffRole.HANDLER)) ?? null;
  const resident =
    (await manager.getRepository(Resident).findOneBy({ openid: 'dev:demo-resident' })) ??
    (await manager.getRepository(Resident).save({ openid: 'dev:demo-resident', unionid: null, nickname: '演示居民', createdAt: now, lastLoginAt: now }));

  for (const seed of MESSAGES) {
    let received = today;
    while (countWorkingDays(calendar, received, today) < seed.receivedAgo || !isWorkingDay(calendar, received)) received = addDays(received, -1);
    const unit = seed.unit ? units.get(seed.unit)! : null;
    const due = seed.held ? null : messageDueDate(calendar, received, seed.board === 'inquiry' ? 3 : 5, 0);
    const repliedDate = seed.reply ? (due && due < today ? due : today) : null;
    const submittedAt = new Date(`${received}T01:30:00Z`);
    const message = await manager.getRepository(Message).save({
      agencyId,
      board: seed.board,
      residentId: resident.id,
      idempotencyKey: randomUUID(),
      title: seed.title,
      body: seed.body,
      category: null,
      contactName: '演示居民',
      phoneEnc: null,
      phoneMasked: null,
      writerPublic: true,
      published: Boolean(seed.reply),
      status: seed.held ? 'held' : seed.reply ? 'answered' : unit ? 'in_progress' : 'dispatching',
      moderation: seed.held ? 'flagged' : 'passed',
      moderationNote: seed.held ?? null,
      unitId: unit?.id ?? null,
      handlerId: unit && handler ? handler.id : null,
      receivedDate: seed.held ? null : received,
      replyWorkingDays: seed.held ? null : seed.board === 'inquiry' ? 3 : 5,
      dueDate: due,
      sortDueDate: seed.reply || !due ? '9999-12-31' : due,
      extendedDays: 0,
      urgeCount: 0,
      replyBody: seed.reply ?? null,
      replyUnitId: seed.reply ? (unit?.id ?? null) : null,
      repliedDate,
      repliedAt: repliedDate ? new Date(`${repliedDate}T07:00:00Z`) : null,
      rating: seed.rating ?? null,
      ratingComment: seed.rating === 'dissatisfied' ? '希望从根本上解决停电问题' : null,
      ratedAt: seed.rating ? now : null,
      invalidReason: null,
      submittedAt,
      updatedAt: now,
      version: 1,
    } as Message);
    const event = (type: string, actorName: string, at: Date) =>
      manager.getRepository(MessageEvent).insert({ messageId: message.id, type, actorType: type === 'submitted' ? 'resident' : 'staff', actorId: null, actorName, unitId: type === 'submitted' ? null : (unit?.id ?? null), note: null, createdAt: at });
    await event('submitted', '留言人', submittedAt);
    if (unit) await event('assign', '王公开（公开办负责人·演示）', new Date(submittedAt.getTime() + 3_600_000));
    if (seed.reply) await event('reply', handler?.displayName ?? '承办人', message.repliedAt!);
  }

  const unit = units.get('ghjgk')?.id ?? null;
  const creator = staff[0]?.id ?? 0;
  const open = await manager.getRepository(Consultation).save({
    agencyId,
    title: '《威海市中小企业数字化转型补贴资金管理办法（征求意见稿）》公开征求意见',
    draft: DRAFT,
    explanation: '为落实数字化转型工作部署，我局起草了本办法。现向社会公开征求意见，欢迎通过本平台对全文或具体条款提出意见建议。',
    startDate: addDays(today, -5),
    // 40 days from the day after publication: past the 30th day whatever holiday it falls in (713号 Art. 15).
    endDate: addDays(today, 35),
    shortWindowReason: null,
    unitId: unit,
    published: true,
    decisionDate: null,
    adoptionSummary: null,
    adoptionPublishedAt: null,
    createdBy: creator,
    createdAt: now,
    updatedAt: now,
  } as Consultation);
  await manager.getRepository(ConsultationComment).insert({ consultationId: open.id, residentId: resident.id, idempotencyKey: randomUUID(), articleNumber: '第四条', body: '建议将投资额门槛降至 100 万元，让更多小微企业受益。', status: 'approved', moderationNote: null, decision: null, decisionReason: null, createdAt: now });
  const closed = await manager.getRepository(Consultation).save({
    agencyId,
    title: '《威海市工业企业技术改造专项资金管理办法（征求意见稿）》公开征求意见',
    draft: '第一条 为规范技术改造专项资金管理，制定本办法。\n第二条 专项资金支持本市规模以上工业企业。',
    explanation: '修订原办法，扩大支持范围。',
    startDate: addDays(today, -70),
    endDate: addDays(today, -50),
    shortWindowReason: '配合省级资金申报时间，需于年内出台',
    unitId: unit,
    published: true,
    decisionDate: addDays(today, -48),
    adoptionSummary: '征求意见期间共收到意见 2 条。采纳 1 条：将规模以下“专精特新”企业纳入支持范围；未采纳 1 条，理由见下。',
    adoptionPublishedAt: new Date(`${addDays(today, -45)}T02:00:00Z`),
    createdBy: creator,
    createdAt: now,
    updatedAt: now,
  } as Consultation);
  await manager.getRepository(ConsultationComment).insert([
    { consultationId: closed.id, residentId: resident.id, idempotencyKey: randomUUID(), articleNumber: '第二条', body: '建议将规模以下的专精特新企业纳入支持范围。', status: 'approved', moderationNote: null, decision: 'adopted', decisionReason: null, createdAt: now },
    { consultationId: closed.id, residentId: resident.id, idempotencyKey: randomUUID(), articleNumber: null, body: '建议取消项目备案要求。', status: 'approved', moderationNote: null, decision: 'not_adopted', decisionReason: '项目备案是《企业投资项目核准和备案管理条例》的要求，不能取消。', createdAt: now },
  ]);
}
