import { Injectable } from '@nestjs/common';
import {
  ComposePolicyPush,
  DecidePolicyPush,
  Page,
  POLICY_PUSH_STATUS_LABELS,
  policyBenefitPage,
  PolicyPushAudience,
  PolicyPushAudienceRequest,
  PolicyPushQuery,
  PolicyPushRecipientView,
  PolicyPushStatus,
  PolicyPushSummary,
  PolicyPushView,
  StaffRole,
} from '@govopen/contracts';
import { defaultPushBody, LegalRefusal, PolicyPushStep, takePolicyPushStep } from '@govopen/domain';
import { Actor, ResidentPrincipal, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { AuditService } from '../audit/audit.service';
import { NotificationService } from '../notification/notification.service';
import { PolicyBenefit } from './policy-benefit.entity';
import { PolicyBenefitRepository } from './policy-benefit.repository';
import { PolicyPushAudienceService } from './policy-push-audience.service';
import { policyPushKey } from './policy-push-notice';
import { PolicyPush } from './policy-push.entity';
import { PolicyPushRepository, tally } from './policy-push.repository';

/** Who may approve a push: 发布员 or 公开办负责人, never its composer. */
export const PUSH_APPROVER_ROLES: readonly StaffRole[] = [StaffRole.PUBLISHER, StaffRole.OFFICE_HEAD];
const UNSENT: PolicyPushStatus[] = ['submitted', 'returned', 'approved'];

/** Whether the domain would let `staffId` take `step` now (the console shows only what would be accepted). */
function mayTake(push: PolicyPush, step: PolicyPushStep, staffId: number): boolean {
  try {
    takePolicyPushStep(push, step, staffId);
    return true;
  } catch (error) {
    if (error instanceof LegalRefusal) return false;
    throw error;
  }
}

/**
 * 政策找企业: a push is composed from a published 惠企政策 item (submitted at once), approved or returned by a second
 * person, cancelled before it goes out; PolicyPushSender sends it. The audience is computed live until it is sent.
 */
@Injectable()
export class PolicyPushService {
  constructor(
    private readonly repository: PolicyPushRepository,
    private readonly benefits: PolicyBenefitRepository,
    private readonly audiences: PolicyPushAudienceService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private async publishedBenefit(staff: StaffPrincipal, benefitId: number): Promise<PolicyBenefit> {
    const benefit = await this.benefits.find(staff.agencyId, benefitId);
    if (!benefit) throw AppException.invalid('benefitId', '惠企政策 benefitId 不存在');
    if (benefit.status !== 'published') throw AppException.invalid('benefitId', '只能推送已发布的惠企政策，请先发布');
    return benefit;
  }

  async audience(staff: StaffPrincipal, request: PolicyPushAudienceRequest): Promise<PolicyPushAudience> {
    return this.audiences.preview(staff.agencyId, await this.publishedBenefit(staff, request.benefitId), request.includeCheck ?? false);
  }

  private scheduleOf(body: ComposePolicyPush): Date | null {
    if (!body.scheduledAt) return null;
    const at = new Date(body.scheduledAt);
    if (Number.isNaN(at.getTime())) throw AppException.invalid('scheduledAt', '定时发送时间 scheduledAt 无效');
    return at.getTime() > this.clock.now().getTime() ? at : null;
  }

  private written(body: ComposePolicyPush, benefit: PolicyBenefit) {
    const summary = body.summary.trim();
    return {
      benefitId: benefit.id,
      title: body.title.trim(),
      summary,
      body: body.body?.trim() || defaultPushBody(summary, benefit),
      includeCheck: body.includeCheck ?? false,
      scheduledAt: this.scheduleOf(body),
    };
  }

  async compose(staff: StaffPrincipal, body: ComposePolicyPush, actor: Actor): Promise<PolicyPushView> {
    const benefit = await this.publishedBenefit(staff, body.benefitId);
    const now = this.clock.now();
    const id = await this.repository.transaction(async (tx) => {
      const push = await this.repository.save(tx, {
        agencyId: staff.agencyId,
        ...this.written(body, benefit),
        link: '',
        status: 'submitted',
        composedBy: staff.id,
        composedByName: staff.displayName.slice(0, 60),
        approvedBy: null,
        approvedByName: null,
        approvedAt: null,
        returnReason: null,
        sentAt: null,
        runClaimedBy: null,
        runClaimedUntil: null,
        enterprises: 0,
        recipients: 0,
        createdAt: now,
        updatedAt: now,
      });
      push.link = policyBenefitPage(benefit.id, push.id);
      await this.repository.save(tx, push);
      await this.audit.record(actor, { action: 'policy_push.compose', targetType: 'policy_push', targetId: push.id, detail: `${push.title}（惠企政策：${benefit.title}）` }, tx);
      await this.tellApprovers(tx, push, now, 'submitted');
      return push.id;
    });
    return this.get(staff, id);
  }

  /** The composer edits a push waiting for approval or returned; it goes back for approval. */
  async update(staff: StaffPrincipal, id: number, body: ComposePolicyPush, actor: Actor): Promise<PolicyPushView> {
    const benefit = await this.publishedBenefit(staff, body.benefitId);
    const now = this.clock.now();
    await this.repository.transaction(async (tx) => {
      const push = await this.find(staff, id, tx);
      const from = push.status;
      const status = takePolicyPushStep(push, 'edit', staff.id);
      Object.assign(push, this.written(body, benefit), { link: policyBenefitPage(benefit.id, push.id), status, returnReason: null, updatedAt: now });
      if (!(await this.repository.updateFrom(tx, push, [from]))) throw new AppException(ErrorCode.CONFLICT, '推送状态已变化，请刷新');
      await this.audit.record(actor, { action: 'policy_push.update', targetType: 'policy_push', targetId: id, detail: push.title }, tx);
      if (from === 'returned') await this.tellApprovers(tx, push, now, 'resubmitted');
    });
    return this.get(staff, id);
  }

  /** 审核: a publisher or office head other than the composer approves it (then it is sent when due) or returns it. */
  async decide(staff: StaffPrincipal, id: number, decision: DecidePolicyPush, actor: Actor): Promise<PolicyPushView> {
    const reason = decision.reason?.trim() ?? '';
    if (!decision.approved && !reason) throw AppException.invalid('reason', '请填写退回理由 reason');
    const now = this.clock.now();
    await this.repository.transaction(async (tx) => {
      const push = await this.find(staff, id, tx);
      const status = takePolicyPushStep(push, decision.approved ? 'approve' : 'return', staff.id);
      if (decision.approved) {
        const benefit = await this.benefits.find(staff.agencyId, push.benefitId, tx);
        if (benefit?.status !== 'published') throw new AppException(ErrorCode.CONFLICT, '该惠企政策已撤回发布，不能推送');
      }
      Object.assign(push, decision.approved
        ? { status, approvedBy: staff.id, approvedByName: staff.displayName.slice(0, 60), approvedAt: now, returnReason: null, updatedAt: now }
        : { status, returnReason: reason.slice(0, 500), updatedAt: now });
      if (!(await this.repository.updateFrom(tx, push, ['submitted']))) throw new AppException(ErrorCode.CONFLICT, '推送状态已变化，请刷新');
      await this.audit.record(
        actor,
        { action: decision.approved ? 'policy_push.approve' : 'policy_push.return', targetType: 'policy_push', targetId: id, detail: decision.approved ? push.title : `${push.title}：${reason}` },
        tx,
      );
    });
    return this.get(staff, id);
  }

  async cancel(staff: StaffPrincipal, id: number, actor: Actor): Promise<PolicyPushView> {
    const now = this.clock.now();
    await this.repository.transaction(async (tx) => {
      const push = await this.find(staff, id, tx);
      const mayCancel = push.composedBy === staff.id || PUSH_APPROVER_ROLES.some((role) => staff.roles.includes(role));
      if (!mayCancel) throw new AppException(ErrorCode.FORBIDDEN, '只有撰写人、发布员或公开办负责人可以取消推送');
      const from = push.status;
      Object.assign(push, { status: takePolicyPushStep(push, 'cancel', staff.id), updatedAt: now });
      if (!(await this.repository.updateFrom(tx, push, [from]))) throw new AppException(ErrorCode.CONFLICT, '推送状态已变化（可能已开始发送），请刷新');
      await this.audit.record(actor, { action: 'policy_push.cancel', targetType: 'policy_push', targetId: id, detail: push.title }, tx);
    });
    return this.get(staff, id);
  }

  async find(staff: StaffPrincipal, id: number, tx?: Parameters<PolicyPushRepository['find']>[2]): Promise<PolicyPush> {
    const push = await this.repository.find(staff.agencyId, id, tx);
    if (!push) throw AppException.notFound('推送不存在');
    return push;
  }

  async list(staff: StaffPrincipal, query: PolicyPushQuery): Promise<Page<PolicyPushSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { items, total } = await this.repository.list(staff.agencyId, query.status, page, pageSize);
    const titles = await this.benefitTitles(staff.agencyId, items);
    return { items: await Promise.all(items.map((push) => this.summary(push, titles.get(push.benefitId) ?? ''))), total, page, pageSize };
  }

  async get(staff: StaffPrincipal, id: number): Promise<PolicyPushView> {
    const push = await this.find(staff, id);
    const benefit = await this.benefits.find(staff.agencyId, push.benefitId);
    const audience = UNSENT.includes(push.status) && benefit ? await this.audiences.preview(staff.agencyId, benefit, push.includeCheck) : null;
    return {
      ...(await this.summary(push, benefit?.title ?? '')),
      summary: push.summary,
      body: push.body,
      includeCheck: push.includeCheck,
      link: push.link,
      returnReason: push.returnReason,
      audience,
      canApprove: PUSH_APPROVER_ROLES.some((role) => staff.roles.includes(role)) && mayTake(push, 'approve', staff.id),
      canEdit: mayTake(push, 'edit', staff.id),
    };
  }

  private async summary(push: PolicyPush, benefitTitle: string): Promise<PolicyPushSummary> {
    return {
      id: push.id,
      benefitId: push.benefitId,
      benefitTitle,
      title: push.title,
      status: push.status,
      statusLabel: POLICY_PUSH_STATUS_LABELS[push.status],
      composedBy: push.composedByName,
      approvedBy: push.approvedByName,
      scheduledAt: push.scheduledAt?.toISOString() ?? null,
      sentAt: push.sentAt?.toISOString() ?? null,
      createdAt: push.createdAt.toISOString(),
      stats: await this.repository.stats(push.agencyId, push.id, push.enterprises),
    };
  }

  private async benefitTitles(agencyId: number, pushes: PolicyPush[]): Promise<Map<number, string>> {
    const titles = new Map<number, string>();
    for (const id of new Set(pushes.map((push) => push.benefitId))) {
      const benefit = await this.benefits.find(agencyId, id);
      if (benefit) titles.set(id, benefit.title);
    }
    return titles;
  }

  /** Each enterprise the push went to, and how its members' notices fared. */
  async recipients(staff: StaffPrincipal, id: number, query: { page?: number; pageSize?: number }): Promise<Page<PolicyPushRecipientView>> {
    const push = await this.find(staff, id);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { items, total } = await this.repository.recipients(staff.agencyId, push.id, page, pageSize);
    const outcomes = await this.repository.outcomes(staff.agencyId, items.flatMap((item) => item.residentIds.map((residentId) => policyPushKey(push.id, residentId))));
    return {
      items: items.map((item) => {
        const view: PolicyPushRecipientView = {
          enterpriseId: item.enterpriseId,
          enterpriseName: item.enterpriseName,
          verdict: item.verdict,
          reasons: item.reasons,
          viaTopic: item.viaTopic,
          members: item.residentIds.length,
          deliveredInApp: 0,
          wechatSent: 0,
          wechatFailed: 0,
          wechatUnknown: 0,
          opened: 0,
        };
        for (const residentId of item.residentIds) {
          const outcome = outcomes.get(policyPushKey(push.id, residentId));
          if (!outcome) continue;
          view.deliveredInApp += 1;
          if (outcome.read) view.opened += 1;
          const counts = { wechatSent: 0, wechatRefused: 0, wechatFailed: 0, wechatUnknown: 0, wechatPending: 0, inAppOnly: 0 };
          tally(counts, outcome);
          view.wechatSent += counts.wechatSent;
          view.wechatFailed += counts.wechatFailed + counts.wechatRefused;
          view.wechatUnknown += counts.wechatUnknown;
        }
        return view;
      }),
      total,
      page,
      pageSize,
    };
  }

  /** The resident opened the item from the push (the WeChat message or the inbox): their notice counts as opened. */
  async opened(resident: ResidentPrincipal, pushId: number): Promise<void> {
    if (!(await this.notifications.markReadByKey(resident.id, policyPushKey(pushId, resident.id)))) throw AppException.notFound('推送不存在');
  }

  /**
   * The staff who may approve are told in their console inbox (one notice per submission). A resubmission after a
   * return is a notice of its own, so the approver knows to look again at what they sent back.
   */
  private async tellApprovers(tx: Parameters<NotificationService['enqueue']>[0], push: PolicyPush, now: Date, occasion: 'submitted' | 'resubmitted'): Promise<void> {
    for (const staffId of await this.repository.approvers(push.agencyId, push.composedBy, PUSH_APPROVER_ROLES)) {
      await this.notifications.enqueue(tx, {
        agencyId: push.agencyId,
        recipientType: 'staff',
        recipientId: staffId,
        kind: 'policy_push.submitted',
        title: occasion === 'submitted' ? '有惠企政策推送待审核' : '退回的惠企政策推送已修改，待重新审核',
        body: occasion === 'submitted' ? `${push.composedByName} 提交了推送“${push.title}”，请审核后发送。` : `${push.composedByName} 修改了退回的推送“${push.title}”，请重新审核。`,
        link: `/pushes/${push.id}`,
        idempotencyKey: `policy-push-${occasion}:${push.id}:${staffId}:${now.getTime()}`,
      });
    }
  }
}
