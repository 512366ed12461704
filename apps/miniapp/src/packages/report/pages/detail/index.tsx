import { chinaDateOfInstant, formatChinaDate } from '@govopen/domain';
import Taro, { useRouter } from '@tarojs/taro';
import { RichText, ScrollView, Text, View } from '@tarojs/components';
import { ANNUAL_REPORT_SECTIONS, PublicAnnualReportDocument } from '@govopen/contracts';
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../../../../services/api';
import { useCareMode } from '../../../../services/care-mode';
import { table2Html, table3Html, table4Html } from '../report-table-html';
import '../shared.scss';

/** A published annual report on a phone: its six parts and the tables in the official layout, each scrolling sideways in its card. */
export default function AnnualReportPage() {
  const { params } = useRouter();
  const [care] = useCareMode();
  const [report, setReport] = useState<PublicAnnualReportDocument | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = () => {
    setError(null);
    api.annualReports
      .get(Number(params.year))
      .then((loaded) => {
        setReport(loaded);
        Taro.setNavigationBarTitle({ title: `${loaded.year}年度报告` });
      })
      .catch((caught) => setError(errorMessage(caught)));
  };
  useEffect(load, [params.year]);

  if (error) {
    return (
      <View className="page annual-report">
        <View className="card">
          <Text className="error-text">{error}</Text>
          <View className="link" role="button" onClick={load}>重试</View>
        </View>
      </View>
    );
  }
  if (!report) return <View className="page annual-report"><View className="card"><Text className="hint">正在加载…</Text></View></View>;

  const heading = (
    <View className="card">
      <View className="report-heading" role="heading" aria-level={1} data-testid="annual-report-title">{report.title}</View>
      <Text className="muted">{report.agencyName} · {formatChinaDate(chinaDateOfInstant(report.publishedAt))} 公开</Text>
    </View>
  );
  // A report published before the product, imported as its text: no computed tables, its paragraphs as published.
  if (report.source === 'imported') {
    return (
      <View className={`page annual-report ${care ? 'care' : ''}`}>
        {heading}
        <View className="card" data-testid="report-imported-text">
          {report.text
            .split(/\n\s*\n/)
            .filter((paragraph) => paragraph.trim())
            .map((paragraph, index) => (
              <Text key={index} className="section-text">{paragraph.trim()}</Text>
            ))}
        </View>
      </View>
    );
  }

  const tables: Record<string, { html: string; label: string } | undefined> = {
    二: { html: table2Html(report.table2), label: '表二' },
    三: { html: table3Html(report), label: '表三' },
    四: { html: table4Html(report), label: '表四' },
  };

  return (
    <View className={`page annual-report ${care ? 'care' : ''}`}>
      {heading}
      {ANNUAL_REPORT_SECTIONS.map(({ key, title }) => {
        const table = tables[key];
        const text = report.sections[key];
        return (
          <View key={key} className="card" data-testid={`report-section-${key}`}>
            <View className="card-title" role="heading" aria-level={2}>{`${key}、${title}`}</View>
            {text && <Text className="section-text">{text}</Text>}
            {key === '六' && !text && <Text className="hint">无。</Text>}
            {table && (
              <>
                <Text className="hint scroll-hint">表格较宽，可左右滑动查看</Text>
                <ScrollView scrollX className="table-scroll" aria-label={`${table.label}（可左右滑动）`} data-testid={`report-table-${key}`}>
                  <RichText nodes={table.html} />
                </ScrollView>
              </>
            )}
          </View>
        );
      })}
      {report.notes.length > 0 && (
        <View className="card">
          <View className="card-title" role="heading" aria-level={2}>说明</View>
          {report.notes.map((note) => (
            <Text key={note.cell} className="hint">
              * {note.label}：{note.reason}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}
