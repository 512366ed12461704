import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { MEDIA_RULES, MediaFileView, MediaPurpose } from '@govopen/contracts';
import { useState } from 'react';
import { pickAndUpload } from '../platform/files';
import { errorMessage } from '../services/api';
import { ensureSignedIn } from '../services/session';
import './attachment-picker.scss';

interface AttachmentPickerProps {
  purpose: MediaPurpose;
  label: string;
  hint: string;
  files: MediaFileView[];
  onChange: (files: MediaFileView[]) => void;
  max?: number;
}

/** Upload as soon as chosen (a slow network shows here, not at submit); the form keeps only the file ids. */
export function AttachmentPicker({ purpose, label, hint, files, onChange, max = 3 }: AttachmentPickerProps) {
  const [uploading, setUploading] = useState(false);
  const mine = files.filter((file) => file.purpose === purpose);

  const add = async () => {
    setUploading(true);
    try {
      await ensureSignedIn();
      const uploaded = await pickAndUpload(purpose);
      if (uploaded) onChange([...files, uploaded]);
    } catch (caught) {
      Taro.showToast({ title: errorMessage(caught), icon: 'none', duration: 3500 });
    } finally {
      setUploading(false);
    }
  };

  return (
    <View className="attachment-picker" data-testid={`attachments-${purpose}`}>
      <Text className="attachment-label">{label}</Text>
      <Text className="attachment-hint">
        {hint}（{MEDIA_RULES[purpose].description}）
      </Text>
      {mine.map((file) => (
        <View key={file.id} className="attachment-file">
          <Text className="attachment-icon">{file.mime === 'application/pdf' ? 'PDF' : '图'}</Text>
          <Text className="attachment-name">{file.name}</Text>
          <Text className="attachment-size">{formatSize(file.size)}</Text>
          <Text className="attachment-remove" onClick={() => onChange(files.filter((other) => other.id !== file.id))} aria-label={`移除${file.name}`}>
            ×
          </Text>
        </View>
      ))}
      {mine.length < max && (
        <View className={`attachment-add ${uploading ? 'busy' : ''}`} onClick={uploading ? undefined : add} role="button" aria-label={`上传${label}`}>
          {uploading ? '正在上传…' : `+ 上传${label}`}
        </View>
      )}
    </View>
  );
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
