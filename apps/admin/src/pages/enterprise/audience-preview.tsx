import { POLICY_VERDICT_LABELS, PolicyPushAudience, PolicyPushAudienceSample } from '@govopen/contracts';
import { Descriptions, Empty, Table, Tag } from 'antd';

/** How many enterprises and residents a push reaches, and a sample with the reasons each one matched. */
export function AudiencePreview({ audience }: { audience: PolicyPushAudience }) {
  return (
    <div data-testid="audience">
      <Descriptions size="small" column={5} layout="vertical" bordered>
        <Descriptions.Item label="企业">{audience.enterprises} 家</Descriptions.Item>
        <Descriptions.Item label="接收人">{audience.recipients} 人</Descriptions.Item>
        <Descriptions.Item label="符合">{audience.yes}</Descriptions.Item>
        <Descriptions.Item label="需核实">{audience.check}</Descriptions.Item>
        <Descriptions.Item label="免打扰（不推送）">{audience.muted}</Descriptions.Item>
      </Descriptions>
      {audience.sample.length === 0 ? (
        <Empty style={{ marginTop: 12 }} image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有匹配的企业：检查政策的适用条件，或勾选“包括需核实的企业”" />
      ) : (
        <Table<PolicyPushAudienceSample>
          style={{ marginTop: 12 }}
          size="small"
          rowKey="enterpriseId"
          pagination={false}
          dataSource={audience.sample}
          columns={[
            { title: '企业', dataIndex: 'enterpriseName', width: 150 },
            { title: '区（市）', dataIndex: 'district', width: 80 },
            {
              title: '匹配',
              key: 'verdict',
              width: 110,
              render: (_, row) => (
                <>
                  <Tag color={row.verdict === 'yes' ? 'success' : 'warning'}>{POLICY_VERDICT_LABELS[row.verdict]}</Tag>
                  {row.viaTopic && <Tag>关注主题</Tag>}
                </>
              ),
            },
            { title: '理由', dataIndex: 'reasons', render: (reasons: string[]) => reasons.map((reason) => <div key={reason}>{reason}</div>) },
            { title: '接收人', dataIndex: 'members', width: 70 },
          ]}
        />
      )}
    </div>
  );
}
