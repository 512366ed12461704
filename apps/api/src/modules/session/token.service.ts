import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';

/** Separate audiences: a resident's token is never accepted on a staff route, nor the reverse. */
export const STAFF_AUDIENCE = 'govopen-staff';
export const RESIDENT_AUDIENCE = 'govopen-resident';
/** A refresh token is good for nothing but a new pair (POST /api/auth/refresh). */
export const RESIDENT_REFRESH_AUDIENCE = 'govopen-resident-refresh';
/** Residents' access tokens live two hours; the app renews them with the refresh token, which lives 30 days. */
export const RESIDENT_ACCESS_SECONDS = 2 * 3600;
const RESIDENT_REFRESH_SECONDS = 30 * 24 * 3600;
/** A working day's session; staff sign in again the next morning. */
const STAFF_SECONDS = 10 * 3600;
const ISSUER = 'govopen';

export interface StaffTokenClaims {
  sub: string;
  ver: number;
}

export interface ResidentTokenClaims {
  sub: string;
  openid: string;
  /** The resident's token version when issued: bumping it revokes every token (ResidentSessions). */
  ver: number;
}

export interface ResidentTokenPair {
  token: string;
  refreshToken: string;
  expiresIn: number;
}

@Injectable()
export class TokenService {
  private readonly jwt: JwtService;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    // A KeyObject, made once: given a string, jsonwebtoken first tries to parse it as a public key on every verify,
    // which cost a quarter of the CPU of a staff queue request (test/bench/disclosure.bench.mjs).
    const secret = createSecretKey(Buffer.from(config.secrets.jwtSecret, 'utf8')) as unknown as string;
    this.jwt = new JwtService({ secret, signOptions: { algorithm: 'HS256', issuer: ISSUER } });
  }

  /** Issued and expiry times come from the Clock (so a pinned test clock governs them too), not from Date.now(). */
  private sign(claims: object, audience: string, seconds: number): string {
    return this.jwt.sign({ ...claims, iat: this.nowSeconds() }, { audience, expiresIn: seconds });
  }

  private nowSeconds(): number {
    return Math.floor(this.clock.now().getTime() / 1000);
  }

  signStaff(userId: number, tokenVersion: number): string {
    return this.sign({ sub: String(userId), ver: tokenVersion }, STAFF_AUDIENCE, STAFF_SECONDS);
  }

  signResident(residentId: number, openid: string, tokenVersion: number): ResidentTokenPair {
    const claims = { sub: String(residentId), openid, ver: tokenVersion };
    return {
      token: this.sign(claims, RESIDENT_AUDIENCE, RESIDENT_ACCESS_SECONDS),
      refreshToken: this.sign(claims, RESIDENT_REFRESH_AUDIENCE, RESIDENT_REFRESH_SECONDS),
      expiresIn: RESIDENT_ACCESS_SECONDS,
    };
  }

  /** Null for any token that is malformed, expired, forged or meant for the other audience. */
  verifyStaff(token: string): StaffTokenClaims | null {
    return this.verify<StaffTokenClaims>(token, STAFF_AUDIENCE);
  }

  verifyResident(token: string): ResidentTokenClaims | null {
    return this.verify<ResidentTokenClaims>(token, RESIDENT_AUDIENCE);
  }

  verifyResidentRefresh(token: string): ResidentTokenClaims | null {
    return this.verify<ResidentTokenClaims>(token, RESIDENT_REFRESH_AUDIENCE);
  }

  private verify<T extends object>(token: string, audience: string): T | null {
    try {
      return this.jwt.verify<T>(token, { audience, issuer: ISSUER, algorithms: ['HS256'], clockTimestamp: this.nowSeconds() });
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
