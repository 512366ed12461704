import { CONSULTATION_PHASE_LABELS, ConsultationPhase, StaffConsultationSummary } from '@govopen/contracts';
import { Button, Result, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, errorMessage } from '../../api/client';
import { PageHeading } from '../../layout/page-heading';

const PHASE_COLORS: Record<ConsultationPhase, string> = { upcoming: 'blue', open: 'green', closed: 'orange', concluded: 'default' };

/** The 采纳情况 countdown runs from the recorded decision date (10 working days), not from the window's end. */
export function AdoptionCountdown({ row }: { row: StaffConsultationSummary }) {
  if (row.phase === 'concluded') return <Tag color="green">已公布</Tag>;
  if (row.phase === 'closed' && !row.decisionDate) return <Tag color="blue">待记录决策日期</Tag>;
  if (row.adoptionWorkingDaysLeft === null) return <span className="muted">{row.adoptionDueDate ? `应于 ${row.adoptionDueDate} 前公布` : '—'}</span>;
  if (row.adoptionWorkingDaysLeft < 0) return <Tag color="red">超期 {-row.adoptionWorkingDaysLeft} 个工作日</Tag>;
  return <Tag color={row.adoptionWorkingDaysLeft <= 3 ? 'orange' : 'gold'}>剩 {row.adoptionWorkingDaysLeft} 个工作日（{row.adoptionDueDate}）</Tag>;
}

export function ConsultationListPage() {
  const navigate = useNavigate();
  const [rows, setRows] = useState<StaffConsultationSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = () => {
    setError(null);
    api.admin.consultations.list().then(setRows).catch((caught) => setError(errorMessage(caught)));
  };
  useEffect(load, []);

  if (error) return <Result status="warning" title="意见征集加载失败" subTitle={error} extra={<Button onClick={load}>重试</Button>} />;

  return (
    <>
      <div className="page-header">
        <PageHeading>意见征集</PageHeading>
        <Button type="primary" onClick={() => navigate('/consultations/new')}>
          新建意见征集
        </Button>
      </div>
      <Table<StaffConsultationSummary>
        rowKey="id"
        loading={!rows}
        dataSource={rows ?? []}
        locale={{ emptyText: '还没有意见征集' }}
        onRow={(row) => ({ onClick: () => navigate(`/consultations/${row.id}`), style: { cursor: 'pointer' } })}
        pagination={false}
        columns={[
          { title: '标题', dataIndex: 'title' },
          { title: '征求期', key: 'window', width: 220, render: (_, row) => `${row.startDate} 至 ${row.endDate}` },
          {
            title: '状态',
            dataIndex: 'phase',
            width: 120,
            render: (phase: ConsultationPhase, row) => (row.published ? <Tag color={PHASE_COLORS[phase]}>{CONSULTATION_PHASE_LABELS[phase]}{phase === 'open' ? ` · 剩 ${row.daysLeft} 天` : ''}</Tag> : <Tag>未发布</Tag>),
          },
          { title: '意见', key: 'comments', width: 130, render: (_, row) => `${row.commentCount} 条${row.pendingComments ? `（${row.pendingComments} 条待审）` : ''}` },
          { title: '采纳情况公布', key: 'adoption', width: 230, render: (_, row) => <AdoptionCountdown row={row} /> },
        ]}
      />
    </>
  );
}
