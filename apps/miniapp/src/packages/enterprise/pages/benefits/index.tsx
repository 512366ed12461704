import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { MyEnterpriseView, Page, POLICY_TOPICS, PolicyBenefitSummary, PolicyCalculatorResponse } from '@govopen/contracts';
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../../../../services/api';
import { useCareMode } from '../../../../services/care-mode';
import { ensureSignedIn } from '../../../../services/session';
import { MatchList } from '../../components/match-list';
import '../../shared.scss';

type Tab = 'all' | 'mine';

/** 惠企政策: every published item by topic, and "与我相关" — the matches of the resident's verified enterprise. */
export default function PolicyBenefitsPage() {
  const { params } = useRouter();
  const [care] = useCareMode();
  const [tab, setTab] = useState<Tab>(params.enterpriseId ? 'mine' : 'all');
  const [topic, setTopic] = useState<string | null>(null);
  const [list, setList] = useState<Page<PolicyBenefitSummary> | null>(null);
  const [enterprises, setEnterprises] = useState<MyEnterpriseView[] | null>(null);
  const [enterpriseId, setEnterpriseId] = useState<number | null>(params.enterpriseId ? Number(params.enterpriseId) : null);
  const [matches, setMatches] = useState<PolicyCalculatorResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  const loadAll = () => {
    setError(null);
    setList(null);
    api.policyBenefits.list({ topic: topic ?? undefined, pageSize: 50 }).then(setList, (caught) => setError(errorMessage(caught)));
  };
  const loadMine = async () => {
    setError(null);
    setMatches(null);
    try {
      await ensureSignedIn();
      const verified = (await api.enterprises.mine()).filter((item) => item.verification.status === 'verified');
      setEnterprises(verified);
      const chosen = verified.find((item) => item.id === enterpriseId) ?? verified[0];
      if (chosen) {
        setEnterpriseId(chosen.id);
        setMatches(await api.enterprises.matches(chosen.id));
      }
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  useEffect(() => {
    if (tab === 'all') loadAll();
    else loadMine();
  }, [tab, topic, enterpriseId]);

  const enterprise = enterprises?.find((item) => item.id === enterpriseId);

  return (
    <View className={`page enterprise ${care ? 'care' : ''}`}>
      <View className="tabs" role="tablist">
        {(['all', 'mine'] as const).map((key) => (
          <View key={key} className={`tab ${tab === key ? 'active' : ''}`} role="tab" aria-selected={tab === key} onClick={() => setTab(key)}>
            {key === 'all' ? '全部政策' : '与我相关'}
          </View>
        ))}
      </View>
      {error && (
        <View className="card">
          <Text className="error-text">{error}</Text>
          <Button className="secondary-button" onClick={() => (tab === 'all' ? loadAll() : loadMine())}>
            重试
          </Button>
        </View>
      )}
      {tab === 'all' && !error && (
        <>
          <View className="card">
            <View className="chip-group" role="radiogroup" aria-label="政策主题">
              {[null, ...POLICY_TOPICS].map((value) => (
                <View key={value ?? 'all'} className={`chip ${topic === value ? 'on' : ''}`} role="radio" aria-checked={topic === value} onClick={() => setTopic(value)}>
                  {value ?? '全部'}
                </View>
              ))}
            </View>
          </View>
          {list === null && <View className="card loading">正在加载…</View>}
          {list?.items.length === 0 && (
            <View className="card">
              <Text className="empty-text">{topic ? `“${topic}”主题下暂无惠企政策` : '暂无已发布的惠企政策'}</Text>
            </View>
          )}
          {list && list.items.length > 0 && (
            <View className="card">
              {list.items.map((item) => (
                <View key={item.id} className="benefit-row" data-testid="benefit" role="button" onClick={() => Taro.navigateTo({ url: `/packages/enterprise/pages/benefit/index?id=${item.id}` })}>
                  <Text className="match-title">{item.title}</Text>
                  <Text className="hint">
                    申报时间：{item.applicationPeriod} · {item.acceptingUnit}
                  </Text>
                  <View>
                    {item.topics.map((name) => (
                      <Text key={name} className="topic-tag">
                        {name}
                      </Text>
                    ))}
                  </View>
                </View>
              ))}
            </View>
          )}
          <View className="card">
            <Button className="secondary-button" onClick={() => Taro.navigateTo({ url: '/packages/enterprise/pages/calculator/index' })}>
              用政策计算器算一算
            </Button>
          </View>
        </>
      )}
      {tab === 'mine' && !error && (
        <>
          {enterprises === null && <View className="card loading">正在加载…</View>}
          {enterprises?.length === 0 && (
            <View className="card">
              <Text className="card-title">绑定企业后查看</Text>
              <Text className="hint">绑定并通过认证后，这里会按您企业的画像列出可以申报的政策，并说明理由。没有绑定也可以用政策计算器算一算。</Text>
              <Button className="primary-button" onClick={() => Taro.navigateTo({ url: '/packages/enterprise/pages/center/index' })}>
                去企业中心
              </Button>
              <Button className="secondary-button" onClick={() => Taro.navigateTo({ url: '/packages/enterprise/pages/calculator/index' })}>
                政策计算器
              </Button>
            </View>
          )}
          {enterprises && enterprises.length > 1 && (
            <View className="card">
              <View className="chip-group" role="radiogroup" aria-label="企业">
                {enterprises.map((item) => (
                  <View key={item.id} className={`chip ${item.id === enterpriseId ? 'on' : ''}`} role="radio" aria-checked={item.id === enterpriseId} onClick={() => setEnterpriseId(item.id)}>
                    {item.name}
                  </View>
                ))}
              </View>
            </View>
          )}
          {enterprise && matches === null && <View className="card loading">正在匹配…</View>}
          {enterprise && matches && (
            <>
              <View className="card">
                <Text className="hint">按“{enterprise.name}”的企业画像匹配。画像有变化请在企业中心修改，结果随之更新。</Text>
              </View>
              <MatchList items={matches.items} empty="目前没有已发布的惠企政策。" />
            </>
          )}
        </>
      )}
    </View>
  );
}
