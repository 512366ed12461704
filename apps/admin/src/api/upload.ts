import { ApiErrorBody, MediaFileView, MediaPurpose } from '@govopen/contracts';
import { tokenStore } from './client';

/** Uploads one file for a staff purpose; the API sniffs the type and answers a Chinese reason when it refuses. */
export async function uploadMedia(purpose: MediaPurpose, file: File): Promise<MediaFileView> {
  const form = new FormData();
  form.append('file', file, file.name);
  const token = tokenStore.get();
  const response = await fetch(`/api/admin/media?purpose=${purpose}`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body: form });
  const body = (await response.json().catch(() => ({}))) as MediaFileView & Partial<ApiErrorBody>;
  if (!response.ok) throw new Error(body.message ?? `上传失败（${response.status}）`);
  return body;
}
