import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveSecrets, SecretError } from './secrets';

const strong = () => randomBytes(32).toString('base64');
const productionEnv = () => ({ JWT_SECRET: randomBytes(48).toString('base64'), DATA_ENCRYPTION_KEY: strong(), FINGERPRINT_KEY: strong(), MEDIA_SIGNING_KEY: strong() });

describe('resolveSecrets', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govopen-secrets-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('generates every secret on first start, keeps them in a 0600 file, and reads the same ones next time', () => {
    const file = path.join(dir, 'data', 'secrets.json');
    const first = resolveSecrets({}, false, file);
    expect(first.created).toBe(true);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(48);
    expect(first.mediaSigningKey.equals(first.fingerprintKey)).toBe(false);
    const again = resolveSecrets({}, false, file);
    expect(again.created).toBe(false);
    expect(again.jwtSecret).toBe(first.jwtSecret);
    expect(again.dataKeys.get('1')!.equals(first.dataKeys.get('1')!)).toBe(true);
  });

  it('two fresh clones get different secrets', () => {
    expect(resolveSecrets({}, false, path.join(dir, 'a.json')).jwtSecret).not.toBe(resolveSecrets({}, false, path.join(dir, 'b.json')).jwtSecret);
  });

  it('production takes strong secrets from the environment and writes no file', () => {
    const file = path.join(dir, 'secrets.json');
    const secrets = resolveSecrets(productionEnv(), true, file);
    expect(secrets.generatedFile).toBeNull();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('reads a key ring whose first key is active', () => {
    const secrets = resolveSecrets({ ...productionEnv(), DATA_ENCRYPTION_KEY: undefined, DATA_ENCRYPTION_KEYS: `2:${strong()}, 1:${strong()}` }, true, path.join(dir, 's.json'));
    expect(secrets.activeKeyId).toBe('2');
    expect([...secrets.dataKeys.keys()]).toEqual(['2', '1']);
  });

  it.each`
    edge                                              | change                                                                        | setting
    ${'no JWT secret'}                                | ${{ JWT_SECRET: undefined }}                                                  | ${'JWT_SECRET'}
    ${'no media signing key'}                         | ${{ MEDIA_SIGNING_KEY: undefined }}                                           | ${'MEDIA_SIGNING_KEY'}
    ${'no fingerprint key'}                           | ${{ FINGERPRINT_KEY: undefined }}                                             | ${'FINGERPRINT_KEY'}
    ${'no encryption key'}                            | ${{ DATA_ENCRYPTION_KEY: undefined }}                                         | ${'DATA_ENCRYPTION_KEY'}
    ${'a short JWT secret'}                           | ${{ JWT_SECRET: 'too-short' }}                                                | ${'JWT_SECRET'}
    ${'a low-entropy JWT secret'}                     | ${{ JWT_SECRET: 'x'.repeat(40) }}                                             | ${'JWT_SECRET'}
    ${'the JWT secret once built into the source'}    | ${{ JWT_SECRET: 'govopen-development-secret-not-for-production-use' }}       | ${'JWT_SECRET'}
    ${'the encryption key once built into the source'} | ${{ DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') }}          | ${'DATA_ENCRYPTION_KEY'}
    ${'a test key of the repository'}                 | ${{ MEDIA_SIGNING_KEY: Buffer.alloc(32, 1).toString('base64') }}              | ${'MEDIA_SIGNING_KEY'}
    ${'an encryption key of the wrong size'}          | ${{ DATA_ENCRYPTION_KEY: 'c2hvcnQ=' }}                                        | ${'DATA_ENCRYPTION_KEY'}
    ${'a key ring with a repeated id'}                | ${{ DATA_ENCRYPTION_KEY: undefined, DATA_ENCRYPTION_KEYS: `1:${strong()},1:${strong()}` }} | ${'DATA_ENCRYPTION_KEYS'}
  `('production refuses $edge, naming $setting', ({ change, setting }) => {
    const attempt = () => resolveSecrets({ ...productionEnv(), ...change }, true, path.join(dir, 'never.json'));
    expect(attempt).toThrow(SecretError);
    try {
      attempt();
    } catch (error) {
      expect((error as SecretError).setting).toBe(setting);
    }
    expect(fs.existsSync(path.join(dir, 'never.json'))).toBe(false);
  });

  it('development accepts a configured key as it is, and generates only what is missing', () => {
    const jwt = randomBytes(48).toString('base64');
    const secrets = resolveSecrets({ JWT_SECRET: jwt }, false, path.join(dir, 'dev.json'));
    expect(secrets.jwtSecret).toBe(jwt);
    expect(secrets.dataKeys.size).toBe(1);
  });
});
