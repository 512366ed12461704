import { MediaFileView, MediaPurpose } from '@govopen/contracts';

/** Lets the person pick one image or PDF and uploads it (POST /api/media); null when they cancel. */
export function pickAndUpload(purpose: MediaPurpose): Promise<MediaFileView | null>;

/** Opens an attachment of the person's own request (downloaded with their token). */
export function openAttachment(requestId: number, file: MediaFileView): Promise<void>;

/** Opens a public file (a policy's attachment) from its address. */
export function openPublicFile(url: string, name: string): Promise<void>;
