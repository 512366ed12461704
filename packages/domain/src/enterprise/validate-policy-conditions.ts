import { ENTERPRISE_SIZES, isEnterpriseSize, SIZE_LABELS } from './enterprise-size';
import { isIndustryCode } from './is-industry-code';
import { PolicyConditionKind } from './policy-conditions';
import { isQualificationKind, QUALIFICATION_KINDS, QUALIFICATION_LABELS } from './qualification';

/** A field path as the API reports it ('conditions.of[1].codes[0]') and a Chinese message naming the field. */
export interface PolicyConditionsError {
  field: string;
  message: string;
}

/** Deep enough for "all of (any of (…))" several times over; a deeper tree is a mistake, not a policy. */
export const MAX_CONDITION_DEPTH = 8;
const MAX_TEXT_LENGTH = 500;
const MAX_DISTRICT_LENGTH = 50;
const MAX_FOUNDED_YEARS = 100;
const FIRST_YEAR = 1980;
const LAST_YEAR = 2100;

const FIELDS: Record<PolicyConditionKind, string[]> = {
  all: ['of'],
  any: ['of'],
  industry: ['codes'],
  size: ['sizes'],
  district: ['districts'],
  qualification: ['qualifications', 'obtainedFromYear', 'obtainedToYear'],
  founded: ['foundedYearsAtLeast', 'foundedYearsAtMost'],
  text: ['text'],
};

const GROUP_NAMES = { all: '“全部满足”条件组', any: '“满足其一”条件组' };

function isKind(value: unknown): value is PolicyConditionKind {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(FIELDS, value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWholeNumber(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** The items of a list field that must have at least one, or an error naming it. */
function list(node: Record<string, unknown>, key: string, path: string, name: string, errors: PolicyConditionsError[]): unknown[] {
  const value = node[key];
  if (!Array.isArray(value) || value.length === 0) {
    errors.push({ field: `${path}.${key}`, message: `${name}至少要有一项` });
    return [];
  }
  return value;
}

function check(input: unknown, path: string, depth: number, errors: PolicyConditionsError[]): void {
  if (!isObject(input)) {
    errors.push({ field: path, message: '适用条件格式不正确，应为一个条件' });
    return;
  }
  if (!isKind(input.kind)) {
    const kinds = Object.keys(FIELDS).join('、');
    errors.push({ field: `${path}.kind`, message: `适用条件类型“${String(input.kind ?? '')}”不支持，应为 ${kinds} 之一` });
    return;
  }
  const kind = input.kind;
  for (const key of Object.keys(input)) {
    if (key !== 'kind' && !FIELDS[kind].includes(key)) errors.push({ field: `${path}.${key}`, message: `不支持的字段：${path}.${key}` });
  }

  switch (kind) {
    case 'all':
    case 'any': {
      if (depth >= MAX_CONDITION_DEPTH) {
        errors.push({ field: path, message: `适用条件嵌套过深，最多 ${MAX_CONDITION_DEPTH} 层` });
        return;
      }
      list(input, 'of', path, GROUP_NAMES[kind], errors).forEach((child, index) => check(child, `${path}.of[${index}]`, depth + 1, errors));
      return;
    }
    case 'industry':
      list(input, 'codes', path, '适用行业', errors).forEach((code, index) => {
        if (!isIndustryCode(code)) {
          errors.push({ field: `${path}.codes[${index}]`, message: `适用行业代码“${String(code)}”不是 GB/T 4754-2017 的门类（A–T）或大类（01–97）` });
        }
      });
      return;
    case 'size':
      list(input, 'sizes', path, '适用企业规模', errors).forEach((size, index) => {
        if (!isEnterpriseSize(size)) {
          const sizes = ENTERPRISE_SIZES.map((known) => `${known}（${SIZE_LABELS[known]}）`).join('、');
          errors.push({ field: `${path}.sizes[${index}]`, message: `未知的企业规模“${String(size)}”，应为 ${sizes} 之一` });
        }
      });
      return;
    case 'district':
      list(input, 'districts', path, '适用区县', errors).forEach((district, index) => {
        const field = `${path}.districts[${index}]`;
        if (typeof district !== 'string' || !district.trim()) errors.push({ field, message: '适用区县不能为空' });
        else if (district.length > MAX_DISTRICT_LENGTH) errors.push({ field, message: `适用区县“${district.slice(0, 10)}…”过长，最多 ${MAX_DISTRICT_LENGTH} 字` });
      });
      return;
    case 'qualification': {
      list(input, 'qualifications', path, '适用企业资质', errors).forEach((kind, index) => {
        if (!isQualificationKind(kind)) {
          const kinds = QUALIFICATION_KINDS.map((known) => `${known}（${QUALIFICATION_LABELS[known]}）`).join('、');
          errors.push({ field: `${path}.qualifications[${index}]`, message: `未知的企业资质“${String(kind)}”，应为 ${kinds} 之一` });
        }
      });
      const { obtainedFromYear: from, obtainedToYear: to } = input;
      const years = `应为 ${FIRST_YEAR}–${LAST_YEAR} 之间的整数年份`;
      if (from !== undefined && !isWholeNumber(from, FIRST_YEAR, LAST_YEAR)) errors.push({ field: `${path}.obtainedFromYear`, message: `资质认定起始年份${years}` });
      if (to !== undefined && !isWholeNumber(to, FIRST_YEAR, LAST_YEAR)) errors.push({ field: `${path}.obtainedToYear`, message: `资质认定截止年份${years}` });
      if (typeof from === 'number' && typeof to === 'number' && from > to) {
        errors.push({ field: `${path}.obtainedFromYear`, message: '资质认定起始年份不能晚于截止年份' });
      }
      return;
    }
    case 'founded': {
      const { foundedYearsAtLeast: least, foundedYearsAtMost: most } = input;
      const years = `应为 0–${MAX_FOUNDED_YEARS} 之间的整数`;
      if (least === undefined && most === undefined) {
        errors.push({ field: path, message: '成立年限条件至少要填“成立满几年”或“成立不超过几年”之一' });
      }
      if (least !== undefined && !isWholeNumber(least, 0, MAX_FOUNDED_YEARS)) errors.push({ field: `${path}.foundedYearsAtLeast`, message: `成立满几年${years}` });
      if (most !== undefined && !isWholeNumber(most, 0, MAX_FOUNDED_YEARS)) errors.push({ field: `${path}.foundedYearsAtMost`, message: `成立不超过几年${years}` });
      if (typeof least === 'number' && typeof most === 'number' && least > most) {
        errors.push({ field: `${path}.foundedYearsAtLeast`, message: '“成立满几年”不能大于“成立不超过几年”' });
      }
      return;
    }
    case 'text': {
      const text = input.text;
      if (typeof text !== 'string' || !text.trim()) errors.push({ field: `${path}.text`, message: '需要人工核实的条件不能为空' });
      else if (text.length > MAX_TEXT_LENGTH) errors.push({ field: `${path}.text`, message: `需要人工核实的条件过长，最多 ${MAX_TEXT_LENGTH} 字` });
      return;
    }
  }
}

/**
 * Every problem of a policy's conditions as sent to the API, each with its field path and a Chinese message naming
 * the field (an unknown industry code, an unknown size…); none when the input is a valid PolicyConditions.
 */
export function validatePolicyConditions(input: unknown, field = 'conditions'): PolicyConditionsError[] {
  const errors: PolicyConditionsError[] = [];
  check(input, field, 1, errors);
  return errors;
}
