// `node config/scripts/precompress.mjs <dir>…`: writes <file>.br and <file>.gz beside each text file of a front-end
// build, once at build time, so the API serves them as they are (@fastify/static preCompressed) instead of
// compressing on every request or sending them raw. Run by the admin and H5 builds.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.xml', '.map', '.wasm']);
// Below this a compressed copy saves less than a TCP packet and costs the server a second file lookup.
const MIN_BYTES = 1024;

function* filesOf(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesOf(file);
    else yield file;
  }
}

export function precompress(dir) {
  const totals = { files: 0, raw: 0, br: 0, gz: 0 };
  for (const file of filesOf(dir)) {
    if (!COMPRESSIBLE.has(path.extname(file))) continue;
    const body = fs.readFileSync(file);
    if (body.length < MIN_BYTES) continue;
    const br = zlib.brotliCompressSync(body, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
    const gz = zlib.gzipSync(body, { level: zlib.constants.Z_BEST_COMPRESSION });
    // A copy no smaller than the file would only cost the visitor a decode.
    if (br.length < body.length) fs.writeFileSync(`${file}.br`, br);
    if (gz.length < body.length) fs.writeFileSync(`${file}.gz`, gz);
    totals.files += 1;
    totals.raw += body.length;
    totals.br += Math.min(br.length, body.length);
    totals.gz += Math.min(gz.length, body.length);
  }
  return totals;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const dir of process.argv.slice(2)) {
    const { files, raw, br, gz } = precompress(path.resolve(dir));
    const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
    console.log(`[precompress] ${dir}: ${files} files, ${kb(raw)} → br ${kb(br)}, gzip ${kb(gz)}`);
  }
}
