import { runServerToExit } from './support/server';

describe('configuration at boot', () => {
  it.each`
    edge                                   | env                                                   | line
    ${'a port that is not a number'}       | ${{ PORT: 'eighty' }}                                 | ${/^配置错误 PORT: /m}
    ${'production without a JWT secret'}   | ${{ NODE_ENV: 'production' }}                         | ${/^配置错误 JWT_SECRET: /m}
    ${'a database URL of another kind'}    | ${{ DATABASE_URL: 'postgres://localhost/govopen' }}   | ${/^配置错误 DATABASE_URL: /m}
    ${'templates that are not JSON'}       | ${{ WECHAT_SUBSCRIBE_TEMPLATES: 'tmpl-1' }}             | ${/^配置错误 WECHAT_SUBSCRIBE_TEMPLATES: 应为 JSON/m}
    ${'a template for an unknown kind'}    | ${{ WECHAT_SUBSCRIBE_TEMPLATES: '{"news":"t1"}' }}      | ${/^配置错误 WECHAT_SUBSCRIBE_TEMPLATES: 未知的通知类别 "news"/m}
    ${'a lease of no seconds'}             | ${{ DELIVERY_LEASE_SECONDS: '0' }}                      | ${/^配置错误 DELIVERY_LEASE_SECONDS: /m}
  `('stops the server on $edge with one line naming it', async ({ env, line }) => {
    const { code, output } = await runServerToExit(env);
    expect(code).toBe(1);
    expect(output).toMatch(line);
    expect(output.trim().split('\n')).toHaveLength(1);
  });
});
