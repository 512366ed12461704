import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { REPLY_WORKING_DAYS, MAX_EXTENSION_WORKING_DAYS } from '@govopen/domain';
import { EntryGrid } from '../../components/entry-grid';
import { GuideLink } from '../../components/guide-link';
import { TodayCard } from '../../components/today-card';
import { useCareMode } from '../../services/care-mode';
import { requestPolicyTab } from '../../services/policy-tab';
import './index.scss';

const WORKDAY_URL = '/packages/tools/pages/workday/index';
const POLICY_TAB = '/pages/policy/index';

export default function HomePage() {
  const [care] = useCareMode();
  return (
    <View className={`page home ${care ? 'care' : ''}`}>
      <View className="home-banner">
        <Text className="home-agency">威海市工业和信息化局</Text>
        <Text className="home-title">政务公开</Text>
        <View className="home-search" onClick={() => Taro.switchTab({ url: POLICY_TAB })} role="search">
          <Text>搜索政策文件、政策解读</Text>
        </View>
      </View>
      <TodayCard onTap={() => Taro.navigateTo({ url: WORKDAY_URL })} />
      <EntryGrid
        entries={[
          { label: '政策文件', glyph: '策', color: '#b71c1c', url: POLICY_TAB, tab: true, before: () => requestPolicyTab('policy') },
          { label: '政策解读', glyph: '解', color: '#d97706', url: POLICY_TAB, tab: true, before: () => requestPolicyTab('interpretation') },
          { label: '依申请公开', glyph: '申', color: '#2563eb', url: '/packages/disclosure/pages/apply/index' },
          { label: '网民留言', glyph: '言', color: '#059669', url: '/packages/message/pages/boards/index' },
          { label: '领导信箱', glyph: '信', color: '#7c3aed', url: '/packages/message/pages/write/index?board=leader_mailbox' },
          { label: '意见征集', glyph: '征', color: '#0891b2', url: '/packages/consultation/pages/list/index' },
          { label: '期限查询', glyph: '期', color: '#be185d', url: WORKDAY_URL },
          { label: '惠企政策', glyph: '企', color: '#4b5563', url: '/packages/enterprise/pages/benefits/index' },
          { label: '年度报告', glyph: '报', color: '#0f766e', url: '/packages/report/pages/list/index' },
          { label: '公开指南', glyph: '指', color: '#9a3412', url: '/packages/guide/pages/guide/index' },
        ]}
      />
      <View className="card">
        <Text className="card-title">依申请公开，怎么办？</Text>
        <Text className="hint">
          公民、法人或者其他组织可以向本机关申请获取政府信息。我们自收到申请之日起 {REPLY_WORKING_DAYS} 个工作日内答复；需要延长的，延长期限最长不超过 {MAX_EXTENSION_WORKING_DAYS} 个工作日，并会告知您理由。
        </Text>
        <GuideLink>申请渠道、期限、收费和救济途径，请看公开指南</GuideLink>
      </View>
    </View>
  );
}
