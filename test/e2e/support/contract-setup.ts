import fs from 'node:fs';
import path from 'node:path';
import { CONTRACT_VIOLATIONS_FILE } from './contract-violations';

/** Each run starts with no recorded violations. */
export default function contractSetup(): void {
  fs.mkdirSync(path.dirname(CONTRACT_VIOLATIONS_FILE), { recursive: true });
  fs.rmSync(CONTRACT_VIOLATIONS_FILE, { force: true });
}
