/** Media links from the API are paths (/api/media/…); the weapp build needs the full https address of the API. */
export function mediaUrl(path: string | null | undefined): string {
  if (!path) return '';
  if (/^https?:\/\//.test(path)) return path;
  return `${API_BASE.replace(/\/api$/, '')}${path}`;
}

/** Makes the image links inside a rich-text body absolute, for the same reason. */
export function withAbsoluteMedia(html: string): string {
  return html.replace(/src="(\/api\/media\/[^"]+)"/g, (_match, path: string) => `src="${mediaUrl(path)}"`);
}
