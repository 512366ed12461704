import Taro, { useRouter } from '@tarojs/taro';
import { Button, Input, Switch, Text, View } from '@tarojs/components';
import { EnterpriseInvitationView, MyEnterpriseView, POLICY_TOPICS, PolicyTopic } from '@govopen/contracts';
import { formatChinaDate, formatChinaDateTime } from '@govopen/domain';
import { useEffect, useState } from 'react';
import { ListRow } from '../../../../components/list-row';
import { api, errorMessage } from '../../../../services/api';
import { useCareMode } from '../../../../services/care-mode';
import { offerSubscriptions } from '../../../../services/subscriptions';
import { useResidentData } from '../../../../services/use-resident-data';
import { ChipGroup } from '../../components/chip-group';
import { formatNumber } from '../../components/format-number';
import { MemberList } from '../../components/member-list';
import '../../shared.scss';

const BIND_URL = '/packages/enterprise/pages/bind/index';

const wan = (value: number | null) => (value === null ? '未填' : `${formatNumber(value)} 万元`);

/** 企业中心: the resident's enterprises, where each binding stands, and what a member can do with it. */
export default function EnterpriseCenterPage() {
  const { params } = useRouter();
  const [care] = useCareMode();
  const { data: enterprises, error, reload, setData } = useResidentData(api.enterprises.mine);
  const [code, setCode] = useState('');
  const [joining, setJoining] = useState(false);
  // The WeChat prompt is offered only where it can be answered (the mini-program with a 政策推送 template set up).
  const [wechatPush, setWechatPush] = useState(false);
  useEffect(() => {
    api.wechat.subscriptions().then(
      (settings) => setWechatPush(settings.wechatAvailable && settings.kinds.some((kind) => kind.kind === 'policy_push' && !!kind.templateId)),
      () => setWechatPush(false),
    );
  }, []);

  const replace = (next: MyEnterpriseView) => setData((list) => list?.map((item) => (item.id === next.id ? next : item)) ?? null);

  const accept = async () => {
    if (!code.trim()) {
      Taro.showToast({ title: '请输入邀请码', icon: 'none' });
      return;
    }
    setJoining(true);
    try {
      const joined = await api.enterprises.acceptInvitation(code.trim());
      setCode('');
      Taro.showToast({ title: `已加入${joined.name}`, icon: 'none' });
      await reload();
    } catch (caught) {
      Taro.showToast({ title: errorMessage(caught), icon: 'none', duration: 3500 });
    } finally {
      setJoining(false);
    }
  };

  return (
    <View className={`page enterprise ${care ? 'care' : ''}`}>
      {params.bound && enterprises?.some((item) => item.verification.status === 'pending') && (
        <View className="card" data-testid="bound-notice">
          <Text className="card-title">绑定申请已提交</Text>
          <Text className="hint">工作人员核对材料后会在“消息”中通知您结果，通过后即可接收与您企业相关的惠企政策。</Text>
        </View>
      )}
      {error && (
        <View className="card">
          <Text className="error-text">{error}</Text>
          <Button className="secondary-button" onClick={reload}>
            重试
          </Button>
        </View>
      )}
      {!error && enterprises === null && <View className="card loading">正在加载…</View>}
      {enterprises?.length === 0 && (
        <View className="card" data-testid="no-enterprise">
          <Text className="card-title">还没有绑定企业</Text>
          <Text className="hint">绑定企业后，我们会按您企业的行业、规模、所在区（市）和资质，为您找出可以申报的惠企政策，并在新政策发布时通知您。</Text>
          <Button className="primary-button" onClick={() => Taro.navigateTo({ url: BIND_URL })}>
            绑定企业
          </Button>
        </View>
      )}
      {enterprises?.map((enterprise) => <EnterpriseCard key={enterprise.id} enterprise={enterprise} wechatPush={wechatPush} onChange={replace} onReload={reload} />)}
      {enterprises && enterprises.length > 0 && (
        <View className="card">
          <ListRow title="再绑定一家企业" onTap={() => Taro.navigateTo({ url: BIND_URL })} />
        </View>
      )}
      {enterprises !== null && (
        <View className="card">
          <Text className="card-title">用邀请码加入企业</Text>
          <Text className="hint">本企业已认证的管理员可以在企业中心生成邀请码，输入后直接加入，无需再审核。</Text>
          <Input className="text-input" value={code} maxlength={20} placeholder="输入邀请码" onInput={(event) => setCode(event.detail.value)} aria-label="邀请码" />
          <Button className="secondary-button" loading={joining} disabled={joining} onClick={accept}>
            加入企业
          </Button>
        </View>
      )}
      <View className="card">
        <ListRow title="惠企政策" note="申报条件、支持标准、受理科室" onTap={() => Taro.navigateTo({ url: '/packages/enterprise/pages/benefits/index' })} />
        <ListRow title="政策计算器" note="不绑定也能算一算能享受哪些政策" onTap={() => Taro.navigateTo({ url: '/packages/enterprise/pages/calculator/index' })} />
      </View>
    </View>
  );
}

