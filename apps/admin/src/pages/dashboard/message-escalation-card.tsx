import { MessageEscalationCounts, StaffConsultationSummary, StaffRole } from '@govopen/contracts';
import { Card, Col, Row, Statistic } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { useSession } from '../../auth/session';

/** The message SLA tile: what is due soon, late, and the two-month hard alarm (inspections fail a site at three). */
export function MessageEscalationCard() {
  const navigate = useNavigate();
  const { hasRole } = useSession();
  const caseWorker = hasRole(StaffRole.OFFICE_HEAD) || hasRole(StaffRole.HANDLER);
  const [counts, setCounts] = useState<MessageEscalationCounts | null>(null);
  const [consultations, setConsultations] = useState<StaffConsultationSummary[]>([]);
  useEffect(() => {
    if (!caseWorker) return;
    api.admin.messages.escalation().then(setCounts).catch(() => undefined);
    api.admin.consultations.list().then(setConsultations).catch(() => undefined);
  }, [caseWorker]);
  if (!caseWorker || !counts) return null;
  const awaitingAdoption = consultations.filter((item) => item.phase === 'closed');
  const lateAdoption = awaitingAdoption.filter((item) => (item.adoptionWorkingDaysLeft ?? 0) < 0).length;
  const tile = (title: string, value: number, color: string, to: string, testId: string) => (
    <Col xs={12} md={4}>
      <Card hoverable size="small" onClick={() => navigate(to)} data-testid={testId}>
        <Statistic title={title} value={value} valueStyle={{ color: value ? color : undefined }} suffix="条" />
      </Card>
    </Col>
  );
  return (
    <Card title="留言办理与意见征集" style={{ marginTop: 16 }} data-testid="message-escalation">
      <Row gutter={[12, 12]}>
        {tile('待审核 / 待分办', counts.awaitingModeration + counts.awaitingDispatch, '#1677ff', '/messages?queue=dispatching', 'tile-awaiting')}
        {tile('即将到期', counts.dueSoon, '#ad4e00', '/messages?escalation=due_soon', 'tile-due-soon')}
        {tile('已超期', counts.late, '#cf1322', '/messages?escalation=late', 'tile-late')}
        {tile('超两个月未答复', counts.twoMonths, '#c41d7f', '/messages?escalation=two_months', 'tile-two-months')}
        {tile('超三个月未答复', counts.threeMonths, '#820014', '/messages?escalation=three_months', 'tile-three-months')}
        <Col xs={12} md={4}>
          <Card hoverable size="small" onClick={() => navigate('/consultations')}>
            <Statistic title="待公布采纳情况" value={awaitingAdoption.length} suffix={lateAdoption ? `件（${lateAdoption} 件超期）` : '件'} valueStyle={{ color: lateAdoption ? '#cf1322' : undefined }} />
          </Card>
        </Col>
      </Row>
    </Card>
  );
}
