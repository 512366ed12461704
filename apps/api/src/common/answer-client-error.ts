import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { frameworkErrorBody } from './framework-error-body';

/** Past this, a request line that has not ended is what overflowed Node's header limit, not the headers. */
const LONGEST_REQUEST_LINE = 8 * 1024;

/**
 * Fastify's `clientErrorHandler` option: what Node's HTTP parser refuses before any route runs (headers over
 * the limit, a timeout, bytes that are not HTTP) answered in our shape and in Chinese, never quoting the request.
 * Node counts the request line toward its header limit and reports both as HPE_HEADER_OVERFLOW: when the packet
 * it choked on is a request whose first line never ends, the URL was too long (414), else the headers (431).
 */
export function answerClientError(error: Error & { code?: string; rawPacket?: unknown }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  let status = 400;
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') status = 408;
  else if (error.code === 'HPE_HEADER_OVERFLOW') status = requestLineOverflowed(error.rawPacket) ? 414 : 431;
  const body = JSON.stringify(frameworkErrorBody(status));
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy(error);
}

function requestLineOverflowed(packet: unknown): boolean {
  if (!Buffer.isBuffer(packet) || !/^[A-Z]{3,7} \S/.test(packet.subarray(0, 16).toString('latin1'))) return false;
  const lineEnd = packet.indexOf('\r\n');
  return lineEnd === -1 || lineEnd > LONGEST_REQUEST_LINE;
}
