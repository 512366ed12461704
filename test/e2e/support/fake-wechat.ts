import http from 'node:http';
import { AddressInfo } from 'node:net';

export interface FakeWechat {
  baseUrl: string;
  calls: { path: string; query: Record<string, string>; body?: Record<string, unknown> }[];
  close: () => Promise<void>;
}

const ACCESS_TOKEN = 'fake-access-token';

/** msgSecCheck as the fake judges it: "风险" in the text is risky (20001 politics), "复核" needs review, else pass. */
function judge(content: string): { suggest: string; label: number } {
  if (content.includes('风险')) return { suggest: 'risky', label: 20001 };
  if (content.includes('复核')) return { suggest: 'review', label: 10001 };
  return { suggest: 'pass', label: 100 };
}

/**
 * A local stand-in for api.weixin.qq.com, answering as WeChat documents it. code2Session: code "ok-<openid>" →
 * that openid; "used" → 40163; "busy" → -1; "garbage" → HTTP 200 with non-JSON. cgi-bin/token (client_credential),
 * wxa/msg_sec_check (v2, verdict by judge()) and wxa/media_check_async (answers a trace id; the verdict is posted
 * later by the test, as WeChat's message push would).
 */
export async function startFakeWechat(): Promise<FakeWechat> {
  const calls: FakeWechat['calls'] = [];
  let traces = 0;
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const query = Object.fromEntries(url.searchParams.entries());
    let raw = '';
    for await (const chunk of request) raw += chunk;
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    calls.push({ path: url.pathname, query, body });
    response.setHeader('content-type', 'application/json');
    const send = (payload: object) => response.end(JSON.stringify(payload));
    if (url.pathname === '/cgi-bin/token') {
      if (query.grant_type !== 'client_credential' || query.appid !== 'wx-test-app' || query.secret !== 'test-secret') return send({ errcode: 40013, errmsg: 'invalid appid' });
      return send({ access_token: ACCESS_TOKEN, expires_in: 7200 });
    }
    if (url.pathname === '/wxa/msg_sec_check' || url.pathname === '/wxa/media_check_async') {
      if (query.access_token !== ACCESS_TOKEN) return send({ errcode: 40001, errmsg: 'invalid credential' });
      if (request.method !== 'POST' || body?.version !== 2 || typeof body.openid !== 'string') return send({ errcode: 47001, errmsg: 'data format error' });
      if (url.pathname === '/wxa/media_check_async') {
        traces += 1;
        return send({ errcode: 0, errmsg: 'ok', trace_id: `trace-${traces}` });
      }
      const verdict = judge(String(body.content ?? ''));
      return send({ errcode: 0, errmsg: 'ok', trace_id: 'x', result: verdict, detail: [{ strategy: 'content_model', errcode: 0, ...verdict }] });
    }
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
