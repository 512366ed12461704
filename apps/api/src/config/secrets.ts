import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The server's secrets. None has a built-in value: development and test generate them on first start and keep them
 * in a file of the data directory (mode 0600); production takes them from the environment and refuses a short,
 * low-entropy or once-published one. Each secret has one job, so one leaked key does not open the others.
 */
export interface Secrets {
  /** Signs staff and resident tokens (HS256). */
  jwtSecret: string;
  /** Signs time-limited media links; separate so a leaked link key cannot mint tokens. */
  mediaSigningKey: Buffer;
  /** Keyed fingerprints of ID numbers and credit codes (重复申请, Art. 35 counts). Never rotated: it links rows. */
  fingerprintKey: Buffer;
  /** AES-256-GCM keys for personal data by key id; `activeKeyId` encrypts, the others only decrypt. */
  dataKeys: Map<string, Buffer>;
  activeKeyId: string;
  /** Where generated secrets were kept, or null when all came from the environment. */
  generatedFile: string | null;
  /** True when this start created the file (logged once, never the values). */
  created: boolean;
}

export class SecretError extends Error {
  constructor(
    readonly setting: string,
    problem: string,
  ) {
    super(problem);
  }
}

/**
 * SHA-256 of every secret value that was ever in the repository (the old development defaults and the test keys):
 * production refuses them. Hashes, so the list does not publish them again.
 */
const PUBLISHED_SHA256 = new Set([
  // 'govopen-development-secret-not-for-production-use' (the JWT secret built in until 2026-12)
  '3a07e97216ec3698bf2461eb698731fd598a46be5472ec1156cff97f9dfc7bbe',
]);

export function sha256Hex(value: string | Buffer): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Once-published keys of the tests and old defaults: every 32-byte key of one repeated byte is one of them. */
function isPublished(raw: string, bytes: Buffer): boolean {
  if (PUBLISHED_SHA256.has(sha256Hex(raw)) || PUBLISHED_SHA256.has(sha256Hex(bytes))) return true;
  return bytes.length > 0 && bytes.every((byte) => byte === bytes[0]);
}

/** A crude entropy floor: enough distinct symbols that the value was not typed by hand or repeated. */
function lowEntropy(bytes: Buffer): boolean {
  return new Set(bytes).size < Math.min(16, Math.floor(bytes.length / 2));
}

function checkText(setting: string, raw: string, production: boolean): string {
  if (raw.length < 32) throw new SecretError(setting, '不少于 32 个字符（openssl rand -base64 48）');
  if (production && (isPublished(raw, Buffer.from(raw, 'utf8')) || lowEntropy(Buffer.from(raw, 'utf8')))) {
    throw new SecretError(setting, '生产环境不得使用公开过的或过于简单的密钥，请重新生成（openssl rand -base64 48）');
  }
  return raw;
}

function checkKey(setting: string, raw: string, production: boolean): Buffer {
  const bytes = Buffer.from(raw.trim(), 'base64');
  if (bytes.length !== 32) throw new SecretError(setting, '应为 base64 编码的 32 字节密钥（openssl rand -base64 32）');
  if (production && (isPublished(raw.trim(), bytes) || lowEntropy(bytes))) {
    throw new SecretError(setting, '生产环境不得使用公开过的或过于简单的密钥，请重新生成（openssl rand -base64 32）');
  }
  return bytes;
}

/**
 * DATA_ENCRYPTION_KEYS="2:<base64>,1:<base64>": the first is the active key, the rest decrypt older rows until the
 * background re-encryption has moved them. DATA_ENCRYPTION_KEY=<base64> is the one-key form (key id 1).
 */
function parseDataKeys(env: NodeJS.ProcessEnv, production: boolean): { keys: Map<string, Buffer>; active: string } | null {
  if (env.DATA_ENCRYPTION_KEYS) {
    const keys = new Map<string, Buffer>();
    let active: string | null = null;
    for (const entry of env.DATA_ENCRYPTION_KEYS.split(',').map((part) => part.trim()).filter(Boolean)) {
      const match = /^([A-Za-z0-9]{1,8}):(.+)$/.exec(entry);
      if (!match) throw new SecretError('DATA_ENCRYPTION_KEYS', '格式应为 “编号:base64密钥,编号:base64密钥”，第一个为当前密钥');
      if (keys.has(match[1])) throw new SecretError('DATA_ENCRYPTION_KEYS', `密钥编号 ${match[1]} 重复`);
      keys.set(match[1], checkKey('DATA_ENCRYPTION_KEYS', match[2], production));
      active ??= match[1];
    }
    if (!active) throw new SecretError('DATA_ENCRYPTION_KEYS', '至少需要一个密钥');
    return { keys, active };
  }
  if (env.DATA_ENCRYPTION_KEY) return { keys: new Map([['1', checkKey('DATA_ENCRYPTION_KEY', env.DATA_ENCRYPTION_KEY, production)]]), active: '1' };
  return null;
}

