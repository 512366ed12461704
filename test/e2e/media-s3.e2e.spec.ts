import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mediaFixture, policyInput, uploadAs } from './support/content';
import { startFakeS3, FakeS3 } from './support/fake-s3';
import { runServerToExit, startServer, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';
const CLOCK_NOW = '2026-11-23T02:00:00Z';

describe('media in an S3-compatible bucket (S3_BUCKET set)', () => {
  let s3: FakeS3;
  let server: StartedServer;
  let author: string;
  let mediaDir: string;

  beforeAll(async () => {
    s3 = await startFakeS3('govopen-media');
    server = await startServer({ CLOCK_NOW, S3_BUCKET: 'govopen-media', S3_ENDPOINT: s3.endpoint, S3_ACCESS_KEY_ID: 'test-key', S3_SECRET_ACCESS_KEY: 'test-secret', S3_REGION: 'cn-east-1' });
    author = (await server.api().admin.login({ username: 'handler', password: DEMO_PASSWORD })).token;
    // The same folder test/e2e/support/server.ts gives this database's server.
    mediaDir = path.join(os.tmpdir(), 'govopen-media', createHash('sha1').update(server.database.url).digest('hex').slice(0, 16));
  });
  afterAll(async () => {
    await server.stop();
    await s3.close();
  });

  it('stores the upload in the bucket, not on local disk, and serves ranges from it', async () => {
    const video = mediaFixture('policy-video.mp4');
    const videoId = await uploadAs(server.baseUrl, author, 'video', '解读视频.mp4', video);
    const [key, object] = [...s3.objects.entries()][0];
    // Keys are filed by the upload's year and month.
    expect(key).toMatch(/^2026\/11\/[0-9a-f-]{36}\.mp4$/);
    expect(object.body.equals(video)).toBe(true);
    expect(object.contentType).toBe('video/mp4');
    expect(fs.existsSync(path.join(mediaDir, key))).toBe(false);
    expect(fs.readdirSync(path.join(mediaDir, '.incoming'))).toEqual([]);

    const policy = await server.request('POST', '/api/admin/policies', { token: author, body: policyInput() });
    const item = await server.request('POST', '/api/admin/interpretations', { token: author, body: { policyId: policy.body.id, title: '一分钟看懂数字化转型补贴', form: 'video', mediaId: videoId } });
    expect(item.status).toBe(201);
    const ranged = await fetch(`${server.baseUrl}${item.body.media.url}`, { headers: { range: 'bytes=100-299' } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe(`bytes 100-299/${video.length}`);
    expect(Buffer.from(await ranged.arrayBuffer()).equals(video.subarray(100, 300))).toBe(true);
    expect(s3.requests).toContain(`GET /govopen-media/${key} bytes=100-299`);
  });

  it('refuses to start with a bucket but no keys, naming the setting', async () => {
    const { code, output } = await runServerToExit({ S3_BUCKET: 'govopen-media' });
    expect(code).not.toBe(0);
    expect(output).toContain('S3_ACCESS_KEY_ID');
  });
});
