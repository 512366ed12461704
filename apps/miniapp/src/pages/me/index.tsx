import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Switch, Text, View } from '@tarojs/components';
import { ResidentProfile, SubscriptionKind, SubscriptionSettings } from '@govopen/contracts';
import { useState } from 'react';
import { ListRow } from '../../components/list-row';
import { api, errorMessage } from '../../services/api';
import { useCareMode } from '../../services/care-mode';
import { ensureSignedIn, signOut } from '../../services/session';
import { offerSubscriptions } from '../../services/subscriptions';
import './index.scss';

/** What a resident will be told about one kind of notice, and how, in words they understand. */
function reachText(kind: SubscriptionKind, wechatAvailable: boolean): string {
  if (!wechatAvailable || !kind.templateId) return '在“消息”中查看';
  if (kind.lastResult === 'ban') return '您已在微信中关闭此类通知，在“消息”中查看';
  if (kind.credits > 0) return `微信通知还可接收 ${kind.credits} 次，并在“消息”中查看`;
  return '在“消息”中查看；办理时可选择同时接收微信通知';
}

export default function MePage() {
  const [care, setCare] = useCareMode();
  const [profile, setProfile] = useState<ResidentProfile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [subscriptions, setSubscriptions] = useState<SubscriptionSettings | null>(null);

  const loadSubscriptions = () => {
    api.wechat
      .subscriptions()
      .then(setSubscriptions)
      .catch(() => setSubscriptions(null));
  };

  const subscribe = async () => {
    if (!subscriptions) return;
    // One tap may ask for at most three templates (DOMAIN §7).
    await offerSubscriptions(subscriptions.kinds.filter((kind) => kind.templateId).map((kind) => kind.kind).slice(0, 3));
    loadSubscriptions();
  };

  const signIn = async () => {
    setBusy(true);
    setError(null);
    try {
      await ensureSignedIn();
      setProfile(await api.auth.me());
      loadSubscriptions();
    } catch (caught) {
      // A stale token (server reset, expired) gets one fresh sign-in before we give up.
      signOut();
      try {
        await ensureSignedIn();
        setProfile(await api.auth.me());
      } catch {
        setError(caught instanceof Error && !('status' in caught) ? caught.message : errorMessage(caught));
      }
    } finally {
      setBusy(false);
    }
  };

  useDidShow(() => {
    signIn();
  });

  return (
    <View className={`page me ${care ? 'care' : ''}`}>
      <View className="me-header">
        <View className="me-avatar">
          <Text>民</Text>
        </View>
        <View className="me-info">
          {profile ? (
            <>
              <Text className="me-name" data-testid="signed-in">
                已登录
              </Text>
              <Text className="me-id">用户编号 {String(profile.id).padStart(6, '0')}</Text>
            </>
          ) : (
            <>
              <Text className="me-name">{busy ? '正在登录…' : '未登录'}</Text>
              {error && <Text className="me-error">{error}</Text>}
            </>
          )}
        </View>
        {!profile && !busy && (
          <Button className="me-login" size="mini" onClick={signIn}>
            登录
          </Button>
        )}
      </View>
      <View className="card">
        <ListRow title="我的申请" onTap={() => Taro.navigateTo({ url: '/packages/disclosure/pages/mine/index' })} />
        <ListRow title="我的留言" onTap={() => Taro.navigateTo({ url: '/packages/message/pages/mine/index' })} />
        <ListRow title="消息" note="办理进展通知、惠企政策推送" onTap={() => Taro.navigateTo({ url: '/packages/account/pages/messages/index' })} />
        <ListRow title="企业中心" note="绑定企业、惠企政策" onTap={() => Taro.navigateTo({ url: '/packages/enterprise/pages/center/index' })} />
      </View>
      {subscriptions && (
        <View className="card" data-testid="reach">
          <Text className="card-title">消息提醒</Text>
          {subscriptions.kinds
            .filter((kind) => kind.kind !== 'policy_push' || kind.templateId)
            .map((kind) => (
              <View key={kind.kind} className="reach-row">
                <Text className="reach-label">{kind.label}</Text>
                <Text className="hint">{reachText(kind, subscriptions.wechatAvailable)}</Text>
              </View>
            ))}
          {subscriptions.wechatAvailable && subscriptions.kinds.some((kind) => kind.templateId) && (
            <Button className="reach-subscribe" size="mini" onClick={subscribe}>
              接收微信通知
            </Button>
          )}
        </View>
      )}
      <View className="card">
        <View className="me-switch">
          <View className="me-switch-text">
            <Text className="me-switch-title">关怀模式</Text>
            <Text className="hint">更大的字号和按钮，方便阅读</Text>
          </View>
          <Switch checked={care} color="#b71c1c" onChange={(event) => setCare(event.detail.value)} aria-label="关怀模式" />
        </View>
      </View>
      <View className="card">
        <Text className="card-title">个人信息保护</Text>
        <Text className="hint">
          我们仅在您办理申请、留言等事项时收集必要的个人信息。身份证号、手机号加密保存，仅承办人员可在办理中查看，每次查看均有记录。
        </Text>
      </View>
    </View>
  );
}
