import { Text, View } from '@tarojs/components';
import { PropsWithChildren } from 'react';
import './form-field.scss';

interface FormFieldProps {
  label: string;
  required?: boolean;
  error?: string | null;
  hint?: string;
}

export function FormField({ label, required, error, hint, children }: PropsWithChildren<FormFieldProps>) {
  return (
    <View className={`form-field ${error ? 'has-error' : ''}`}>
      <View className="form-field-row">
        <Text className="form-field-label">
          {required && <Text className="form-field-required">*</Text>}
          {label}
        </Text>
        <View className="form-field-control">{children}</View>
      </View>
      {error ? <Text className="form-field-error">{error}</Text> : hint ? <Text className="form-field-hint">{hint}</Text> : null}
    </View>
  );
}
