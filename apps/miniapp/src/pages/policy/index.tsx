import { chinaDateOfInstant, chinaToday, formatChinaDate } from '@govopen/domain';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Input, Picker, RichText, Text, View } from '@tarojs/components';
import {
  CatalogNodeView,
  INTERPRETATION_FORM_LABELS,
  InterpretationForm,
  InterpretationSummary,
  PolicySummary,
  PolicyValidity,
  SearchItem,
} from '@govopen/contracts';
import { useEffect, useRef, useState } from 'react';
import { GuideLink } from '../../components/guide-link';
import { api, errorMessage } from '../../services/api';
import { useCareMode } from '../../services/care-mode';
import { PolicyTab, takeRequestedPolicyTab } from '../../services/policy-tab';
import './index.scss';

const THIS_YEAR = Number(chinaToday().slice(0, 4));
const YEARS = ['全部年份', ...Array.from({ length: 8 }, (_, i) => `${THIS_YEAR - i}年`)];
const VALIDITIES: [PolicyValidity | undefined, string][] = [[undefined, '全部效力'], ['valid', '有效'], ['expired', '失效'], ['repealed', '废止']];
const FORMS: [InterpretationForm | undefined, string][] = [[undefined, '全部形式'], ...(Object.entries(INTERPRETATION_FORM_LABELS) as [InterpretationForm, string][])];

const openPolicy = (id: number) => Taro.navigateTo({ url: `/packages/policy/pages/document/index?id=${id}` });
const openInterpretation = (id: number) => Taro.navigateTo({ url: `/packages/policy/pages/interpretation/index?id=${id}` });

