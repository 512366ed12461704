import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { ReportCheck, ReportCheckRule } from '@govopen/contracts';
import { Card, Collapse, Typography } from 'antd';

/** Each rule in a clerk's words, and what to do when it fails. */
const RULES: Record<ReportCheckRule, { title: string; fix: string }> = {
  table3_balance: { title: '表三：每列 一 + 二 = 三（七）+ 四', fix: '表三由办件数据计算，通常自然平衡；若人工修改过某格，请一并修改相关的格，或撤销修改。' },
  table3_results_total: { title: '表三：三（七）总计 = 三（一）至三（六）之和', fix: '人工修改了办理结果的某一项时，请同时修改该列的三（七）总计，或撤销修改。' },
  table3_row_total: { title: '表三：每行总计 = 六类申请人之和', fix: '人工修改了某类申请人的数字时，请同时修改该行的总计，或撤销修改。' },
  table4_group_total: { title: '表四：维持 + 纠正 + 其他 + 尚未审结 = 总计', fix: '人工修改了复议、诉讼结果时，请同时修改该组的总计，或撤销修改。' },
  table2_entered: { title: '表二：人工填报的数字及来源已填写', fix: '在表二中填写该项数字（没有的填 0）和数据来源，然后保存。' },
  section5_present: { title: '第五部分已写明问题及改进情况', fix: '在“五、存在的主要问题及改进情况”中写明本年存在的问题和改进措施（《政府信息公开条例》第五十条），然后保存。' },
  fees_stated: { title: '第六部分写明收取的信息处理费', fix: '在“六、其他需要报告的事项”中写明“信息处理费”和金额，然后保存。' },
};

/** The report's checks beside its tables: what fails first, each with what to do; what passes folded below. */
export function ReportChecksCard({ checks }: { checks: ReportCheck[] }) {
  const failing = checks.filter((check) => !check.ok);
  const passing = checks.filter((check) => check.ok);
  return (
    <Card title={<h2 className="card-heading">检查结果</h2>} size="small" data-testid="report-checks">
      <Typography.Paragraph className={failing.length ? 'checks-summary failing' : 'checks-summary'}>
        {failing.length ? `${failing.length} 项未通过，全部通过后才能提交审核和公开` : `全部 ${checks.length} 项检查均已通过`}
      </Typography.Paragraph>
      <ul className="check-list">
        {failing.map((check, index) => (
          <li key={`${check.rule}-${index}`} className="check failing" data-testid="check-failing">
            <CloseCircleFilled className="check-icon" aria-hidden />
            <div>
              <div className="check-title">
                <span className="visually-hidden">未通过：</span>
                {RULES[check.rule].title}
              </div>
              <div className="check-detail">{check.detail}</div>
              <div className="check-fix">怎么改：{RULES[check.rule].fix}</div>
            </div>
          </li>
        ))}
      </ul>
      {passing.length > 0 && (
        <Collapse
          ghost
          size="small"
          items={[
            {
              key: 'passing',
              label: `已通过 ${passing.length} 项`,
              children: (
                <ul className="check-list">
                  {passing.map((check, index) => (
                    <li key={`${check.rule}-${index}`} className="check ok">
                      <CheckCircleFilled className="check-icon" aria-hidden />
                      <div>
                        <div className="check-title">
                          <span className="visually-hidden">已通过：</span>
                          {RULES[check.rule].title}
                        </div>
                        <div className="check-detail">{check.detail}</div>
                      </div>
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
