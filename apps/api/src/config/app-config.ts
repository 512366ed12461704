import path from 'node:path';
import { SUBSCRIBE_TEMPLATE_KINDS, SubscribeTemplateKind } from '@govopen/domain';
import { resolveSecrets, SecretError, Secrets } from './secrets';

export type DatabaseConfig =
  | { type: 'sqlite'; path: string }
  | { type: 'mysql'; url: string };

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: DatabaseConfig;
  /** JWT, media-link, fingerprint and personal-data keys: from the environment, or generated in the data directory. */
  secrets: Secrets;
  devLoginEnabled: boolean;
  /** pushToken: the 消息推送 token set in the WeChat console; it signs the verdicts of mediaCheckAsync. */
  wechat: WechatConfig;
  /** The notice dispatcher (outbox → WeChat subscribe messages). */
  delivery: DeliveryConfig;
  staticDirs: { h5: string | null; admin: string | null };
  /** Uploads land here first; files stay here unless an S3-compatible bucket is configured. */
  mediaDir: string;
  /** An S3-compatible bucket (MinIO, 腾讯云 COS, 阿里云 OSS) for media; null keeps files on local disk. */
  s3: S3Config | null;
  /** Trust X-Forwarded-For from a reverse proxy when recording where a request came from. */
  trustProxy: boolean;
  logRequests: boolean;
  migrateOnStart: boolean;
  /** How often each instance scans for deadline reminders; 0 turns the timer off (tests run the scan by hand). */
  reminderIntervalMs: number;
  /** Demo accounts with a published password: refused in production. */
  seedDemo: boolean;
  /** Demo policies and interpretations (with a demo video) on first start; needs SEED_DEMO. */
  seedDemoContent: boolean;
  /** Messages one resident may post per hour (网民留言 flood control). */
  messagePostsPerHour: number;
  /** Where WeChat can fetch an uploaded image for mediaCheckAsync; null when the API is not reachable from outside. */
  publicBaseUrl: string | null;
  /** Tests pin "today" (CLOCK_NOW); refused outside NODE_ENV=test so no deployment runs on a fake date. */
  fixedNow: Date | null;
  /** The OpenAPI document: public in development and tests; in production off, or (API_DOCS=on) for signed-in staff. */
  apiDocs: 'public' | 'staff' | 'off';
  /** Request limits per client address and per account; null only in tests that switch them off (RATE_LIMITS=off). */
  rateLimits: RateLimits | null;
  /** Tests only (CONTRACT_CHECK_FILE): every answer is checked against the OpenAPI document, misfits appended here. */
  contractCheckFile: string | null;
}

export interface WechatConfig {
  apiBase: string;
  appId: string;
  appSecret: string;
  pushToken: string | null;
  /** The subscribe-message template id of each notice kind (WECHAT_SUBSCRIBE_TEMPLATES); a kind left out stays in the app. */
  subscribeTemplates: Partial<Record<SubscribeTemplateKind, string>>;
  /** Which version of the mini-program a tapped message opens. */
  miniprogramState: 'developer' | 'trial' | 'formal';
}

export interface DeliveryConfig {
  /** How often each instance claims a batch; 0 turns the timer off (tests run it by hand). */
  intervalMs: number;
  batchSize: number;
  /** Sends in flight at once per instance. */
  concurrency: number;
  /** How long a claimed row may stay `sending` before another instance calls its outcome unknown. */
  leaseSeconds: number;
  /** Sends per second this instance allows itself, to stay under WeChat's rate instead of hitting it. */
  maxPerSecond: number;
}

export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/**
 * signIn, writes: per client address, counted in the database (all instances together). reads: per client address
 * and per instance (free on the read path). uploads, comments: per signed-in account, in the database.
 */
export interface RateLimits {
  signIn: RateLimit;
  reads: RateLimit;
  writes: RateLimit;
  uploads: RateLimit;
  comments: RateLimit;
}

