import { StaffRole } from './organization';

export interface TokenResponse {
  token: string;
}

/** A resident's access token (two hours) and the refresh token that renews it (30 days, POST /auth/refresh). */
export interface ResidentTokenResponse extends TokenResponse {
  refreshToken: string;
  /** Seconds the access token lives. */
  expiresIn: number;
}

export interface WechatLoginRequest {
  code: string;
}

export interface DevLoginRequest {
  openid: string;
}

export interface StaffLoginRequest {
  username: string;
  password: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** wx.login's one-time code, exchanged for a resident session. */
export interface WechatLoginRequest {
  code: string;
}

/** The H5 build's sign-in where WeChat is absent: off unless the deployment enables it. */
export interface DevLoginRequest {
  openid: string;
}

export interface RefreshTokenRequest {
  refreshToken: string;
}

export interface StaffProfile {
  id: number;
  username: string;
  displayName: string;
  unitId: number | null;
  unitName: string | null;
  agencyName: string;
  roles: StaffRole[];
}

export interface ResidentProfile {
  id: number;
  nickname: string | null;
  createdAt: string;
}

/** What the mini-program needs to know before it shows the login it offers. */
export interface AuthOptions {
  devLogin: boolean;
}

