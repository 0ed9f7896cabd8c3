import crypto from 'node:crypto'

/** scrypt cost: N=2^15, r=8 → 32 MiB per hash, ~0.1 s here. Memory-hard, so GPUs gain little. */
export interface ScryptParams {
  N: number
  r: number
  p: number
}
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 1 }
const KEY_LENGTH = 32
const SALT_LENGTH = 16

function scrypt(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem must exceed 128·N·r bytes or node refuses.
    const maxmem = 256 * params.N * params.r + 1024 * 1024
    crypto.scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...params, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    )
  })
}

/** `scrypt$N$r$p$salt$hash` (base64url), self-describing so the cost can grow without breaking old hashes. */
export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  const salt = crypto.randomBytes(SALT_LENGTH)
  const key = await scrypt(password, salt, params)
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  )
}

/** Constant-time check. A malformed stored hash never matches (and never throws). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number]
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || N > 2 ** 20 || r > 32 || p > 16) return false
  const salt = Buffer.from(parts[4] ?? '', 'base64url')
  const expected = Buffer.from(parts[5] ?? '', 'base64url')
  if (expected.length !== KEY_LENGTH) return false
  const key = await scrypt(password, salt, { N, r, p })
  return crypto.timingSafeEqual(key, expected)
}

let dummy: Promise<string> | undefined
/**
 * A hash to check against when the account does not exist, so "no such user" takes as long as
 * "wrong password" and names cannot be probed by timing.
 */
export function dummyHash(params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  dummy ??= hashPassword(crypto.randomBytes(12).toString('base64url'), params)
  return dummy
}

/** Passwords people can live with, long enough to matter. */
export function checkPasswordStrength(password: string): string | null {
  if (password.length < 10) return 'The password must be at least 10 characters long.'
  if (password.length > 1024) return 'The password must be at most 1024 characters long.'
  return null
}