const RATE_LIMIT_DEFAULTS: Record<keyof RateLimits, [string, string]> = {
  signIn: ['RATE_LIMIT_SIGN_IN', '30/600'],
  reads: ['RATE_LIMIT_READS', '240/60'],
  writes: ['RATE_LIMIT_WRITES', '120/600'],
  uploads: ['RATE_LIMIT_UPLOADS', '60/3600'],
  comments: ['RATE_LIMIT_COMMENTS', '30/3600'],
};

function parseRateLimits(env: NodeJS.ProcessEnv, nodeEnv: string): RateLimits | null {
  if (env.RATE_LIMITS === 'off') {
    if (nodeEnv !== 'test') throw new ConfigError('RATE_LIMITS', '仅测试环境（NODE_ENV=test）可以关闭访问频率限制');
    return null;
  }
  const limits = {} as RateLimits;
  for (const [name, [setting, fallback]] of Object.entries(RATE_LIMIT_DEFAULTS) as [keyof RateLimits, [string, string]][]) {
    const raw = env[setting] || fallback;
    const match = /^(\d{1,7})\/(\d{1,6})$/.exec(raw);
    if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) throw new ConfigError(setting, `应为“次数/秒数”，如 ${fallback}，实际为 "${raw}"`);
    limits[name] = { limit: Number(match[1]), windowSeconds: Number(match[2]) };
  }
  return limits;
}

export interface S3Config {
  endpoint: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** MinIO and most self-hosted stores need path-style addresses (endpoint/bucket/key). */
  forcePathStyle: boolean;
}

function parseS3(env: NodeJS.ProcessEnv): S3Config | null {
  const bucket = env.S3_BUCKET;
  if (!bucket) return null;
  const accessKeyId = env.S3_ACCESS_KEY_ID || '';
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY || '';
  if (!accessKeyId || !secretAccessKey) throw new ConfigError(accessKeyId ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID', '设置了 S3_BUCKET 时必须同时设置访问密钥');
  const endpoint = env.S3_ENDPOINT || undefined;
  if (endpoint && !/^https?:\/\/[^\s]+$/.test(endpoint)) throw new ConfigError('S3_ENDPOINT', '应为 http(s) 地址');
  return { endpoint, region: env.S3_REGION || 'us-east-1', bucket, accessKeyId, secretAccessKey, forcePathStyle: parseBoolean(env, 'S3_FORCE_PATH_STYLE', Boolean(endpoint)) };
}

/** One clear line that names the setting at fault; main.ts prints it and exits. */
export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    problem: string,
  ) {
    super(`配置错误 ${setting}: ${problem}`);
    this.name = 'ConfigError';
  }
}

const REPO_ROOT = path.resolve(__dirname, '../../../..');


function parseBoolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `应为 true 或 false，实际为 "${raw}"`);
}

function parseSubscribeTemplates(env: NodeJS.ProcessEnv): Partial<Record<SubscribeTemplateKind, string>> {
  const raw = env.WECHAT_SUBSCRIBE_TEMPLATES;
  if (!raw) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError('WECHAT_SUBSCRIBE_TEMPLATES', '应为 JSON，如 {"disclosure_progress":"模板ID"}');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new ConfigError('WECHAT_SUBSCRIBE_TEMPLATES', '应为 JSON 对象');
  const templates: Partial<Record<SubscribeTemplateKind, string>> = {};
  for (const [kind, id] of Object.entries(parsed)) {
    if (!(SUBSCRIBE_TEMPLATE_KINDS as readonly string[]).includes(kind)) {
      throw new ConfigError('WECHAT_SUBSCRIBE_TEMPLATES', `未知的通知类别 "${kind}"，应为 ${SUBSCRIBE_TEMPLATE_KINDS.join('、')}`);
    }
    if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new ConfigError('WECHAT_SUBSCRIBE_TEMPLATES', `"${kind}" 的模板 ID 无效`);
    templates[kind as SubscribeTemplateKind] = id;
  }
  return templates;
}

