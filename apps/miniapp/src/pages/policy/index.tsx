import { Text, View } from '@tarojs/components';
import { useCareMode } from '../../services/care-mode';
import './index.scss';

const SECTIONS = [
  { name: '规范性文件', note: '本机关制发的行政规范性文件及其有效性' },
  { name: '部门文件', note: '自形成或变更之日起 20 个工作日内公开' },
  { name: '政策解读', note: '文字、图文、音视频、动漫、专家与媒体解读' },
  { name: '新闻发布会', note: '重要政策的发布会实录与解读' },
];

export default function PolicyPage() {
  const [care] = useCareMode();
  return (
    <View className={`page ${care ? 'care' : ''}`}>
      <View className="card">
        <Text className="card-title">政策文件库</Text>
        <Text className="hint">按主动公开基本目录浏览本机关公开的政策文件和解读。文件库正在建设，上线后可在此按栏目、年份、发文机关和有效性查找。</Text>
      </View>
      <View className="card">
        {SECTIONS.map((section) => (
          <View key={section.name} className="policy-section">
            <Text className="policy-section-name">{section.name}</Text>
            <Text className="policy-section-note">{section.note}</Text>
            <Text className="policy-section-tag">即将上线</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
