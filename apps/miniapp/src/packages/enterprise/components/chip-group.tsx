import { View } from '@tarojs/components';

interface ChipGroupProps<T extends string> {
  /** Names the group for screen readers ("所在区（市）"). */
  label: string;
  options: { value: T; label: string }[];
  selected: T[];
  onToggle: (value: T) => void;
  /** One choice (radio) or several (checkbox). */
  multiple?: boolean;
}

/** Choices shown at once and chosen with one tap: fewer steps than a picker, and each is a labelled control. */
export function ChipGroup<T extends string>({ label, options, selected, onToggle, multiple = false }: ChipGroupProps<T>) {
  return (
    <View className="chip-group" role={multiple ? 'group' : 'radiogroup'} aria-label={label}>
      {options.map((option) => {
        const on = selected.includes(option.value);
        return (
          <View
            key={option.value}
            className={`chip ${on ? 'on' : ''}`}
            role={multiple ? 'checkbox' : 'radio'}
            aria-checked={on}
            onClick={() => onToggle(option.value)}
          >
            {option.label}
          </View>
        );
      })}
    </View>
  );
}
