import net from 'node:net';

export interface RawResponse {
  status: number;
  headers: string;
  body: string;
}

/**
 * Sends bytes exactly as given, one request per connection: fetch would resolve "..", re-encode the path and refuse
 * oversized headers before they ever left, and the point here is what the server does with them.
 */
export function rawRequest(baseUrl: string, request: string): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(new Error('no answer within 10 s')), 10_000);
    socket.on('connect', () => socket.write(request));
    socket.on('data', (chunk) => chunks.push(chunk));
    // The server may close while we still write (an oversized request): what it answered is already read.
    socket.on('error', (error) => (chunks.length ? undefined : reject(error)));
    socket.on('close', () => {
      clearTimeout(timer);
      const bytes = Buffer.concat(chunks);
      const split = bytes.indexOf('\r\n\r\n');
      const head = (split < 0 ? bytes : bytes.subarray(0, split)).toString('latin1');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      const body = split < 0 ? Buffer.alloc(0) : bytes.subarray(split + 4);
      resolve({ status, headers: head, body: (/transfer-encoding: chunked/i.test(head) ? unchunk(body) : body).toString('utf8') });
    });
  });
}

/** A GET of a path sent as is, with "Connection: close" so the socket ends with the answer. */
export function rawGet(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const lines = [`GET ${path} HTTP/1.1`, `Host: ${new URL(baseUrl).host}`, 'Connection: close', ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  return rawRequest(baseUrl, `${lines.join('\r\n')}\r\n\r\n`);
}

function unchunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let rest = body;
  for (;;) {
    const newline = rest.indexOf('\r\n');
    const size = parseInt(rest.subarray(0, newline).toString('latin1'), 16);
    if (!size) return Buffer.concat(parts);
    parts.push(rest.subarray(newline + 2, newline + 2 + size));
    rest = rest.subarray(newline + 2 + size + 2);
  }
}