/** 政策: search that understands pinyin and typos, the catalog's sections, and the latest documents and interpretations. */
export default function PolicyPage() {
  const [care] = useCareMode();
  const [tab, setTab] = useState<PolicyTab>('policy');
  const [catalog, setCatalog] = useState<CatalogNodeView[]>([]);
  const [section, setSection] = useState<number | undefined>();
  const [year, setYear] = useState(0);
  const [validity, setValidity] = useState(0);
  const [form, setForm] = useState(0);
  const [policies, setPolicies] = useState<PolicySummary[] | null>(null);
  const [interpretations, setInterpretations] = useState<InterpretationSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const [results, setResults] = useState<{ q: string; items: SearchItem[]; total: number } | null>(null);
  const suggestTimer = useRef<ReturnType<typeof setTimeout>>();

  const filters = { catalogNodeId: section, year: year ? THIS_YEAR - year + 1 : undefined, validity: VALIDITIES[validity][0] };

  const load = () => {
    setError(null);
    const request = tab === 'policy' ? api.policies.list({ ...filters, pageSize: 20 }).then((page) => setPolicies(page.items)) : api.interpretations.list({ form: FORMS[form][0], pageSize: 20 }).then((page) => setInterpretations(page.items));
    return request.catch((caught) => setError(errorMessage(caught)));
  };

  useEffect(() => {
    api.catalog().then(setCatalog).catch(() => setCatalog([]));
  }, []);
  useEffect(() => {
    load();
  }, [tab, section, year, validity, form]);
  // The home tiles 政策文件 / 政策解读 open this tab on their list.
  useDidShow(() => {
    const wanted = takeRequestedPolicyTab();
    if (!wanted) return;
    setTab(wanted);
    setResults(null);
  });
  usePullDownRefresh(() => {
    load().finally(() => Taro.stopPullDownRefresh());
  });

  const type = (value: string) => {
    setQuery(value);
    clearTimeout(suggestTimer.current);
    if (!value.trim()) {
      setSuggestions([]);
      setResults(null);
      return;
    }
    // Suggest as the resident types, but not on every keystroke of a fast typist.
    suggestTimer.current = setTimeout(() => {
      api.suggest(value.trim()).then((response) => setSuggestions(response.items)).catch(() => setSuggestions([]));
    }, 200);
  };

  const search = (q: string) => {
    if (!q.trim()) return;
    setQuery(q);
    setSuggestions([]);
    api
      .search({ q: q.trim(), pageSize: 20 })
      .then((response) => setResults({ q: q.trim(), items: response.items, total: response.total }))
      .catch((caught) => Taro.showToast({ title: errorMessage(caught), icon: 'none' }));
  };

  return (
    <View className={`page policy-page ${care ? 'care' : ''}`}>
      <View className="search-bar">
        <Input
          className="search-input"
          value={query}
          placeholder="搜索政策，可输入拼音或首字母，如 ysqgk"
          confirmType="search"
          onInput={(event) => type(event.detail.value)}
          onConfirm={(event) => search(event.detail.value)}
          aria-label="搜索政策"
        />
        <Text className="search-button" onClick={() => search(query)}>搜索</Text>
      </View>
      {suggestions.length > 0 && (
        <View className="suggestions" data-testid="suggestions">
          {suggestions.map((text) => (
            <Text key={text} className="suggestion" onClick={() => search(text)}>{text}</Text>
          ))}
        </View>
      )}

      {results ? (
        <View className="card">
          <View className="results-head">
            <Text className="card-title">“{results.q}”的搜索结果（{results.total}）</Text>
            <Text className="link" onClick={() => { setResults(null); setQuery(''); }}>返回</Text>
          </View>
          {results.items.length === 0 && (
            <>
              <Text className="hint">没有找到相关文件。可以换个说法，或试试拼音首字母。</Text>
              <Text className="hint">没有主动公开的信息，可以依申请获取：</Text>
              <GuideLink>查看政府信息公开指南</GuideLink>
            </>
          )}
          {results.items.map((item) => (
            <View key={`${item.type}-${item.id}`} className="result" data-testid="search-result" onClick={() => (item.type === 'policy' ? openPolicy(item.id) : openInterpretation(item.id))}>
              <RichText className="result-title" nodes={item.highlight} />
              <Text className="result-meta">
                {item.type === 'policy' ? '政策文件' : item.formLabel} · {item.publishedAt ? formatChinaDate(chinaDateOfInstant(item.publishedAt)) : ''} · {item.validityLabel}
              </Text>
            </View>
          ))}
        </View>
      ) : (
        <>
          <View className="sections">
            <Text className={`section-chip ${section === undefined ? 'active' : ''}`} onClick={() => setSection(undefined)}>全部</Text>
            {catalog.map((node) => (
              <Text key={node.id} className={`section-chip ${section === node.id ? 'active' : ''}`} onClick={() => setSection(node.id)}>
                {node.name}
              </Text>
            ))}
          </View>
          <View className="tabs">
            <Text className={`tab ${tab === 'policy' ? 'active' : ''}`} onClick={() => setTab('policy')}>政策文件</Text>
            <Text className={`tab ${tab === 'interpretation' ? 'active' : ''}`} onClick={() => setTab('interpretation')}>政策解读</Text>
          </View>
          <View className="filters">
            {tab === 'policy' ? (
              <>
                <Picker mode="selector" range={YEARS} value={year} onChange={(event) => setYear(Number(event.detail.value))}>
                  <Text className="filter">{YEARS[year]} ▾</Text>
                </Picker>
                <Picker mode="selector" range={VALIDITIES.map(([, label]) => label)} value={validity} onChange={(event) => setValidity(Number(event.detail.value))}>
                  <Text className="filter">{VALIDITIES[validity][1]} ▾</Text>
                </Picker>
              </>
            ) : (
              <Picker mode="selector" range={FORMS.map(([, label]) => label)} value={form} onChange={(event) => setForm(Number(event.detail.value))}>
                <Text className="filter">{FORMS[form][1]} ▾</Text>
              </Picker>
            )}
          </View>
          {error && (
            <View className="card">
              <Text className="error-text">{error}</Text>
              <Text className="link" onClick={load}>重试</Text>
            </View>
          )}
          {tab === 'policy' && (
            <View className="card list">
              {policies === null && !error && <Text className="hint">正在加载…</Text>}
              {policies?.length === 0 && <Text className="hint">这个栏目暂时没有公开的文件。</Text>}
              {policies?.map((policy) => (
                <View key={policy.id} className="document" data-testid="policy-item" onClick={() => openPolicy(policy.id)}>
                  <Text className="document-title">{policy.title}</Text>
                  <View className="document-meta">
                    {policy.documentNumber && <Text>{policy.documentNumber}</Text>}
                    {policy.publishedAt && <Text>{formatChinaDate(chinaDateOfInstant(policy.publishedAt))}</Text>}
                    <Text className={`validity validity-${policy.validity}`}>{policy.validityLabel}</Text>
                    {policy.interpretationForms.length > 0 && <Text className="has-interpretation">有解读</Text>}
                  </View>
                </View>
              ))}
            </View>
          )}
          {tab === 'interpretation' && (
            <View className="card list">
              {interpretations === null && !error && <Text className="hint">正在加载…</Text>}
              {interpretations?.length === 0 && <Text className="hint">暂时没有这种形式的解读。</Text>}
              {interpretations?.map((item) => (
                <View key={item.id} className="document" data-testid="interpretation-item" onClick={() => openInterpretation(item.id)}>
                  <Text className="form-badge">{item.formLabel}</Text>
                  <Text className="document-title">{item.title}</Text>
                  <Text className="document-meta">解读：{item.policyTitle}</Text>
                </View>
              ))}
            </View>
          )}
        </>
      )}
    </View>
  );
}
