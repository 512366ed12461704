import { Text, View } from '@tarojs/components';
import './list-row.scss';

interface ListRowProps {
  title: string;
  note?: string;
  badge?: string;
  onTap: () => void;
}

export function ListRow({ title, note, badge, onTap }: ListRowProps) {
  return (
    <View className="list-row" onClick={onTap} role="button">
      <View className="list-row-main">
        <Text className="list-row-title">{title}</Text>
        {note && <Text className="list-row-note">{note}</Text>}
      </View>
      {badge && <Text className="list-row-badge">{badge}</Text>}
      <Text className="list-row-arrow" aria-hidden="true">›</Text>
    </View>
  );
}
