import { ConfigError, loadConfig } from './app-config';

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
    ${'production without an encryption key'}   | ${{ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }}             | ${'DATA_ENCRYPTION_KEY'}
    ${'encryption key of the wrong size'}       | ${{ DATA_ENCRYPTION_KEY: 'c2hvcnQ=' }}                                | ${'DATA_ENCRYPTION_KEY'}
    ${'dev login in production'}                | ${{ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DATA_ENCRYPTION_KEY: Buffer.alloc(32).toString('base64'), WECHAT_APPID: 'a', WECHAT_SECRET: 'b', DEV_LOGIN_ENABLED: 'true' }} | ${'DEV_LOGIN_ENABLED'}
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
