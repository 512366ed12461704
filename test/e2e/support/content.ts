import fs from 'node:fs';
import path from 'node:path';
import { upload } from './files';

// The video, its captions and the poster are the seed's demo media, kept once in the repo where the API ships them;
// only the audio is the tests' own.
const SEED_MEDIA = path.resolve(__dirname, '../../../apps/api/src/database/seed/data/demo-media');
const TEST_MEDIA = path.resolve(__dirname, '../../fixtures/media');

export type MediaFixture = 'policy-video.mp4' | 'policy-video.vtt' | 'poster.jpg' | 'policy-audio.mp3';

export const mediaFixturePath = (name: MediaFixture): string => path.join(name === 'policy-audio.mp3' ? TEST_MEDIA : SEED_MEDIA, name);

/** The real, playable fixtures: a 12-second H.264 video, its WebVTT captions, a poster, an MP3. */
export const mediaFixture = (name: MediaFixture): Buffer => fs.readFileSync(mediaFixturePath(name));

export async function uploadAs(baseUrl: string, token: string, purpose: string, name: string, content: Buffer): Promise<number> {
  const { status, body } = await upload(baseUrl, `/api/admin/media?purpose=${purpose}`, token, name, content);
  if (status !== 201) throw new Error(`upload ${name} as ${purpose}: ${status} ${JSON.stringify(body)}`);
  return body.id as number;
}

export const POLICY_BODY =
  '<h2>第一章 总则</h2><p style="text-indent: 2em">为支持中小企业开展数字化转型，制定本办法。</p><p>对符合条件的企业给予最高 <strong>50 万元</strong>补贴。</p>';

export function policyInput(overrides: Record<string, unknown> = {}) {
  return {
    title: '关于印发《威海市中小企业数字化转型补贴资金管理办法》的通知',
    documentNumber: '威工信发〔2026〕12号',
    issuingBody: '威海市工业和信息化局',
    indexNumber: '11371000004367048Y/2026-00012',
    writtenDate: '2026-11-10',
    bodyHtml: POLICY_BODY,
    topicTags: ['数字化转型', '资金扶持'],
    enterpriseTags: ['制造业', '中小企业'],
    ...overrides,
  };
}
