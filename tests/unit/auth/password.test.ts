import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCRYPT,
  hashPassword,
  needsRehash,
  verifyPassword,
} from '../../../main/auth/password';

// Cheap parameters keep the suite fast; one test below runs the real default cost.
const FAST = { ln: 10, r: 8, p: 1 };

describe('password hashing (scrypt, per-user salt)', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse', FAST);
    expect(await verifyPassword('correct horse', stored)).toBe(true);
    expect(await verifyPassword('correct horsf', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('uses a fresh random salt each time, so equal passwords give different hashes', async () => {
    const a = await hashPassword('same password', FAST);
    const b = await hashPassword('same password', FAST);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(Buffer.from(a.salt, 'base64')).toHaveLength(16);
  });

  it('writes its parameters into the hash and never the password', async () => {
    const stored = await hashPassword('visible?', FAST);
    expect(stored.hash).toMatch(/^scrypt\$ln=10,r=8,p=1\$[A-Za-z0-9+/]+=*$/);
    expect(stored.hash).not.toContain('visible');
  });

  it('defaults to the OWASP minimum for scrypt (N=2^17, r=8, p=1)', async () => {
    expect(DEFAULT_SCRYPT).toEqual({ ln: 17, r: 8, p: 1 });
    const stored = await hashPassword('a real cost hash');
    expect(stored.hash.startsWith('scrypt$ln=17,r=8,p=1$')).toBe(true);
    expect(await verifyPassword('a real cost hash', stored)).toBe(true);
  });

  it('treats a composed and a decomposed accent as the same password (NFC)', async () => {
    const stored = await hashPassword('Zoë-1234', FAST);
    expect(await verifyPassword('Zoe\u0308-1234', stored)).toBe(true);
  });

  it('refuses tampered or absurd stored hashes instead of throwing or exhausting memory', async () => {
    const stored = await hashPassword('pw123456', FAST);
    const key = stored.hash.split('$')[2];
    for (const hash of [
      '',
      'plain',
      `scrypt$ln=30,r=8,p=1$${key}`, // 2^30 would need 128 GiB
      `scrypt$ln=10,r=8,p=1$${Buffer.alloc(8).toString('base64')}`, // short key
      `bcrypt$ln=10,r=8,p=1$${key}`,
    ]) {
      expect(await verifyPassword('pw123456', { hash, salt: stored.salt })).toBe(false);
    }
    expect(await verifyPassword('pw123456', { hash: stored.hash, salt: '' })).toBe(false);
  });

  it('asks for a re-hash only when parameters were weaker than today', async () => {
    const weak = await hashPassword('pw123456', FAST);
    expect(needsRehash(weak.hash)).toBe(true);
    expect(needsRehash(weak.hash, FAST)).toBe(false);
    expect(needsRehash('garbage')).toBe(true);
  });
});
