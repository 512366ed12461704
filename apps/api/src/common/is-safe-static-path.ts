// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/**
 * Whether a request path (as sent, before decoding) may be looked up under a front end's build folder: it must
 * decode, and once decoded climb nowhere ("..", "." segments, backslashes, which Windows-minded tools read as
 * separators) and carry no NUL or control character. Checked on the decoded path because that is what the file
 * server opens: "%2e%2e%2f" is "../" to it.
 */
export function isSafeStaticPath(urlPath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return false;
  }
  if (decoded.includes('\\') || CONTROL_CHARACTERS.test(decoded)) return false;
  return decoded.split('/').every((segment) => segment !== '..' && segment !== '.');
}