function EnterpriseCard({ enterprise, wechatPush, onChange, onReload }: { enterprise: MyEnterpriseView; wechatPush: boolean; onChange: (next: MyEnterpriseView) => void; onReload: () => void }) {
  const [invitation, setInvitation] = useState<EnterpriseInvitationView | null>(null);
  const [busy, setBusy] = useState(false);
  const verified = enterprise.verification.status === 'verified';
  const admin = enterprise.membership.role === 'admin';

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (caught) {
      Taro.showToast({ title: errorMessage(caught), icon: 'none', duration: 3500 });
    } finally {
      setBusy(false);
    }
  };
  const saveSubscription = (topics: PolicyTopic[], muted: boolean) =>
    run(async () => {
      onChange(await api.enterprises.saveSubscription(enterprise.id, { topics, muted }));
    });
  const toggleTopic = async (topic: PolicyTopic) => {
    const topics = enterprise.subscription.topics.includes(topic) ? enterprise.subscription.topics.filter((item) => item !== topic) : [...enterprise.subscription.topics, topic];
    await saveSubscription(topics, enterprise.subscription.muted);
  };
  const leave = async () => {
    const { confirm } = await Taro.showModal({ title: '退出企业', content: `退出后将不再收到“${enterprise.name}”的政策推送，再加入需重新认证或由管理员邀请。确定退出吗？`, confirmText: '退出', confirmColor: '#b91c1c' });
    if (confirm) await run(async () => {
      await api.enterprises.leave(enterprise.id);
      onReload();
    });
  };

  return (
    <View className="card" data-testid="my-enterprise">
      <View className="head-row">
        <Text className="enterprise-name">{enterprise.name}</Text>
        <Text className={`status-tag status-${enterprise.verification.status}`} data-testid="binding-status">
          {enterprise.verification.statusLabel}
        </Text>
      </View>
      <Text className="hint">
        统一社会信用代码 {enterprise.creditCode} · {enterprise.membership.roleLabel}
      </Text>
      {enterprise.verification.status === 'pending' && (
        <View className="reason-box">工作人员正在核对您提交的材料，审核结果会在“消息”中通知您。审核通过前，企业信息暂不能修改。</View>
      )}
      {enterprise.verification.status === 'rejected' && (
        <View className="reason-box reject-box">
          未通过审核{enterprise.verification.decidedAt ? `（${formatChinaDateTime(enterprise.verification.decidedAt)}）` : ''}：{enterprise.verification.reason ?? '未说明理由'}。您可以补充材料后重新绑定。
        </View>
      )}
      {enterprise.verification.status === 'rejected' && (
        <Button className="secondary-button" onClick={() => Taro.navigateTo({ url: BIND_URL })}>
          重新绑定
        </Button>
      )}
      <View className="fact">
        <Text className="fact-label">行业</Text>
        <Text className="fact-value">{enterprise.industry ? `${enterprise.industry.sectionName} · ${enterprise.industry.name}` : enterprise.industryCode}</Text>
      </View>
      <View className="fact">
        <Text className="fact-label">规模</Text>
        <Text className="fact-value" data-testid="enterprise-size">
          {enterprise.size.label ? `${enterprise.size.label}企业` : '暂不能判断'}
        </Text>
      </View>
      <View className="fact">
        <Text className="fact-label">从业人员 / 营业收入</Text>
        <Text className="fact-value">
          {formatNumber(enterprise.employees)} 人 / {wan(enterprise.revenueWanYuan)}
        </Text>
      </View>
      <View className="fact">
        <Text className="fact-label">所在区（市）</Text>
        <Text className="fact-value">{enterprise.district}</Text>
      </View>
      <View className="fact">
        <Text className="fact-label">成立日期</Text>
        <Text className="fact-value">{formatChinaDate(enterprise.foundedOn)}</Text>
      </View>
      {enterprise.qualifications.length > 0 && (
        <View className="fact">
          <Text className="fact-label">资质</Text>
          <Text className="fact-value">{enterprise.qualifications.map((item) => `${item.name}（${item.year}年）`).join('、')}</Text>
        </View>
      )}
      <View className="reason-box" data-testid="size-reason">
        规模怎么定的：{enterprise.size.reason}
      </View>

      {verified && (
        <>
          <Button className="primary-button" onClick={() => Taro.navigateTo({ url: `/packages/enterprise/pages/benefits/index?enterpriseId=${enterprise.id}` })}>
            查看与我相关的政策
          </Button>
          <Button className="secondary-button" onClick={() => Taro.navigateTo({ url: `/packages/enterprise/pages/bind/index?id=${enterprise.id}` })}>
            修改企业信息
          </Button>
          <Text className="section-label section">关注的政策主题</Text>
          <ChipGroup label="关注的政策主题" multiple options={POLICY_TOPICS.map((value) => ({ value, label: value }))} selected={enterprise.subscription.topics} onToggle={toggleTopic} />
          <Text className="hint">关注的主题有新政策时，即使条件需要核实也会通知您。</Text>
          <View className="switch-row">
            <View>
              <Text className="field-block-label">免打扰</Text>
              <Text className="hint">开启后不再收到任何政策推送</Text>
            </View>
            <Switch checked={enterprise.subscription.muted} color="#b71c1c" disabled={busy} onChange={(event) => saveSubscription(enterprise.subscription.topics, event.detail.value)} aria-label="免打扰" />
          </View>
          {wechatPush && (
            <Button className="secondary-button" onClick={() => offerSubscriptions(['policy_push'])}>
              接收微信政策提醒
            </Button>
          )}
          <MemberList enterpriseId={enterprise.id} admin={admin} onRoleChanged={onReload} />
          {admin && (
            <>
              <Button className="secondary-button" loading={busy} disabled={busy} onClick={() => run(async () => setInvitation(await api.enterprises.invite(enterprise.id)))}>
                邀请同事加入
              </Button>
              {invitation && (
                <View className="code-box" data-testid="invitation">
                  <Text className="hint">请把邀请码告诉同事，在“企业中心 → 用邀请码加入企业”中输入：</Text>
                  <Text className="invitation-code" selectable>
                    {invitation.code}
                  </Text>
                  <Text className="hint">只能使用一次，{formatChinaDateTime(invitation.expiresAt)} 前有效</Text>
                </View>
              )}
            </>
          )}
          <Button className="danger-button" disabled={busy} onClick={leave}>
            退出企业
          </Button>
        </>
      )}
    </View>
  );
}
