import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app-config';

/** Features neither front end uses: a page of ours can never turn them on, nor can anything framed into it. */
const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';

/** The hashes of the inline scripts of a built page (Taro's H5 page sizes its root font inline): allowed by hash, not by 'unsafe-inline'. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => `'sha256-${createHash('sha256').update(match[1]).digest('base64')}'`);
}

function policy(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/**
 * Security headers on every answer (@fastify/helmet: nosniff, frame denial, referrer policy, …) and a Content Security
 * Policy per part of the site: the two front ends run only their own scripts (no inline script but the H5 page's
 * hashed one); antd and Taro set styles at run time, so style-src keeps 'unsafe-inline' (antd's nonce support needs
 * a nonce in every served index.html: a later step). API answers and files allow nothing to run at all.
 */
export async function registerSecurityHeaders(fastify: FastifyInstance, config: AppConfig): Promise<void> {
  await fastify.register(fastifyHelmet, {
    global: true,
    contentSecurityPolicy: false,
    // HSTS only over https (set below): a plain-http development server must not pin browsers to https.
    hsts: false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  const h5Index = config.staticDirs.h5 ? path.join(config.staticDirs.h5, 'index.html') : null;
  const h5Hashes = h5Index && fs.existsSync(h5Index) ? inlineScriptHashes(fs.readFileSync(h5Index, 'utf8')) : [];
  // Taro's H5 tab bar items are <a href="javascript:;"> with a click handler: the handler navigates, and the
  // no-op href is allowed by its hash alone ('unsafe-hashes' admits only the listed hashes, no other inline code).
  const tabBarHref = ["'unsafe-hashes'", `'sha256-${createHash('sha256').update('javascript:;').digest('base64')}'`];
  const page = (scripts: string[]) =>
    policy({
      'default-src': ["'self'"],
      'script-src': ["'self'", ...scripts],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'media-src': ["'self'", 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    });
  const policies = {
    h5: page([...h5Hashes, ...tabBarHref]),
    admin: page([]),
    docs: page([]),
    api: policy({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"], 'base-uri': ["'none'"], 'form-action': ["'none'"] }),
  };
  // A file opened in its own tab (a PDF, a video) may use the browser's viewer; it still runs no script of anyone's.
  const file = policy({
    'default-src': ["'none'"],
    'img-src': ["'self'", 'data:'],
    'media-src': ["'self'"],
    'style-src': ["'unsafe-inline'"],
    'object-src': ["'self'"],
    'frame-ancestors': ["'self'"],
  });
  const policyFor = (request: FastifyRequest): string => {
    const url = request.url;
    if (/^\/api\/(media\/\d+\/content|(admin\/)?disclosure-requests\/\d+\/attachments\/)/.test(url)) return file;
    if (url.startsWith('/h5')) return policies.h5;
    if (url.startsWith('/admin')) return policies.admin;
    if (url.startsWith('/api/docs')) return policies.docs;
    return policies.api;
  };
  fastify.addHook('onRequest', async (request, reply) => {
    reply.header('content-security-policy', policyFor(request));
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
}
