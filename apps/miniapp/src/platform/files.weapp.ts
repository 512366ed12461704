import Taro from '@tarojs/taro';
import { ApiRequestError, MediaFileView, MediaPurpose } from '@govopen/contracts';
import { ensureSignedIn } from '../services/session';

async function choosePath(): Promise<{ path: string; name: string } | null> {
  // Photos come from the camera or album; a PDF can only come from a chat (WeChat has no file browser).
  const { tapIndex } = await Taro.showActionSheet({ itemList: ['拍照或从相册选择图片', '从聊天记录选择 PDF 或图片'] });
  if (tapIndex === 0) {
    const { tempFiles } = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sizeType: ['compressed'] });
    const path = tempFiles[0]?.tempFilePath;
    return path ? { path, name: path.split('/').pop() ?? 'image.jpg' } : null;
  }
  const { tempFiles } = await Taro.chooseMessageFile({ count: 1, type: 'all', extension: ['jpg', 'jpeg', 'png', 'pdf'] });
  return tempFiles[0] ? { path: tempFiles[0].path, name: tempFiles[0].name } : null;
}

export async function pickAndUpload(purpose: MediaPurpose): Promise<MediaFileView | null> {
  let chosen: { path: string; name: string } | null;
  try {
    chosen = await choosePath();
  } catch {
    return null; // cancelled
  }
  if (!chosen) return null;
  const response = await Taro.uploadFile({
    url: `${API_BASE}/media?purpose=${purpose}`,
    filePath: chosen.path,
    name: 'file',
    header: { authorization: `Bearer ${await ensureSignedIn()}` },
  });
  const body = JSON.parse(response.data);
  if (response.statusCode !== 201) throw new ApiRequestError(response.statusCode, body);
  return body as MediaFileView;
}

export async function openAttachment(requestId: number, file: MediaFileView): Promise<void> {
  const { tempFilePath, statusCode } = await Taro.downloadFile({
    url: `${API_BASE}/disclosure-requests/${requestId}/attachments/${file.id}`,
    header: { authorization: `Bearer ${await ensureSignedIn()}` },
  });
  if (statusCode !== 200) throw new Error('附件下载失败');
  if (file.mime.startsWith('image/')) await Taro.previewImage({ urls: [tempFilePath] });
  else await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf', showMenu: true });
}

export async function openPublicFile(url: string, name: string): Promise<void> {
  try {
    const { tempFilePath } = await Taro.downloadFile({ url });
    await Taro.openDocument({ filePath: tempFilePath, showMenu: true });
  } catch {
    Taro.showToast({ title: `“${name}”打开失败，请稍后再试`, icon: 'none' });
  }
}
