/** A year: content-hashed names change whenever their content does, so a browser never needs to ask again. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** May be stored, but asked about (ETag) before each use: the page that names this build's hashed files. */
export const REVALIDATE = 'no-cache';

/**
 * The Cache-Control of a front-end build file, by its path inside the build folder (as served: a `.br`/`.gz` copy
 * counts as its original). Only the folders whose every file name carries a content hash (`hashedDirs`: Vite's
 * `assets/`, Taro's `js/` and `css/`) are cached for a year; HTML and the files whose names stay the same from build
 * to build (favicon, tab icons) are revalidated.
 */
export function staticCacheControl(relativePath: string, hashedDirs: readonly string[]): string {
  const file = relativePath.split('\\').join('/').replace(/\.(br|gz)$/, '');
  if (file.endsWith('.html')) return REVALIDATE;
  return hashedDirs.some((dir) => file.startsWith(`${dir}/`)) ? IMMUTABLE : REVALIDATE;
}
