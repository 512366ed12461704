import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';

/** Separate audiences: a resident's token is never accepted on a staff route, nor the reverse. */
export const STAFF_AUDIENCE = 'govopen-staff';
export const RESIDENT_AUDIENCE = 'govopen-resident';
const ISSUER = 'govopen';

export interface StaffTokenClaims {
  sub: string;
  ver: number;
}

export interface ResidentTokenClaims {
  sub: string;
  openid: string;
}

@Injectable()
export class TokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // A KeyObject, made once: given a string, jsonwebtoken first tries to parse it as a public key on every verify,
    // which cost a quarter of the CPU of a staff queue request (test/bench/disclosure.bench.mjs).
    const secret = createSecretKey(Buffer.from(config.secrets.jwtSecret, 'utf8')) as unknown as string;
    this.jwt = new JwtService({ secret, signOptions: { algorithm: 'HS256', issuer: ISSUER } });
  }

  signStaff(userId: number, tokenVersion: number): string {
    // A working day's session; staff sign in again the next morning.
    return this.jwt.sign({ sub: String(userId), ver: tokenVersion }, { audience: STAFF_AUDIENCE, expiresIn: '10h' });
  }

  signResident(residentId: number, openid: string): string {
    return this.jwt.sign({ sub: String(residentId), openid }, { audience: RESIDENT_AUDIENCE, expiresIn: '30d' });
  }

  /** Null for any token that is malformed, expired, forged or meant for the other audience. */
  verifyStaff(token: string): StaffTokenClaims | null {
    return this.verify<StaffTokenClaims>(token, STAFF_AUDIENCE);
  }

  verifyResident(token: string): ResidentTokenClaims | null {
    return this.verify<ResidentTokenClaims>(token, RESIDENT_AUDIENCE);
  }

  private verify<T extends object>(token: string, audience: string): T | null {
    try {
      return this.jwt.verify<T>(token, { audience, issuer: ISSUER, algorithms: ['HS256'] });
    } catch {
      return null;
    }
  }
}

export function bearerTokenOf(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1] : null;
}
