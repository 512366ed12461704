import { Injectable } from '@nestjs/common';
import { NoticeDelivery, NoticeDeliveryPage, NoticeDeliveryQuery } from '@govopen/contracts';
import { canResend, DeliveryStatus } from '@govopen/domain';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { ErrorCode } from '../../common/error-code';
import { AuditService } from '../audit/audit.service';
import { NoticeDeliveryRepository } from './notice-delivery.repository';
import { Notification } from './notification.entity';

const STATUSES: readonly DeliveryStatus[] = ['pending', 'sending', 'sent', 'failed', 'unknown', 'dead', 'in_app_only', 'not_applicable'];

/** 送达情况: what became of each notice's WeChat copy, for staff of the agency. */
@Injectable()
export class NoticeDeliveryService {
  constructor(
    private readonly repository: NoticeDeliveryRepository,
    private readonly audit: AuditService,
  ) {}

  async list(staff: StaffPrincipal, query: NoticeDeliveryQuery): Promise<NoticeDeliveryPage> {
    const statuses = query.status ? query.status.split(',') : [];
    const unknown = statuses.find((status) => !(STATUSES as readonly string[]).includes(status));
    if (unknown) throw AppException.invalid('status', `送达状态 "${unknown.slice(0, 20)}" 无效，应为 ${STATUSES.join('、')}`);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { items, total } = await this.repository.list(staff.agencyId, { statuses: statuses as DeliveryStatus[], link: query.link }, page, pageSize);
    return { items: items.map(toView), total, counts: await this.repository.countsByStatus(staff.agencyId) };
  }

  /** The notices of one case (by the page they open), for its workbench. Access to the case is checked by the caller. */
  async ofLink(agencyId: number, link: string): Promise<NoticeDelivery[]> {
    return (await this.repository.list(agencyId, { link }, 1, 100)).items.map(toView);
  }

  async resend(staff: StaffPrincipal, actor: Actor, id: number): Promise<NoticeDelivery> {
    const found = await this.repository.findOne(staff.agencyId, id);
    if (!found) throw AppException.notFound('通知不存在');
    if (!canResend(found.wechatStatus)) {
      throw new AppException(
        ErrorCode.CONFLICT,
        found.wechatStatus === 'unknown'
          ? '该通知发送结果未知：微信可能已经送达，重新发送可能使申请人收到两次，因此不能重发'
          : '只有发送失败或多次失败已停止的通知可以重新发送',
      );
    }
    if (!(await this.repository.requeue(staff.agencyId, id, ['failed', 'dead']))) throw new AppException(ErrorCode.CONFLICT, '该通知的状态已变化，请刷新后再试');
    await this.audit.record(actor, { action: 'notice.resend', targetType: 'notification', targetId: id, detail: found.title });
    return toView((await this.repository.findOne(staff.agencyId, id))!);
  }
}

function toView(row: Notification): NoticeDelivery {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    subject: row.subject,
    link: row.link,
    status: row.wechatStatus,
    attempts: row.attempts,
    errcode: row.wechatErrcode,
    error: row.wechatError,
    createdAt: row.createdAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    nextAttemptAt: row.wechatNextAttemptAt?.toISOString() ?? null,
    canResend: canResend(row.wechatStatus),
  };
}
