/** What an uploaded file is for; each purpose has its own accepted types and size cap (MEDIA_RULES). */
export type MediaPurpose =
  | 'identity_proof'
  | 'power_of_attorney'
  | 'supplement'
  | 'policy_attachment'
  | 'image'
  | 'video'
  | 'audio'
  | 'captions'
  | 'poster'
  | 'message_image'
  /** 授权书 or 营业执照 proving a resident may act for an enterprise (企业绑定). */
  | 'enterprise_evidence';

export const MEDIA_PURPOSE_LABELS: Record<MediaPurpose, string> = {
  identity_proof: '身份证明',
  power_of_attorney: '授权委托书',
  supplement: '补正材料',
  policy_attachment: '文件附件',
  image: '图片',
  video: '视频',
  audio: '音频',
  captions: '字幕（WebVTT）',
  poster: '封面图',
  message_image: '留言图片',
  enterprise_evidence: '企业授权书或营业执照',
};

export interface MediaRule {
  /** MIME types as sniffed from the content, never as declared by the client. */
  mimes: readonly string[];
  maxBytes: number;
  /** For people: "JPG、PNG 图片或 PDF，不超过 10 MB". */
  description: string;
  /** Uploaded by staff for content they publish; residents cannot use these purposes. */
  staffOnly?: boolean;
}

const MB = 1024 * 1024;

const DOCUMENT_SCAN: MediaRule = {
  mimes: ['image/jpeg', 'image/png', 'application/pdf'],
  maxBytes: 10 * 1024 * 1024,
  description: 'JPG、PNG 图片或 PDF 文件，不超过 10 MB',
};

export const MEDIA_RULES: Record<MediaPurpose, MediaRule> = {
  identity_proof: DOCUMENT_SCAN,
  power_of_attorney: DOCUMENT_SCAN,
  supplement: DOCUMENT_SCAN,
  policy_attachment: {
    mimes: [
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/x-cfb',
      'application/zip',
    ],
    maxBytes: 50 * MB,
    description: 'PDF、Word（.docx/.doc）、Excel（.xlsx/.xls）或 ZIP 文件，不超过 50 MB',
    staffOnly: true,
  },
  image: { mimes: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'], maxBytes: 20 * MB, description: 'JPG、PNG、GIF 或 WebP 图片，不超过 20 MB', staffOnly: true },
  video: { mimes: ['video/mp4', 'video/webm'], maxBytes: 500 * MB, description: 'MP4 或 WebM 视频，不超过 500 MB', staffOnly: true },
  audio: { mimes: ['audio/mpeg', 'audio/mp4', 'audio/x-m4a', 'audio/aac', 'audio/ogg'], maxBytes: 100 * MB, description: 'MP3、M4A、AAC 或 OGG 音频，不超过 100 MB', staffOnly: true },
  captions: { mimes: ['text/vtt'], maxBytes: 1 * MB, description: 'WebVTT 字幕文件（.vtt，UTF-8），不超过 1 MB', staffOnly: true },
  poster: { mimes: ['image/jpeg', 'image/png', 'image/webp'], maxBytes: 5 * MB, description: 'JPG、PNG 或 WebP 图片，不超过 5 MB', staffOnly: true },
  message_image: { mimes: ['image/jpeg', 'image/png', 'image/webp'], maxBytes: 5 * MB, description: 'JPG、PNG 或 WebP 图片，不超过 5 MB' },
  enterprise_evidence: DOCUMENT_SCAN,
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
