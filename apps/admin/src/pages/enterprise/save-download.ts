import { tokenStore } from '../../api/client';

/** Fetches a file the API serves only to signed-in staff (the read is audited there) and hands it to the browser. */
export async function saveDownload(url: string, fileName: string): Promise<string | null> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${tokenStore.get()}` } });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    return body.message ?? '下载失败，请稍后重试';
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
  return null;
}