interface StoredSecrets {
  jwtSecret: string;
  mediaSigningKey: string;
  fingerprintKey: string;
  dataKeys: { id: string; key: string }[];
}

function generate(): StoredSecrets {
  return {
    jwtSecret: randomBytes(48).toString('base64'),
    mediaSigningKey: randomBytes(32).toString('base64'),
    fingerprintKey: randomBytes(32).toString('base64'),
    dataKeys: [{ id: '1', key: randomBytes(32).toString('base64') }],
  };
}

/**
 * Reads the generated secrets, or creates them: written to a temporary file and linked into place, so two servers
 * starting at once on one data directory agree on one set (the second link fails and that server reads the first).
 */
function readOrCreate(file: string): { stored: StoredSecrets; created: boolean } {
  if (fs.existsSync(file)) return { stored: JSON.parse(fs.readFileSync(file, 'utf8')) as StoredSecrets, created: false };
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  fs.writeFileSync(temporary, `${JSON.stringify(generate(), null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  try {
    fs.linkSync(temporary, file);
    return { stored: JSON.parse(fs.readFileSync(file, 'utf8')) as StoredSecrets, created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { stored: JSON.parse(fs.readFileSync(file, 'utf8')) as StoredSecrets, created: false };
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/** Secrets from the environment where set; in development and test the rest from (or into) `file`. */
export function resolveSecrets(env: NodeJS.ProcessEnv, production: boolean, file: string): Secrets {
  const fromEnv = {
    jwtSecret: env.JWT_SECRET ? checkText('JWT_SECRET', env.JWT_SECRET, production) : null,
    mediaSigningKey: env.MEDIA_SIGNING_KEY ? checkKey('MEDIA_SIGNING_KEY', env.MEDIA_SIGNING_KEY, production) : null,
    fingerprintKey: env.FINGERPRINT_KEY ? checkKey('FINGERPRINT_KEY', env.FINGERPRINT_KEY, production) : null,
    dataKeys: parseDataKeys(env, production),
  };
  if (production) {
    // Several instances must share one set, and a generated file would hide that one was forgotten.
    const missing = (['JWT_SECRET', 'DATA_ENCRYPTION_KEY', 'FINGERPRINT_KEY', 'MEDIA_SIGNING_KEY'] as const).find(
      (setting) =>
        (setting === 'JWT_SECRET' && !fromEnv.jwtSecret) ||
        (setting === 'DATA_ENCRYPTION_KEY' && !fromEnv.dataKeys) ||
        (setting === 'FINGERPRINT_KEY' && !fromEnv.fingerprintKey) ||
        (setting === 'MEDIA_SIGNING_KEY' && !fromEnv.mediaSigningKey),
    );
    if (missing) throw new SecretError(missing, '生产环境必须设置（见 config/.env.example 中的生成命令）');
  }
  const needsFile = !fromEnv.jwtSecret || !fromEnv.mediaSigningKey || !fromEnv.fingerprintKey || !fromEnv.dataKeys;
  const { stored, created } = needsFile ? readOrCreate(file) : { stored: null, created: false };
  const storedKeys = stored ? new Map(stored.dataKeys.map(({ id, key }) => [id, Buffer.from(key, 'base64')])) : null;
  return {
    jwtSecret: fromEnv.jwtSecret ?? stored!.jwtSecret,
    mediaSigningKey: fromEnv.mediaSigningKey ?? Buffer.from(stored!.mediaSigningKey, 'base64'),
    fingerprintKey: fromEnv.fingerprintKey ?? Buffer.from(stored!.fingerprintKey, 'base64'),
    dataKeys: fromEnv.dataKeys?.keys ?? storedKeys!,
    activeKeyId: fromEnv.dataKeys?.active ?? stored!.dataKeys[0].id,
    generatedFile: needsFile ? file : null,
    created,
  };
}
