// Password hashing for clinician accounts: scrypt from node:crypto with a per-user random salt,
// compared in constant time.
//
// Parameters (OWASP Password Storage Cheat Sheet, scrypt minimum): N = 2^17, r = 8, p = 1, a 64-byte
// key and a 16-byte salt. That costs 128 MiB and about 0.27 s per hash on a 2-core build machine:
// slow enough that a copied database cannot be guessed at quickly, quick enough for a sign-in.
// The parameters are written into the stored hash ("scrypt$ln=17,r=8,p=1$<base64>") so a later
// version can raise them and still verify old hashes (and re-hash them at the next sign-in).
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface ScryptParams {
  /** log2 of the CPU/memory cost N. */
  ln: number;
  r: number;
  p: number;
}

export const DEFAULT_SCRYPT: ScryptParams = { ln: 17, r: 8, p: 1 };
const KEY_BYTES = 64;
const SALT_BYTES = 16;

export interface PasswordHash {
  /** "scrypt$ln=17,r=8,p=1$<base64 key>" */
  hash: string;
  /** base64 of 16 random bytes, unique per user and per password change. */
  salt: string;
}

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.ln;
  // scrypt needs 128·N·r bytes; allow twice that so Node does not refuse the default parameters.
  const maxmem = 256 * N * params.r;
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFC'),
      salt,
      KEY_BYTES,
      { N, r: params.r, p: params.p, maxmem },
      (e, key) => (e ? reject(e) : resolve(key)),
    );
  });
}

export async function hashPassword(
  password: string,
  params: ScryptParams = DEFAULT_SCRYPT,
): Promise<PasswordHash> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params);
  return { hash: formatHash(params, key), salt: salt.toString('base64') };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const parsed = parseHash(stored.hash);
  if (!parsed) return false;
  const salt = Buffer.from(stored.salt, 'base64');
  if (salt.length === 0) return false;
  const key = await derive(password, salt, parsed.params);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

/** True when a stored hash was made with weaker parameters than today's: re-hash at sign-in. */
export function needsRehash(hash: string, params: ScryptParams = DEFAULT_SCRYPT): boolean {
  const parsed = parseHash(hash);
  if (!parsed) return true;
  const p = parsed.params;
  return p.ln < params.ln || p.r < params.r || p.p < params.p;
}

function formatHash(params: ScryptParams, key: Buffer): string {
  return `scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${key.toString('base64')}`;
}

const HASH_PATTERN = /^scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/=]+)$/;

function parseHash(hash: string): { params: ScryptParams; key: Buffer } | null {
  const m = HASH_PATTERN.exec(hash);
  if (!m) return null;
  const params = { ln: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  // Bounds keep a tampered database from asking for terabytes of memory.
  if (
    params.ln < 10 ||
    params.ln > 20 ||
    params.r < 1 ||
    params.r > 32 ||
    params.p < 1 ||
    params.p > 16
  )
    return null;
  const key = Buffer.from(m[4] ?? '', 'base64');
  if (key.length !== KEY_BYTES) return null;
  return { params, key };
}
