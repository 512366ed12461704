import { randomBytes } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { PersonalDataCipher } from './personal-data-cipher';

function cipherWith(keys: [string, Buffer][], fingerprintKey = Buffer.alloc(32, 9)): PersonalDataCipher {
  return new PersonalDataCipher({ secrets: { dataKeys: new Map(keys), activeKeyId: keys[0][0], fingerprintKey } } as AppConfig);
}

describe('PersonalDataCipher', () => {
  const key1 = randomBytes(32);
  const cipher = cipherWith([['1', key1]]);

  it('round-trips, names its key, and never stores the same text twice the same way', () => {
    const a = cipher.encrypt('11010519491231002X');
    const b = cipher.encrypt('11010519491231002X');
    expect(a).not.toBe(b);
    expect(a.startsWith('k1:')).toBe(true);
    expect(a).not.toContain('1101051949');
    expect(cipher.decrypt(a)).toBe('11010519491231002X');
  });

  it('refuses a tampered value', () => {
    const stored = cipher.encrypt('13812345678');
    const raw = Buffer.from(stored.slice(3), 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => cipher.decrypt(`k1:${raw.toString('base64')}`)).toThrow();
  });

  it('refuses a value encrypted with another key under the same id', () => {
    expect(() => cipherWith([['1', randomBytes(32)]]).decrypt(cipher.encrypt('13812345678'))).toThrow();
  });

  it('after rotation: encrypts with the new key, still reads the old one, and says which rows to re-encrypt', () => {
    const old = cipher.encrypt('13812345678');
    const rotated = cipherWith([['2', randomBytes(32)], ['1', key1]]);
    expect(rotated.decrypt(old)).toBe('13812345678');
    expect(rotated.needsReencryption(old)).toBe(true);
    const fresh = rotated.encrypt('13812345678');
    expect(fresh.startsWith('k2:')).toBe(true);
    expect(rotated.needsReencryption(fresh)).toBe(false);
    // Once key 1 is retired, its rows cannot be read: re-encrypt before removing it.
    expect(() => cipherWith([['2', randomBytes(32)]]).decrypt(old)).toThrow(/key 1/);
  });

  it('reads the first key’s old "v1:" form as key 1', () => {
    const stored = cipher.encrypt('13812345678');
    expect(cipher.decrypt(`v1:${stored.slice(3)}`)).toBe('13812345678');
  });

  it('fingerprints the same number the same way, case and spaces aside, whatever the data key', () => {
    expect(cipher.fingerprint(' 11010519491231002x')).toBe(cipher.fingerprint('11010519491231002X'));
    expect(cipher.fingerprint('11010519491231002X')).not.toBe(cipher.fingerprint('110105194912310021'));
    expect(cipherWith([['2', randomBytes(32)]]).fingerprint('11010519491231002X')).toBe(cipher.fingerprint('11010519491231002X'));
  });
});
