import { chinaDateOfInstant, formatChinaDay } from '@govopen/domain';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { api } from '../../../../services/api';
import { usePageData } from '../../../../services/use-page-data';
import { useCareMode } from '../../../../services/care-mode';
import '../shared.scss';

/** 政务公开 → 年度报告: every published 政府信息公开工作年度报告, latest year first. */
export default function AnnualReportListPage() {
  const [care] = useCareMode();
  const { data: reports, error, reload: load } = usePageData(api.annualReports.list);

  return (
    <View className={`page annual-report ${care ? 'care' : ''}`}>
      <View className="card">
        <View className="report-heading" role="heading" aria-level={1}>政府信息公开工作年度报告</View>
        <Text className="hint">本机关每年公布上一年度的政府信息公开工作情况，包括主动公开、依申请公开、行政复议和行政诉讼等数据。</Text>
      </View>
      {error && (
        <View className="card">
          <Text className="error-text">{error}</Text>
          <Button className="secondary-button" onClick={load}>
            重试
          </Button>
        </View>
      )}
      {!error && !reports && (
        <View className="card">
          <Text className="hint">正在加载…</Text>
        </View>
      )}
      {reports?.length === 0 && (
        <View className="card">
          <Text className="hint">目前还没有公开的年度报告。</Text>
        </View>
      )}
      {reports && reports.length > 0 && (
        <View className="card report-list">
          {reports.map((report) => (
            <View
              key={report.year}
              className="report-row"
              role="button"
              data-testid="annual-report-item"
              onClick={() => Taro.navigateTo({ url: `/packages/report/pages/detail/index?year=${report.year}` })}
            >
              <View className="report-row-main">
                <Text className="report-row-title">{report.title}</Text>
                <Text className="muted">
                  {formatChinaDay(chinaDateOfInstant(report.publishedAt))} 公开{report.source === 'imported' ? ' · 往年报告原文' : ''}
                </Text>
              </View>
              <Text className="report-row-arrow" aria-hidden="true">›</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
