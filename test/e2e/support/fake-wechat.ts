import http from 'node:http';
import { AddressInfo } from 'node:net';

/** One subscribe message the fake accepted, as WeChat's ledger would have it. */
export interface ReceivedSubscribeMessage {
  touser: string;
  template_id: string;
  page: string;
  data: Record<string, { value: string }>;
  miniprogram_state: string;
  lang: string;
}

export interface FakeWechat {
  baseUrl: string;
  calls: { path: string; query: Record<string, string>; body?: Record<string, unknown> }[];
  /** Messages accepted by subscribe/send (each one would reach the person). */
  received: ReceivedSubscribeMessage[];
  /** The next subscribe/send calls answer these errcodes in order (0 = accept), before normal behaviour resumes. */
  failNextSends: (...errcodes: number[]) => void;
  /** Per openid, the errcode every send to it answers (e.g. 43101 for a person who turned messages off). */
  refuseOpenid: (openid: string, errcode: number) => void;
  /** Makes the current access token expired (42001) for the next call, as WeChat does when a token times out early. */
  expireToken: () => void;
  /** Holds every subscribe/send without answering until released (to kill the API mid-send). */
  holdSends: () => { release: () => void; waiting: () => number };
  /** Sends accepted per second; beyond it the fake answers -1 (system busy) for the rest of the second (0 = no limit). */
  rateLimitPerSecond: number;
  close: () => Promise<void>;
}

const ACCESS_TOKEN = 'fake-access-token';

/** WeChat's own limits on template values (DOMAIN §6a): the fake refuses what WeChat would, with 47003 naming it. */
function invalidField(data: Record<string, { value?: unknown }>): string | null {
  for (const [key, entry] of Object.entries(data)) {
    const value = typeof entry?.value === 'string' ? entry.value : '';
    const length = Array.from(value).length;
    if (!value) return key;
    if (key.startsWith('thing') && length > 20) return key;
    if (key.startsWith('phrase') && (length > 5 || /[^\p{Script=Han}]/u.test(value))) return key;
    if (key.startsWith('character_string') && (length > 32 || /[^\x21-\x7e]/.test(value))) return key;
  }
  return null;
}

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
  const received: ReceivedSubscribeMessage[] = [];
  const scripted: number[] = [];
  const refusals = new Map<string, number>();
  let tokenGeneration = 1;
  let expired = false;
  let held: (() => void)[] | null = null;
  let window = { second: 0, count: 0 };
  let traces = 0;
  const currentToken = () => `${ACCESS_TOKEN}-${tokenGeneration}`;
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const query = Object.fromEntries(url.searchParams.entries());
    let raw = '';
    for await (const chunk of request) raw += chunk;
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    calls.push({ path: url.pathname, query, body });
    response.setHeader('content-type', 'application/json');
    const send = (payload: object) => response.end(JSON.stringify(payload));
    if (url.pathname === '/cgi-bin/stable_token') {
      if (request.method !== 'POST' || body?.grant_type !== 'client_credential' || body.appid !== 'wx-test-app' || body.secret !== 'test-secret') return send({ errcode: 40013, errmsg: 'invalid appid' });
      // Normal mode hands out the current token while it is valid; an expired one is replaced.
      if (expired) {
        tokenGeneration += 1;
        expired = false;
      }
      return send({ access_token: currentToken(), expires_in: 7200 });
    }
    const tokenProblem = () => {
      if (expired && query.access_token === currentToken()) return { errcode: 42001, errmsg: 'access_token expired' };
      if (query.access_token !== currentToken()) return { errcode: 40001, errmsg: 'invalid credential' };
      return null;
    };
    if (url.pathname === '/cgi-bin/message/subscribe/send') {
      const problem = tokenProblem();
      if (problem) return send(problem);
      if (held) await new Promise<void>((resolve) => held!.push(resolve));
      const message = body as unknown as ReceivedSubscribeMessage;
      const next = scripted.shift();
      if (next !== undefined && next !== 0) return send({ errcode: next, errmsg: next === 47003 ? 'argument invalid! data.thing1.value exceeds limit' : 'scripted' });
      const refusal = refusals.get(message?.touser);
      if (refusal) return send({ errcode: refusal, errmsg: 'refused' });
      if (!message?.template_id || !message.touser || !message.data) return send({ errcode: 47001, errmsg: 'data format error' });
      const field = invalidField(message.data as Record<string, { value?: unknown }>);
      if (field) return send({ errcode: 47003, errmsg: `argument invalid! data.${field}.value invalid` });
      if (fake.rateLimitPerSecond > 0) {
        const second = Math.floor(performance.now() / 1000);
        if (window.second !== second) window = { second, count: 0 };
        if (window.count >= fake.rateLimitPerSecond) return send({ errcode: -1, errmsg: 'system error' });
        window.count += 1;
      }
      received.push(message);
      return send({ errcode: 0, errmsg: 'ok', msgid: received.length });
    }
    if (url.pathname === '/wxa/msg_sec_check' || url.pathname === '/wxa/media_check_async') {
      if (tokenProblem()) return send(tokenProblem()!);
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
  const fake: FakeWechat = {
    baseUrl: `http://127.0.0.1:${port}`,
    calls,
    received,
    failNextSends: (...errcodes) => scripted.push(...errcodes),
    refuseOpenid: (openid, errcode) => refusals.set(openid, errcode),
    expireToken: () => (expired = true),
    holdSends: () => {
      held = [];
      return {
        release: () => {
          const waiting = held ?? [];
          held = null;
          for (const resolve of waiting) resolve();
        },
        waiting: () => held?.length ?? 0,
      };
    },
    rateLimitPerSecond: 0,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}
