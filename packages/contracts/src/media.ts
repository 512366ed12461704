/** What an uploaded file is for; each purpose has its own accepted types and size cap (MEDIA_RULES). */
export type MediaPurpose = 'identity_proof' | 'power_of_attorney' | 'supplement';

export const MEDIA_PURPOSE_LABELS: Record<MediaPurpose, string> = {
  identity_proof: '身份证明',
  power_of_attorney: '授权委托书',
  supplement: '补正材料',
};

export interface MediaRule {
  /** MIME types as sniffed from the content, never as declared by the client. */
  mimes: readonly string[];
  maxBytes: number;
  /** For people: "JPG、PNG 图片或 PDF，不超过 10 MB". */
  description: string;
}

const DOCUMENT_SCAN: MediaRule = {
  mimes: ['image/jpeg', 'image/png', 'application/pdf'],
  maxBytes: 10 * 1024 * 1024,
  description: 'JPG、PNG 图片或 PDF 文件，不超过 10 MB',
};

export const MEDIA_RULES: Record<MediaPurpose, MediaRule> = {
  identity_proof: DOCUMENT_SCAN,
  power_of_attorney: DOCUMENT_SCAN,
  supplement: DOCUMENT_SCAN,
};

/** The most files one application or supplement carries. */
export const MAX_ATTACHMENTS = 10;

export interface MediaFileView {
  id: number;
  name: string;
  mime: string;
  size: number;
  purpose: MediaPurpose;
  purposeLabel: string;
}
