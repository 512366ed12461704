import { chinaToday, formatChinaDate } from '@govopen/domain';
import { Text, View } from '@tarojs/components';
import { CalendarDayResponse } from '@govopen/contracts';
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../services/api';
import './today-card.scss';

export function TodayCard({ onTap }: { onTap?: () => void }) {
  const [day, setDay] = useState<CalendarDayResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const today = chinaToday();

  useEffect(() => {
    api.calendar
      .day(today)
      .then(setDay)
      .catch((caught) => setError(errorMessage(caught)));
  }, [today]);

  return (
    <View className={`today-card ${day?.working === false ? 'rest' : ''}`} onClick={onTap}>
      <Text className="today-date">{formatChinaDate(today)}</Text>
      {day && (
        <View className="today-status" data-testid="today-status">
          今天是{day.working ? '工作日' : '休息日'}
          {day.name ? <Text className="today-name">（{day.name}）</Text> : null}
        </View>
      )}
      {!day && !error && <View className="today-status loading">正在查询…</View>}
      {error && <View className="today-error">{error}</View>}
      {day && (
        <Text className="today-hint">
          {day.working ? '政府机关今天正常办公，法定期限按工作日计算。' : '今天不计入法定办理期限，申请将在下一个工作日起算。'}
        </Text>
      )}
    </View>
  );
}
