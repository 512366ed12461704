// `pnpm bench`: build the API and the front ends, then run every benchmark under test/bench (*.bench.mjs). They print numbers only.
import fs from 'node:fs';
import path from 'node:path';
import { build, install, ROOT, run } from './common.mjs';

if (process.env.GOVOPEN_SKIP_INSTALL !== '1') install();
build();
const dir = path.join(ROOT, 'test/bench');
for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.bench.mjs')).sort()) {
  console.log(`\n== ${file} ==`);
  run(process.execPath, [path.join(dir, file)], { cwd: path.join(ROOT, 'test') });
}
