import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import './entry-grid.scss';

export interface Entry {
  label: string;
  glyph: string;
  color: string;
  /** A page to open; entries without one are announced as coming soon. */
  url?: string;
  /** The url is a tab page, reached with switchTab. */
  tab?: boolean;
  /** Runs before the page opens: how a tile tells a tab page (which takes no query) what to show. */
  before?: () => void;
}

export function EntryGrid({ entries }: { entries: Entry[] }) {
  const open = (entry: Entry) => {
    entry.before?.();
    if (entry.url && entry.tab) {
      Taro.switchTab({ url: entry.url });
    } else if (entry.url) {
      Taro.navigateTo({ url: entry.url });
    } else {
      Taro.showToast({ title: `${entry.label}即将上线`, icon: 'none' });
    }
  };
  return (
    <View className="entry-grid">
      {entries.map((entry) => (
        <View key={entry.label} className="entry" onClick={() => open(entry)} role="button">
          <View className="entry-icon" style={{ background: entry.color }} aria-hidden="true">
            <Text>{entry.glyph}</Text>
          </View>
          <Text className="entry-label">{entry.label}</Text>
        </View>
      ))}
    </View>
  );
}
