import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

const PREFIX = '/api/calendar/';
const MAX_ENTRIES = 5000;
// The same staleness bound as CalendarService's own cache: another instance's edit shows within a minute.
export const CALENDAR_RESPONSE_TTL_MS = 60_000;

/**
 * Micro-cache for the public calendar reads (/api/calendar/*): their answer is a pure function of the URL and the
 * calendar, and they are the hottest public routes (every page shows today's status, every case its deadline).
 * The first request of a URL goes through the Nest controller (validation, errors, OpenAPI stay there); its 200
 * answer is kept and replayed before routing until it expires or the calendar changes. Errors are never kept.
 */
@Injectable()
export class CalendarResponseCache implements OnModuleInit {
  private readonly entries = new Map<string, { body: string; cacheControl: string | undefined; expires: number }>();

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  clear(): void {
    this.entries.clear();
  }

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify?.addHook) return;
    fastify.addHook('onRequest', (request, reply, done) => {
      if (request.method !== 'GET' || !request.url.startsWith(PREFIX)) return done();
      const entry = this.entries.get(request.url);
      if (!entry || entry.expires < Date.now()) return done();
      void reply
        .code(200)
        .header('content-type', 'application/json; charset=utf-8')
        .header('cache-control', entry.cacheControl ?? 'no-cache')
        .header('x-govopen-cache', 'hit')
        .send(entry.body);
    });
    fastify.addHook('onSend', (request, reply, payload, done) => {
      if (
        request.method === 'GET' &&
        request.url.startsWith(PREFIX) &&
        reply.statusCode === 200 &&
        typeof payload === 'string' &&
        !reply.getHeader('x-govopen-cache')
      ) {
        if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
        const cacheControl = reply.getHeader('cache-control');
        this.entries.set(request.url, {
          body: payload,
          cacheControl: typeof cacheControl === 'string' ? cacheControl : undefined,
          expires: Date.now() + CALENDAR_RESPONSE_TTL_MS,
        });
      }
      done(null, payload);
    });
  }
}
