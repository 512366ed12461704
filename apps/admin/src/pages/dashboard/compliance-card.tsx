import { ComplianceReport } from '@govopen/contracts';
import { Card, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, errorMessage } from '../../api/client';

const SEVERITY = { ok: { color: 'success', text: '达标' }, warning: { color: 'warning', text: '未达标' }, violation: { color: 'error', text: '需处理' } } as const;

/** The seeds' rules as flags: late interpretations, the year's mix of forms, catalog nodes late against their rule. */
export function ComplianceCard() {
  const [report, setReport] = useState<ComplianceReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.admin.compliance().then(setReport).catch((caught) => setError(errorMessage(caught)));
  }, []);
  return (
    <Card title={`主动公开合规检查${report ? `（${report.year}年）` : ''}`} style={{ marginTop: 16 }} loading={!report && !error} data-testid="compliance-card">
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
                        <Link to={target.type === 'policy' ? `/policies/${target.id}` : '/catalog'}>{target.name}</Link>
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
