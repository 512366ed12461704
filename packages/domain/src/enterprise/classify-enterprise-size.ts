import { ENTERPRISE_SIZES, EnterpriseSize, SIZE_LABELS } from './enterprise-size';
import { sizeGroupOf } from './size-group-of';
import { SIZE_GROUPS, SIZE_INDICATOR_LABELS, SIZE_INDICATORS, SizeBounds, SizeGroupKey, SizeIndicator } from './size-standard';

/** 从业人员 (persons), 营业收入 and 资产总额 (万元); any may be unknown. */
export type SizeFigures = Partial<Record<SizeIndicator, number | null>>;

export type EnterpriseSizeResult =
  | { size: EnterpriseSize; group: SizeGroupKey; reason: string }
  /** The size cannot be told: no group for the industry, or a figure the group lists is unknown (named in missing). */
  | { size: null; group: SizeGroupKey | null; reason: string; missing: SizeIndicator[] };

function levelOf(value: number, bounds: SizeBounds): EnterpriseSize {
  if (value >= bounds.large) return 'large';
  if (value >= bounds.medium) return 'medium';
  if (value >= bounds.small) return 'small';
  return 'micro';
}

/** 1500 → "1,500", 1234.5 → "1,234.5". */
function formatFigure(value: number): string {
  const [integer, fraction] = String(value).split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

function describe(indicator: SizeIndicator, value: number, bounds: SizeBounds, level: EnterpriseSize): string {
  const { name, unit } = SIZE_INDICATOR_LABELS[indicator];
  const figure = `${name} ${formatFigure(value)} ${unit}`;
  if (level === 'micro') return `${figure}，低于小型下限 ${formatFigure(bounds.small)} ${unit}`;
  return `${figure}，达到${SIZE_LABELS[level]}下限 ${formatFigure(bounds[level])} ${unit}`;
}

/**
 * 企业规模 by 《统计上大中小微型企业划分办法（2017）》: the largest class whose every lower bound, among the indicators
 * the group lists, the enterprise meets; 微型 if none (说明: 大型、中型和小型企业须同时满足所列指标的下限，否则下划一档；
 * 微型企业只须满足所列指标中的一项即可). One figure below the 小型 bound already makes a 微型 enterprise, so that answer
 * needs no other figure. Figures the group does not list are ignored.
 */
export function classifyEnterpriseSize(industryCode: string, figures: SizeFigures): EnterpriseSizeResult {
  const resolution = sizeGroupOf(industryCode);
  if (resolution.kind !== 'group') return { size: null, group: null, reason: resolution.reason, missing: [] };
  const key = resolution.group;
  const group = SIZE_GROUPS[key];
  const listed = SIZE_INDICATORS.filter((indicator) => group.bounds[indicator]);

  const known: { indicator: SizeIndicator; value: number; bounds: SizeBounds; level: EnterpriseSize }[] = [];
  const missing: SizeIndicator[] = [];
  for (const indicator of listed) {
    const value = figures[indicator];
    if (value === undefined || value === null) {
      missing.push(indicator);
      continue;
    }
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`not a ${indicator} figure: ${value}`);
    const bounds = group.bounds[indicator]!;
    known.push({ indicator, value, bounds, level: levelOf(value, bounds) });
  }

  const header = listed.length === 1 ? `按“${group.name}”标准（只看${SIZE_INDICATOR_LABELS[listed[0]].name}）` : `按“${group.name}”标准`;
  const findings = known.map((item) => describe(item.indicator, item.value, item.bounds, item.level));
  const size = known.reduce<EnterpriseSize>(
    (lowest, item) => (ENTERPRISE_SIZES.indexOf(item.level) > ENTERPRISE_SIZES.indexOf(lowest) ? item.level : lowest),
    'large',
  );

  if (missing.length > 0 && size !== 'micro') {
    const needed = `还需要${missing.map((indicator) => SIZE_INDICATOR_LABELS[indicator].name).join('、')}才能判定企业规模`;
    const reason = findings.length > 0 ? `${header}：${findings.join('；')}。${needed}。` : `${header}，${needed}。`;
    return { size: null, group: key, reason, missing };
  }

  const levels = new Set(known.map((item) => item.level));
  let rule = '';
  if (listed.length > 1 && size === 'micro') rule = '只要一项指标低于小型下限即为微型企业，';
  else if (levels.size > 1) rule = '大型、中型和小型企业须同时达到各项指标的下限，';
  return { size, group: key, reason: `${header}：${findings.join('；')}。${rule}定为${SIZE_LABELS[size]}企业。` };
}
