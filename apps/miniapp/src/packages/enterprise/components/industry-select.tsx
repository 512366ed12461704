import { Text, View } from '@tarojs/components';
import { IndustrySectionOption } from '@govopen/contracts';
import { useState } from 'react';

interface IndustrySelectProps {
  industries: IndustrySectionOption[];
  /** A 门类 letter ('C') or letter and 大类 ('C34'); empty when none is chosen. */
  value: string;
  onChange: (code: string) => void;
}

/** The name of a stored or typed code: 'C34' → 制造业 · 通用设备制造业. */
export function industryLabel(industries: IndustrySectionOption[], code: string): string | null {
  const section = industries.find((item) => item.code === code.slice(0, 1));
  if (!section) return null;
  const division = section.divisions.find((item) => item.code === code.slice(1));
  return division ? `${section.name} · ${division.name}` : section.name;
}

/**
 * GB/T 4754-2017 in two steps, 门类 then 大类, as lists in the page (a native picker of 97 names is hard to read and
 * cannot be reached by keyboard on H5).
 */
export function IndustrySelect({ industries, value, onChange }: IndustrySelectProps) {
  const [open, setOpen] = useState(false);
  const [section, setSection] = useState<IndustrySectionOption | null>(null);
  const close = () => {
    setOpen(false);
    setSection(null);
  };

  return (
    <View className="industry-select">
      {/* The name starts with what the field is and contains what is shown (WCAG 2.5.3). */}
      <View className="picker-value" role="button" aria-label={`行业：${industryLabel(industries, value) ?? '请选择门类和大类'}`} aria-expanded={open} onClick={() => (open ? close() : setOpen(true))}>
        {industryLabel(industries, value) ?? '请选择门类和大类'}
        <Text aria-hidden="true"> ›</Text>
      </View>
      {open && !section && (
        <View className="option-list" role="group" aria-label="行业门类">
          <Text className="option-list-title">选择门类</Text>
          {industries.map((item) => (
            <View key={item.code} className="option" role="button" onClick={() => setSection(item)}>
              {item.code} {item.name}
            </View>
          ))}
        </View>
      )}
      {open && section && (
        <View className="option-list" role="group" aria-label="行业大类">
          <Text className="option-list-title">
            {section.code} {section.name}：选择大类
          </Text>
          <View className="option back" role="button" onClick={() => setSection(null)}>
            ‹ 重新选择门类
          </View>
          <View
            className="option"
            role="button"
            onClick={() => {
              onChange(section.code);
              close();
            }}
          >
            不细分，只选“{section.name}”
          </View>
          {section.divisions.map((division) => (
            <View
              key={division.code}
              className="option"
              role="button"
              onClick={() => {
                onChange(`${section.code}${division.code}`);
                close();
              }}
            >
              {division.code} {division.name}
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
