import { DISCLOSURE_QUEUE_LABELS, DisclosureQueue, DisclosureQueueCounts, StaffRole } from '@govopen/contracts';
import { DUE_SOON_WORKING_DAYS } from '@govopen/domain';
import { Card, Col, Row, Statistic } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { useSession } from '../../auth/session';

const FIGURES: { queue: DisclosureQueue; color: string; hint: string }[] = [
  { queue: 'to_register', color: '#1677ff', hint: '网上提交、尚未确认收到' },
  { queue: 'due_soon', color: '#ad4e00', hint: `${DUE_SOON_WORKING_DAYS} 个工作日内到期` },
  { queue: 'overdue', color: '#cf1322', hint: '已过答复期限' },
];

/**
 * 依申请公开 at a glance: the same counts as the queue's tabs (one source), each a link to that tab, so the head sees
 * a case 22 working days late on the first screen and reaches it by keyboard.
 */
export function DisclosureFiguresCard() {
  const { hasRole } = useSession();
  const caseWorker = hasRole(StaffRole.OFFICE_HEAD) || hasRole(StaffRole.HANDLER);
  const [counts, setCounts] = useState<DisclosureQueueCounts | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!caseWorker) return;
    api.admin.disclosureRequests
      .queueCounts()
      .then(setCounts)
      .catch(() => setFailed(true));
  }, [caseWorker]);
  if (!caseWorker) return null;
  return (
    <Card title={<h2 className="card-heading">依申请公开</h2>} style={{ marginTop: 16 }} data-testid="disclosure-figures">
      {failed && <span className="muted">办件数字暂时无法加载，请打开“依申请公开”查看。</span>}
      {!failed && (
        <Row gutter={[12, 12]}>
          {FIGURES.map(({ queue, color, hint }) => {
            const value = counts?.[queue] ?? null;
            return (
              <Col xs={24} md={8} key={queue}>
                <Link to={`/disclosure-requests?queue=${queue}`} className="figure-link" data-testid={`figure-${queue}`} aria-label={`${DISCLOSURE_QUEUE_LABELS[queue]} ${value ?? '…'} 件，${hint}，打开办件列表`}>
                  <Card size="small" hoverable>
                    <Statistic title={`${DISCLOSURE_QUEUE_LABELS[queue]}（${hint}）`} value={value ?? '…'} valueStyle={{ color: value ? color : undefined }} suffix="件" />
                  </Card>
                </Link>
              </Col>
            );
          })}
        </Row>
      )}
    </Card>
  );
}
