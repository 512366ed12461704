import { chinaDateOfInstant, formatChinaDate } from '@govopen/domain';
import Taro, { useRouter } from '@tarojs/taro';
import { Image, RichText, Text, View } from '@tarojs/components';
import { PolicyView } from '@govopen/contracts';
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../../../../services/api';
import { useCareMode } from '../../../../services/care-mode';
import { mediaUrl, withAbsoluteMedia } from '../../../../services/media-url';
import { openPublicFile } from '../../../../platform/files';
import { useReadingScale } from '../font-scale';
import '../shared.scss';

/** A policy document on a phone: its facts, validity, the text at a size the reader picks, attachments, and its 解读 right there. */
export default function PolicyDocumentPage() {
  const { params } = useRouter();
  const [care] = useCareMode();
  const [scale, scaleControls] = useReadingScale(care);
  const [policy, setPolicy] = useState<PolicyView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = () => {
    setError(null);
    api.policies
      .get(Number(params.id))
      .then((loaded) => {
        setPolicy(loaded);
        Taro.setNavigationBarTitle({ title: loaded.documentNumber ?? '政策文件' });
      })
      .catch((caught) => setError(errorMessage(caught)));
  };
  useEffect(load, [params.id]);

  if (error) {
    return (
      <View className={`page reader ${care ? 'care' : ''}`}>
        <View className="card">
          <Text className="error-text">{error}</Text>
          <Text className="link" onClick={load}>重试</Text>
        </View>
      </View>
    );
  }
  if (!policy) return <View className="page reader"><View className="card"><Text className="hint">正在加载…</Text></View></View>;

  return (
    <View className={`page reader ${care ? 'care' : ''}`}>
      <View className="card">
        <Text className="reader-title" data-testid="policy-title">{policy.title}</Text>
        <View className="facts">
          {policy.documentNumber && <Text>文号：{policy.documentNumber}</Text>}
          <Text>发文机关：{policy.issuingBody}</Text>
          {policy.writtenDate && <Text>成文日期：{formatChinaDate(policy.writtenDate)}</Text>}
          {policy.publishedAt && <Text>发布日期：{formatChinaDate(chinaDateOfInstant(policy.publishedAt))}</Text>}
          {policy.indexNumber && <Text>索引号：{policy.indexNumber}</Text>}
          <Text>
            效力：<Text className={`validity validity-${policy.validity}`}>{policy.validityLabel}</Text>
          </Text>
        </View>
        {policy.replacedBy && (
          <View className="notice" onClick={() => Taro.redirectTo({ url: `/packages/policy/pages/document/index?id=${policy.replacedBy!.id}` })}>
            <Text>本文件已废止，现行文件：《{policy.replacedBy.title}》 ›</Text>
          </View>
        )}
      </View>

      {policy.interpretations.length > 0 && (
        <View className="card">
          <Text className="card-title">政策解读</Text>
          {policy.interpretations.map((item) => (
            <View key={item.id} className="interpretation-row" data-testid="policy-interpretation" onClick={() => Taro.navigateTo({ url: `/packages/policy/pages/interpretation/index?id=${item.id}` })}>
              {item.posterUrl && <Image className="interpretation-poster" src={mediaUrl(item.posterUrl)} mode="aspectFill" aria-label={`${item.title}（封面）`} />}
              <View className="interpretation-text">
                <Text className="form-badge">{item.formLabel}</Text>
                <Text className="interpretation-title">{item.title}</Text>
              </View>
            </View>
          ))}
        </View>
      )}

      <View className="card">
        <View className="body-head">
          <Text className="card-title">正文</Text>
          {scaleControls}
        </View>
        <View className="body" style={{ fontSize: Taro.pxTransform(Math.round(32 * scale)) }}>
          <RichText nodes={withAbsoluteMedia(policy.bodyHtml)} />
        </View>
      </View>

      {policy.attachments.length > 0 && (
        <View className="card">
          <Text className="card-title">附件</Text>
          {policy.attachments.map((file) => (
            <Text key={file.id} className="attachment" onClick={() => openPublicFile(mediaUrl(file.url), file.name)}>
              {file.name}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}
