import { chinaToday, formatChinaDate } from '@govopen/domain';
import { useLoad, useRouter } from '@tarojs/taro';
import { Button, Input, Picker, Text, View } from '@tarojs/components';
import { AddWorkingDaysResponse } from '@govopen/contracts';
import { useState } from 'react';
import { TodayCard } from '../../../../components/today-card';
import { api, errorMessage } from '../../../../services/api';
import { useCareMode } from '../../../../services/care-mode';
import './index.scss';

const PRESETS = [
  { days: 20, label: '答复期限 20 日' },
  { days: 7, label: '补正告知 7 日' },
  { days: 15, label: '征求意见 15 日' },
];

export default function WorkdayPage() {
  const [care] = useCareMode();
  // A shared link can carry the question: ?from=2024-09-27&days=20 answers it on open.
  const { params } = useRouter();
  const [from, setFrom] = useState(/^\d{4}-\d{2}-\d{2}$/.test(params.from ?? '') ? params.from! : chinaToday());
  const [days, setDays] = useState(/^\d{1,4}$/.test(params.days ?? '') ? params.days! : '20');
  const [result, setResult] = useState<AddWorkingDaysResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useLoad(() => {
    if (params.from && params.days) calculate();
  });

  const calculate = async (count = days) => {
    setError(null);
    setResult(null);
    const value = Number(count);
    if (!/^\d+$/.test(count) || value > 1000) {
      setError('请输入 0 到 1000 之间的整数天数');
      return;
    }
    setBusy(true);
    try {
      setResult(await api.calendar.addWorkingDays(from, value));
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className={`page workday ${care ? 'care' : ''}`}>
      <TodayCard />
      <View className="card">
        <Text className="card-title">办理期限计算</Text>
        <View className="form-row">
          <Text className="form-label">起算日期</Text>
          <Picker mode="date" value={from} start="2004-01-01" end="2030-12-31" onChange={(event) => setFrom(event.detail.value)}>
            <View className="form-value" data-testid="from-date">
              {formatChinaDate(from)}
            </View>
          </Picker>
        </View>
        <View className="form-row">
          <Text className="form-label">工作日天数</Text>
          <Input
            className="form-input"
            type="number"
            value={days}
            maxlength={4}
            onInput={(event) => setDays(event.detail.value)}
            aria-label="工作日天数"
          />
        </View>
        <View className="presets">
          {PRESETS.map((preset) => (
            <Text
              key={preset.days}
              className={`preset ${days === String(preset.days) ? 'active' : ''}`}
              onClick={() => {
                setDays(String(preset.days));
                calculate(String(preset.days));
              }}
            >
              {preset.label}
            </Text>
          ))}
        </View>
        <Button className="primary-button" loading={busy} onClick={() => calculate()}>
          计算截止日期
        </Button>
        {result && (
          <View className="result" data-testid="due-result">
            <Text className="result-label">
              自 {formatChinaDate(result.from)} 起第 {result.days} 个工作日是
            </Text>
            <Text className="result-date">{formatChinaDate(result.date)}</Text>
          </View>
        )}
        {error && (
          <View className="result error">
            <Text className="error-text">{error}</Text>
          </View>
        )}
        <Text className="hint rule">
          按《政府信息公开条例》，期限从收到申请的次日开始计算；国家法定节假日不计入，调休上班的周末计入。
        </Text>
      </View>
    </View>
  );
}
