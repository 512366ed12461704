import { ENTERPRISE_SIZE_LABELS, ENTERPRISE_SIZES, EnterpriseOptions, PolicyConditions, QUALIFICATION_KINDS, QUALIFICATION_LABELS } from '@govopen/contracts';
import { Alert, Button, Card, Checkbox, Dropdown, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';

type Kind = PolicyConditions['kind'];

const KIND_LABELS: Record<Kind, string> = {
  all: '条件组（同时满足）',
  any: '条件组（满足其一）',
  industry: '行业',
  size: '企业规模',
  district: '所在区（市）',
  qualification: '资质',
  founded: '成立年限',
  text: '其他条件（人工核实）',
};

function blank(kind: Kind): PolicyConditions {
  switch (kind) {
    case 'all':
    case 'any':
      return { kind, of: [] };
    case 'industry':
      return { kind, codes: [] };
    case 'size':
      return { kind, sizes: [] };
    case 'district':
      return { kind, districts: [] };
    case 'qualification':
      return { kind, qualifications: [] };
    case 'founded':
      return { kind, foundedYearsAtLeast: 3 };
    case 'text':
      return { kind, text: '' };
  }
}

interface BuilderProps {
  value: PolicyConditions;
  onChange: (next: PolicyConditions) => void;
  options: EnterpriseOptions;
  /** The API's field error: the path inside the conditions (conditions.of[1].codes[0]) and its message. */
  error: { field: string; message: string } | null;
}

/**
 * 适用条件 as the domain reads them: all/any groups of industry, size, district, qualification, founding age and free
 * text. The API validates (validatePolicyConditions); its error names the path, shown at the condition it points to.
 */
export function ConditionsBuilder({ value, onChange, options, error }: BuilderProps) {
  return <ConditionNode node={value} path="conditions" onChange={onChange} onRemove={null} options={options} error={error} depth={0} />;
}

interface NodeProps {
  node: PolicyConditions;
  path: string;
  onChange: (next: PolicyConditions) => void;
  onRemove: (() => void) | null;
  options: EnterpriseOptions;
  error: { field: string; message: string } | null;
  depth: number;
}

function ConditionNode({ node, path, onChange, onRemove, options, error, depth }: NodeProps) {
  const mine = error && (error.field === path || (error.field.startsWith(path) && !error.field.slice(path.length).startsWith('.of['))) ? error.message : null;
  if (node.kind === 'all' || node.kind === 'any') {
    const addable: Kind[] = depth === 0 ? ['industry', 'size', 'district', 'qualification', 'founded', 'text', 'all', 'any'] : ['industry', 'size', 'district', 'qualification', 'founded', 'text'];
    return (
      <Card
        size="small"
        style={{ background: depth ? '#fafafa' : undefined }}
        title={
          <Radio.Group value={node.kind} onChange={(event) => onChange({ kind: event.target.value, of: node.of })} optionType="button" buttonStyle="solid" size="small" aria-label="组合方式">
            <Radio.Button value="all">同时满足以下全部</Radio.Button>
            <Radio.Button value="any">满足以下任一</Radio.Button>
          </Radio.Group>
        }
        extra={onRemove && <Button size="small" type="link" danger onClick={onRemove} aria-label="删除这个条件组">删除组</Button>}
      >
        {mine && <Alert type="error" showIcon message={mine} style={{ marginBottom: 8 }} />}
        {node.of.length === 0 && <Typography.Paragraph type="secondary">还没有条件：请至少添加一个条件（无法用数据判断的，添加“其他条件”由企业自行核实）。</Typography.Paragraph>}
        <Space direction="vertical" style={{ width: '100%' }}>
          {node.of.map((child, index) => (
            <ConditionNode
              key={index}
              node={child}
              path={`${path}.of[${index}]`}
              onChange={(next) => onChange({ ...node, of: node.of.map((item, at) => (at === index ? next : item)) })}
              onRemove={() => onChange({ ...node, of: node.of.filter((_, at) => at !== index) })}
              options={options}
              error={error}
              depth={depth + 1}
            />
          ))}
        </Space>
        <Dropdown menu={{ items: addable.map((kind) => ({ key: kind, label: KIND_LABELS[kind] })), onClick: ({ key }) => onChange({ ...node, of: [...node.of, blank(key as Kind)] }) }}>
          <Button style={{ marginTop: 8 }} data-testid={`add-condition-${depth}`}>+ 添加条件</Button>
        </Dropdown>
      </Card>
    );
  }
  return (
    <div style={{ border: `1px solid ${mine ? '#c41d1d' : '#e5e7eb'}`, borderRadius: 6, padding: 12, background: '#fff' }} data-testid={`condition-${node.kind}`}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Text strong>{KIND_LABELS[node.kind]}</Typography.Text>
        {onRemove && (
          <Button size="small" type="link" danger onClick={onRemove} aria-label={`删除条件：${KIND_LABELS[node.kind]}`}>
            删除
          </Button>
        )}
      </Space>
      <LeafEditor node={node} onChange={onChange} options={options} />
      {mine && <Typography.Text type="danger">{mine}</Typography.Text>}
    </div>
  );
}

function LeafEditor({ node, onChange, options }: { node: PolicyConditions; onChange: (next: PolicyConditions) => void; options: EnterpriseOptions }) {
  switch (node.kind) {
    case 'industry':
      return (
        <Select
          mode="multiple"
          showSearch
          optionFilterProp="label"
          style={{ width: '100%' }}
          placeholder="选择门类或大类，可多选"
          value={node.codes}
          onChange={(codes) => onChange({ ...node, codes })}
          aria-label="行业"
          options={options.industries.map((section) => ({
            label: `${section.code} ${section.name}`,
            options: [{ value: section.code, label: `${section.code} ${section.name}（整个门类）` }, ...section.divisions.map((division) => ({ value: division.code, label: `${division.code} ${division.name}` }))],
          }))}
        />
      );
    case 'size':
      return <Checkbox.Group value={node.sizes} onChange={(sizes) => onChange({ ...node, sizes: sizes as typeof node.sizes })} options={ENTERPRISE_SIZES.map((value) => ({ value, label: ENTERPRISE_SIZE_LABELS[value] }))} aria-label="企业规模" />;
    case 'district':
      return <Checkbox.Group value={node.districts} onChange={(districts) => onChange({ ...node, districts: districts as string[] })} options={options.districts} aria-label="所在区（市）" />;
    case 'qualification':
      return (
        <Space direction="vertical">
          <Checkbox.Group
            value={node.qualifications}
            onChange={(qualifications) => onChange({ ...node, qualifications: qualifications as typeof node.qualifications })}
            options={QUALIFICATION_KINDS.map((value) => ({ value, label: QUALIFICATION_LABELS[value] }))}
            aria-label="资质"
          />
          <Space>
            <span>取得年份</span>
            <InputNumber placeholder="不限" value={node.obtainedFromYear} min={1990} max={2100} onChange={(year) => onChange({ ...node, obtainedFromYear: year ?? undefined })} aria-label="取得年份起" />
            <span>至</span>
            <InputNumber placeholder="不限" value={node.obtainedToYear} min={1990} max={2100} onChange={(year) => onChange({ ...node, obtainedToYear: year ?? undefined })} aria-label="取得年份止" />
          </Space>
        </Space>
      );
    case 'founded':
      return (
        <Space>
          <span>成立满</span>
          <InputNumber value={node.foundedYearsAtLeast} min={0} max={200} placeholder="不限" onChange={(years) => onChange({ ...node, foundedYearsAtLeast: years ?? undefined })} aria-label="成立满几年" />
          <span>年，不超过</span>
          <InputNumber value={node.foundedYearsAtMost} min={0} max={200} placeholder="不限" onChange={(years) => onChange({ ...node, foundedYearsAtMost: years ?? undefined })} aria-label="成立不超过几年" />
          <span>年</span>
        </Space>
      );
    case 'text':
      return <Input.TextArea rows={2} maxLength={200} value={node.text} placeholder="如：近三年未发生较大及以上安全生产事故" onChange={(event) => onChange({ ...node, text: event.target.value })} aria-label="其他条件" />;
    default:
      return null;
  }
}
