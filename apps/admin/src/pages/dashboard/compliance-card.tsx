import { ComplianceReport, ComplianceTarget } from '@govopen/contracts';
import { Card, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, errorMessage } from '../../api/client';

const SEVERITY = { ok: { color: 'success', text: '达标' }, warning: { color: 'warning', text: '未达标' }, violation: { color: 'error', text: '需处理' } } as const;

/** What a target without a unit is waiting for. */
const UNASSIGNED: Record<ComplianceTarget['type'], string> = { policy: '所属目录栏目未指定责任科室', catalog_node: '未指定', message: '待分办', consultation: '未指定', annual_report: '本机关' };

/**
 * The compliance board: the seeds' and the inspections' rules as flags (interpretations, the catalog, messages up to
 * the 3-month veto, 采纳情况, the annual report), each finding linking to where it is fixed and naming its unit.
 */
export function ComplianceCard() {
  const [report, setReport] = useState<ComplianceReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.admin.compliance().then(setReport).catch((caught) => setError(errorMessage(caught)));
  }, []);
  return (
    <Card title={`政务公开合规检查${report ? `（${report.year}年）` : ''}`} style={{ marginTop: 16 }} loading={!report && !error} data-testid="compliance-card">
      {error ? (
        <Typography.Text type="danger">{error}</Typography.Text>
      ) : (
        <List
          dataSource={report?.flags ?? []}
          renderItem={(flag) => (
            <List.Item>
              <List.Item.Meta
                title={<Space><Tag color={SEVERITY[flag.severity].color}>{SEVERITY[flag.severity].text}</Tag>{flag.title}</Space>}
                description={
                  <>
                    {flag.detail}
                    {flag.targets.slice(0, 5).map((target) => (
                      <div key={`${target.type}-${target.id}`}>
                        <Link to={target.link}>{target.name}</Link>
                        <Typography.Text type="secondary"> · 责任单位：{target.unitName ?? UNASSIGNED[target.type]}</Typography.Text>
                      </div>
                    ))}
                    {flag.targets.length > 5 && <div>……等 {flag.targets.length} 项</div>}
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
