import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig as load } from './app-config';

// Generated secrets go to a temporary file, never into the repository's data directory.
const SECRETS_FILE = path.join(os.tmpdir(), `govopen-config-spec-${process.pid}.json`);
const loadConfig = (env: NodeJS.ProcessEnv) => load({ SECRETS_FILE, ...env });
const key = () => randomBytes(32).toString('base64');
const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: randomBytes(48).toString('base64'), DATA_ENCRYPTION_KEY: key(), FINGERPRINT_KEY: key(), MEDIA_SIGNING_KEY: key(), WECHAT_APPID: 'a', WECHAT_SECRET: 'b' };

describe('loadConfig', () => {
  it('starts a fresh clone with no settings: SQLite under data/, port 3000, dev login off', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.type).toBe('sqlite');
    expect(config.devLoginEnabled).toBe(false);
  });

  it('reads a MySQL URL', () => {
    expect(loadConfig({ DATABASE_URL: 'mysql://u:p@127.0.0.1:3306/govopen' }).database).toEqual({
      type: 'mysql',
      url: 'mysql://u:p@127.0.0.1:3306/govopen',
    });
  });

  it.each`
    edge                                        | env                                                                   | setting
    ${'port is not a number'}                   | ${{ PORT: 'abc' }}                                                    | ${'PORT'}
    ${'port out of range'}                      | ${{ PORT: '70000' }}                                                  | ${'PORT'}
    ${'unknown database scheme'}                | ${{ DATABASE_URL: 'postgres://x/y' }}                                 | ${'DATABASE_URL'}
    ${'production without a JWT secret'}        | ${{ NODE_ENV: 'production' }}                                         | ${'JWT_SECRET'}
    ${'production without an encryption key'}   | ${{ ...PRODUCTION, DATA_ENCRYPTION_KEY: '' }}                         | ${'DATA_ENCRYPTION_KEY'}
    ${'encryption key of the wrong size'}       | ${{ DATA_ENCRYPTION_KEY: 'c2hvcnQ=' }}                                | ${'DATA_ENCRYPTION_KEY'}
    ${'dev login in production'}                | ${{ ...PRODUCTION, DEV_LOGIN_ENABLED: 'true' }}                       | ${'DEV_LOGIN_ENABLED'}
    ${'a boolean that is not one'}              | ${{ DEV_LOGIN_ENABLED: 'maybe' }}                                     | ${'DEV_LOGIN_ENABLED'}
    ${'a pinned clock outside tests'}           | ${{ CLOCK_NOW: '2026-11-02T00:00:00Z' }}                              | ${'CLOCK_NOW'}
    ${'unknown NODE_ENV'}                       | ${{ NODE_ENV: 'staging' }}                                            | ${'NODE_ENV'}
    ${'a posting limit of zero'}                | ${{ MESSAGE_POSTS_PER_HOUR: '0' }}                                    | ${'MESSAGE_POSTS_PER_HOUR'}
    ${'a public base URL that is not http(s)'}  | ${{ PUBLIC_BASE_URL: 'gov.example.cn' }}                              | ${'PUBLIC_BASE_URL'}
  `('refuses $edge, naming $setting', ({ env, setting }) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^配置错误 ${setting}:`));
  });
});
