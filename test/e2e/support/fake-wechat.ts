import http from 'node:http';
import { AddressInfo } from 'node:net';

export interface FakeWechat {
  baseUrl: string;
  calls: { path: string; query: Record<string, string> }[];
  close: () => Promise<void>;
}

/**
 * A local stand-in for api.weixin.qq.com's code2Session, answering as WeChat documents it:
 * code "ok-<openid>" → that openid; "used" → 40163; "busy" → -1; "garbage" → HTTP 200 with non-JSON.
 */
export async function startFakeWechat(): Promise<FakeWechat> {
  const calls: FakeWechat['calls'] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const query = Object.fromEntries(url.searchParams.entries());
    calls.push({ path: url.pathname, query });
    response.setHeader('content-type', 'application/json');
    if (url.pathname !== '/sns/jscode2session') {
      response.statusCode = 404;
      response.end(JSON.stringify({ errcode: 404, errmsg: 'not found' }));
      return;
    }
    if (query.appid !== 'wx-test-app' || query.secret !== 'test-secret' || query.grant_type !== 'authorization_code') {
      response.end(JSON.stringify({ errcode: 40013, errmsg: 'invalid appid' }));
      return;
    }
    const code = query.js_code ?? '';
    if (code.startsWith('ok-')) {
      response.end(JSON.stringify({ openid: code.slice(3), session_key: 'c2Vzc2lvbg==' }));
    } else if (code === 'busy') {
      response.end(JSON.stringify({ errcode: -1, errmsg: 'system error' }));
    } else if (code === 'garbage') {
      response.end('<html>gateway</html>');
    } else {
      response.end(JSON.stringify({ errcode: 40163, errmsg: 'code been used' }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
