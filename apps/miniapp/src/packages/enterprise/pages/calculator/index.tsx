import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { ApiRequestError, CalculatorProfile, ENTERPRISE_SIZE_LABELS, ENTERPRISE_SIZES, EnterpriseOptions, EnterpriseSize, PolicyCalculatorResponse, QualificationKind } from '@govopen/contracts';
import { useEffect, useState } from 'react';
import { FormField } from '../../../../components/form-field';
import { api, errorMessage } from '../../../../services/api';
import { useCareMode } from '../../../../services/care-mode';
import { ChipGroup } from '../../components/chip-group';
import { IndustrySelect } from '../../components/industry-select';
import { MatchList } from '../../components/match-list';
import '../../shared.scss';

interface CalculatorDraft {
  industryCode: string;
  size: EnterpriseSize | '';
  employees: string;
  revenueWanYuan: string;
  district: string;
  foundedOn: string;
  qualifications: QualificationKind[];
}

const EMPTY: CalculatorDraft = { industryCode: '', size: '', employees: '', revenueWanYuan: '', district: '', foundedOn: '', qualifications: [] };

const numberOrNull = (value: string) => (value.trim() && !Number.isNaN(Number(value)) ? Number(value) : null);

/** 政策计算器: anyone, signed in or not, enters what they know and sees which 惠企政策 apply and why. */
export default function PolicyCalculatorPage() {
  const [care] = useCareMode();
  const [options, setOptions] = useState<EnterpriseOptions | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [draft, setDraft] = useState<CalculatorDraft>(EMPTY);
  const [result, setResult] = useState<PolicyCalculatorResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = () => {
    setLoadError(null);
    api.enterpriseOptions().then(setOptions, (caught) => setLoadError(errorMessage(caught)));
  };
  useEffect(load, []);

  const set = <K extends keyof CalculatorDraft>(key: K, value: CalculatorDraft[K]) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
    setResult(null);
    setError(null);
  };

  const calculate = async () => {
    if (draft.foundedOn.trim() && !/^\d{4}-\d{2}-\d{2}$/.test(draft.foundedOn.trim())) {
      setError('成立日期请按“2018-04-12”的格式填写');
      return;
    }
    const profile: CalculatorProfile = {
      industryCode: draft.industryCode || null,
      size: draft.size || null,
      employees: numberOrNull(draft.employees),
      revenueWanYuan: numberOrNull(draft.revenueWanYuan),
      district: draft.district || null,
      foundedOn: draft.foundedOn.trim() || null,
      qualifications: draft.qualifications,
    };
    setBusy(true);
    setError(null);
    try {
      setResult(await api.policyCalculator({ profile }));
      Taro.pageScrollTo({ selector: '#calculator-result', duration: 300 });
    } catch (caught) {
      setError(caught instanceof ApiRequestError ? caught.message : errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  if (loadError) {
    return (
      <View className={`page enterprise ${care ? 'care' : ''}`}>
        <View className="card">
          <Text className="error-text">{loadError}</Text>
          <Button className="secondary-button" onClick={load}>
            重试
          </Button>
        </View>
      </View>
    );
  }
  if (!options) {
    return (
      <View className={`page enterprise ${care ? 'care' : ''}`}>
        <View className="card loading">正在加载…</View>
      </View>
    );
  }

  return (
    <View className={`page enterprise ${care ? 'care' : ''}`}>
      <View className="card">
        <Text className="card-title">算一算能享受哪些惠企政策</Text>
        <Text className="hint">不用登录，也不会保存。填得越全，结果越准；没填的条件会提示“需核实”。</Text>
        <View className="field-block">
          <Text className="field-block-label">行业</Text>
          <IndustrySelect industries={options.industries} value={draft.industryCode} onChange={(code) => set('industryCode', code)} />
        </View>
        <FormField label="从业人员（人）">
          <Input value={draft.employees} type="number" maxlength={7} placeholder="选填" onInput={(event) => set('employees', event.detail.value)} aria-label="从业人员" />
        </FormField>
        <FormField label="营业收入（万元）">
          <Input value={draft.revenueWanYuan} type="digit" maxlength={12} placeholder="选填，上年全年" onInput={(event) => set('revenueWanYuan', event.detail.value)} aria-label="营业收入（万元）" />
        </FormField>
        <View className="field-block">
          <Text className="field-block-label">企业规模（不清楚人数和收入时选）</Text>
          <ChipGroup
            label="企业规模"
            options={ENTERPRISE_SIZES.map((value) => ({ value, label: ENTERPRISE_SIZE_LABELS[value] }))}
            selected={draft.size ? [draft.size] : []}
            onToggle={(value) => set('size', draft.size === value ? '' : value)}
          />
        </View>
        <View className="field-block">
          <Text className="field-block-label">所在区（市）</Text>
          <ChipGroup label="所在区（市）" options={options.districts.map((value) => ({ value, label: value }))} selected={[draft.district]} onToggle={(value) => set('district', draft.district === value ? '' : value)} />
        </View>
        <FormField label="成立日期">
          <Input value={draft.foundedOn} maxlength={10} placeholder="如 2018-04-12" onInput={(event) => set('foundedOn', event.detail.value)} aria-label="成立日期" />
        </FormField>
        <View className="field-block">
          <Text className="field-block-label">已取得的资质</Text>
          <ChipGroup
            label="已取得的资质"
            multiple
            options={options.qualifications.map((item) => ({ value: item.kind, label: item.label }))}
            selected={draft.qualifications}
            onToggle={(kind) => set('qualifications', draft.qualifications.includes(kind) ? draft.qualifications.filter((item) => item !== kind) : [...draft.qualifications, kind])}
          />
        </View>
        {error && <Text className="error-text">{error}</Text>}
        <Button className="primary-button" loading={busy} disabled={busy} onClick={calculate}>
          开始计算
        </Button>
        <Button className="secondary-button" onClick={() => { setDraft(EMPTY); setResult(null); setError(null); }}>
          清空重填
        </Button>
      </View>
      {result && (
        <View id="calculator-result" data-testid="calculator-result">
          {result.size && (
            <View className="card">
              <Text className="card-title">按您填的数字，您的企业是{result.size.label ? `${result.size.label}企业` : '——'}</Text>
              <Text className="hint">{result.size.reason}</Text>
            </View>
          )}
          <MatchList items={result.items} empty="目前没有已发布的惠企政策。" />
        </View>
      )}
    </View>
  );
}