function parseMiniprogramState(env: NodeJS.ProcessEnv): WechatConfig['miniprogramState'] {
  const raw = env.WECHAT_MINIPROGRAM_STATE || 'formal';
  if (raw !== 'developer' && raw !== 'trial' && raw !== 'formal') throw new ConfigError('WECHAT_MINIPROGRAM_STATE', '应为 developer、trial 或 formal');
  return raw;
}

function parseCount(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) throw new ConfigError(name, `应为 1 到 ${max} 之间的整数`);
  return Number(raw);
}

function parseInterval(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `应为毫秒数（0 表示关闭），实际为 "${raw}"`);
  return Number(raw);
}

function parseDatabase(env: NodeJS.ProcessEnv): DatabaseConfig {
  const url = env.DATABASE_URL;
  if (!url) return { type: 'sqlite', path: path.join(REPO_ROOT, 'data', 'govopen.sqlite') };
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!file) throw new ConfigError('DATABASE_URL', 'sqlite: 后应给出数据库文件路径');
    return { type: 'sqlite', path: path.resolve(file) };
  }
  if (/^mysql:\/\/[^/]+\/[^/?]+/.test(url) || /^mariadb:\/\/[^/]+\/[^/?]+/.test(url)) {
    try {
      new URL(url);
    } catch {
      throw new ConfigError('DATABASE_URL', '不是有效的 URL');
    }
    return { type: 'mysql', url: url.replace(/^mariadb:/, 'mysql:') };
  }
  throw new ConfigError('DATABASE_URL', '应为 mysql://用户:密码@主机:端口/库名 或 sqlite:文件路径');
}

