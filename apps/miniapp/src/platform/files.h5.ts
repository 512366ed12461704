import { ApiRequestError, MEDIA_RULES, MediaFileView, MediaPurpose } from '@govopen/contracts';
import { ensureSignedIn } from '../services/session';

function chooseFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.appendChild(input);
    input.click();
  });
}

export async function pickAndUpload(purpose: MediaPurpose): Promise<MediaFileView | null> {
  const file = await chooseFile(MEDIA_RULES[purpose].mimes.join(','));
  if (!file) return null;
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await fetch(`${API_BASE}/media?purpose=${purpose}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await ensureSignedIn()}` },
    body: form,
  });
  const body = await response.json();
  if (response.status !== 201) throw new ApiRequestError(response.status, body);
  return body as MediaFileView;
}

export async function openAttachment(requestId: number, file: MediaFileView): Promise<void> {
  const response = await fetch(`${API_BASE}/disclosure-requests/${requestId}/attachments/${file.id}`, {
    headers: { authorization: `Bearer ${await ensureSignedIn()}` },
  });
  if (!response.ok) throw new Error('附件下载失败');
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function openPublicFile(url: string): Promise<void> {
  window.open(url, '_blank', 'noopener');
}
