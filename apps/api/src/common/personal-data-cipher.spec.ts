import { loadConfig } from '../config/app-config';
import { PersonalDataCipher } from './personal-data-cipher';

describe('PersonalDataCipher', () => {
  const cipher = new PersonalDataCipher(loadConfig({ DATA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64') }));

  it('round-trips, and never stores the same text twice the same way', () => {
    const a = cipher.encrypt('11010519491231002X');
    const b = cipher.encrypt('11010519491231002X');
    expect(a).not.toBe(b);
    expect(a).not.toContain('1101051949');
    expect(cipher.decrypt(a)).toBe('11010519491231002X');
  });

  it('refuses a tampered value', () => {
    const stored = cipher.encrypt('13812345678');
    const raw = Buffer.from(stored.slice(3), 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => cipher.decrypt(`v1:${raw.toString('base64')}`)).toThrow();
  });

  it('refuses a value encrypted with another key', () => {
    const other = new PersonalDataCipher(loadConfig({ DATA_ENCRYPTION_KEY: Buffer.alloc(32, 2).toString('base64') }));
    expect(() => other.decrypt(cipher.encrypt('13812345678'))).toThrow();
  });

  it('fingerprints the same number the same way, case and spaces aside', () => {
    expect(cipher.fingerprint(' 11010519491231002x')).toBe(cipher.fingerprint('11010519491231002X'));
    expect(cipher.fingerprint('11010519491231002X')).not.toBe(cipher.fingerprint('110105194912310021'));
  });
});
