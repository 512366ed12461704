/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.scss';

/** Set by config/index.ts defineConstants. */
declare const API_BASE: string;
/** WECHAT_SUBSCRIBE_TEMPLATES at build time: template id per notice kind. */
declare const SUBSCRIBE_TEMPLATES: Partial<Record<'disclosure_progress' | 'message_reply' | 'consultation_result' | 'policy_push', string>>;

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production';
    TARO_ENV: 'weapp' | 'h5';
    TARO_APP_ID: string;
  }
}