function parseStaticDir(env: NodeJS.ProcessEnv, name: string, fallback: string): string | null {
  const raw = env[name];
  if (raw === 'off') return null;
  return path.resolve(raw || fallback);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV || 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    throw new ConfigError('NODE_ENV', `应为 development、production 或 test，实际为 "${nodeEnv}"`);
  }
  const production = nodeEnv === 'production';

  const portRaw = env.PORT || '3000';
  const port = Number(portRaw);
  if (!/^\d+$/.test(portRaw) || port < 1 || port > 65535) {
    throw new ConfigError('PORT', `应为 1–65535 的整数，实际为 "${portRaw}"`);
  }

  let secrets: Secrets;
  try {
    secrets = resolveSecrets(env, production, path.resolve(env.SECRETS_FILE || path.join(REPO_ROOT, 'data', 'secrets.json')));
  } catch (error) {
    if (error instanceof SecretError) throw new ConfigError(error.setting, error.message);
    throw error;
  }

  const devLoginEnabled = parseBoolean(env, 'DEV_LOGIN_ENABLED', false);
  if (production && devLoginEnabled && !parseBoolean(env, 'DEV_LOGIN_ALLOW_IN_PRODUCTION', false)) {
    throw new ConfigError('DEV_LOGIN_ENABLED', '生产环境不得开启开发登录');
  }

  const apiBase = env.WECHAT_API_BASE || 'https://api.weixin.qq.com';
  if (!/^https?:\/\/[^\s]+$/.test(apiBase)) throw new ConfigError('WECHAT_API_BASE', '应为 http(s) 地址');
  const appId = env.WECHAT_APPID || '';
  const appSecret = env.WECHAT_SECRET || '';
  if (production && (!appId || !appSecret)) {
    throw new ConfigError(appId ? 'WECHAT_SECRET' : 'WECHAT_APPID', '生产环境必须设置小程序的 AppID 和 AppSecret');
  }

  const seedDemo = parseBoolean(env, 'SEED_DEMO', false);
  const seedDemoContent = seedDemo && parseBoolean(env, 'SEED_DEMO_CONTENT', false);
  if (production && seedDemo) throw new ConfigError('SEED_DEMO', '生产环境不得写入演示账号（密码公开）');

  const postsRaw = env.MESSAGE_POSTS_PER_HOUR || '10';
  if (!/^\d{1,6}$/.test(postsRaw) || Number(postsRaw) < 1) throw new ConfigError('MESSAGE_POSTS_PER_HOUR', '应为正整数');
  const publicBaseUrl = env.PUBLIC_BASE_URL ? env.PUBLIC_BASE_URL.replace(/\/$/, '') : null;
  if (publicBaseUrl && !/^https?:\/\/[^\s]+$/.test(publicBaseUrl)) throw new ConfigError('PUBLIC_BASE_URL', '应为 http(s) 地址');

  let fixedNow: Date | null = null;
  if (env.CLOCK_NOW) {
    if (nodeEnv !== 'test') throw new ConfigError('CLOCK_NOW', '仅测试环境（NODE_ENV=test）可以固定当前时间');
    fixedNow = new Date(env.CLOCK_NOW);
    if (Number.isNaN(fixedNow.getTime())) throw new ConfigError('CLOCK_NOW', `不是有效的时间："${env.CLOCK_NOW}"`);
  }

  if (env.CONTRACT_CHECK_FILE && nodeEnv !== 'test') throw new ConfigError('CONTRACT_CHECK_FILE', '仅测试环境（NODE_ENV=test）可以检查接口契约');

  return {
    env: nodeEnv,
    port,
    host: env.HOST || '0.0.0.0',
    database: parseDatabase(env),
    secrets,
    devLoginEnabled,
    wechat: {
      apiBase: apiBase.replace(/\/$/, ''),
      appId,
      appSecret,
      pushToken: env.WECHAT_PUSH_TOKEN || null,
      subscribeTemplates: parseSubscribeTemplates(env),
      miniprogramState: parseMiniprogramState(env),
    },
    delivery: {
      intervalMs: parseInterval(env, 'DELIVERY_INTERVAL_MS', nodeEnv === 'test' ? 0 : 2_000),
      batchSize: parseCount(env, 'DELIVERY_BATCH_SIZE', 200, 5_000),
      concurrency: parseCount(env, 'DELIVERY_CONCURRENCY', 20, 500),
      leaseSeconds: parseCount(env, 'DELIVERY_LEASE_SECONDS', 60, 3_600),
      maxPerSecond: parseCount(env, 'DELIVERY_MAX_PER_SECOND', 500, 100_000),
    },
    messagePostsPerHour: Number(postsRaw),
    publicBaseUrl,
    staticDirs: {
      h5: parseStaticDir(env, 'STATIC_H5_DIR', path.join(REPO_ROOT, 'apps/miniapp/dist/h5')),
      admin: parseStaticDir(env, 'STATIC_ADMIN_DIR', path.join(REPO_ROOT, 'apps/admin/dist')),
    },
    mediaDir: path.resolve(env.MEDIA_DIR || path.join(REPO_ROOT, 'data', 'media')),
    s3: parseS3(env),
    trustProxy: parseBoolean(env, 'TRUST_PROXY', false),
    logRequests: parseBoolean(env, 'LOG_REQUESTS', false),
    migrateOnStart: parseBoolean(env, 'MIGRATE_ON_START', true),
    reminderIntervalMs: parseInterval(env, 'REMINDER_INTERVAL_MS', nodeEnv === 'test' ? 0 : 600_000),
    seedDemo,
    seedDemoContent,
    fixedNow,
    rateLimits: parseRateLimits(env, nodeEnv),
    apiDocs: production ? (parseBoolean(env, 'API_DOCS', false) ? 'staff' : 'off') : 'public',
    contractCheckFile: env.CONTRACT_CHECK_FILE ? path.resolve(env.CONTRACT_CHECK_FILE) : null,
  };
}
