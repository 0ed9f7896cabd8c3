import crypto from 'node:crypto'

// RFC 4226 (HOTP) and RFC 6238 (TOTP), with the RFC 4648 base32 that authenticator apps use for secrets.

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

export function base32Encode(bytes: Buffer): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31]
  return out
}

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=-]/g, '').toUpperCase()
  let bits = 0
  let value = 0
  const out: number[] = []
  for (const ch of clean) {
    const index = BASE32.indexOf(ch)
    if (index < 0) throw new Error(`"${ch}" is not a base32 character`)
    value = (value << 5) | index
    bits += 5
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255)
      bits -= 8
    }
  }
  return Buffer.from(out)
}

export type TotpAlgorithm = 'sha1' | 'sha256' | 'sha512'

/** RFC 4226 §5.3: HMAC, dynamic truncation, modulo 10^digits. */
export function hotp(secret: Buffer, counter: number, digits = 6, algorithm: TotpAlgorithm = 'sha1'): string {
  const message = Buffer.alloc(8)
  message.writeBigUInt64BE(BigInt(counter))
  const mac = crypto.createHmac(algorithm, secret).update(message).digest()
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits
  return String(binary).padStart(digits, '0')
}

export interface TotpOptions {
  /** @default 30 */
  stepSeconds?: number
  /** @default 6 */
  digits?: number
  /** @default 'sha1' */
  algorithm?: TotpAlgorithm
}

export function totpStep(nowMs: number, stepSeconds = 30): number {
  return Math.floor(nowMs / 1000 / stepSeconds)
}

export function totp(secret: Buffer, nowMs: number, options: TotpOptions = {}): string {
  return hotp(secret, totpStep(nowMs, options.stepSeconds), options.digits, options.algorithm)
}

/**
 * Checks a code against the current step and one step either side (clock drift). Returns the matching
 * step so the caller can refuse the same code twice (`afterStep`), or null.
 */
export function verifyTotp(
  secret: Buffer,
  code: string,
  nowMs: number,
  options: TotpOptions & { window?: number; afterStep?: number | null } = {},
): number | null {
  const digits = options.digits ?? 6
  if (!new RegExp(`^\\d{${digits}}$`).test(code)) return null
  const current = totpStep(nowMs, options.stepSeconds)
  const window = options.window ?? 1
  let found: number | null = null
  for (let step = current - window; step <= current + window; step++) {
    const expected = hotp(secret, step, digits, options.algorithm)
    // Compare every candidate in constant time, and do not stop early.
    if (crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(code)) && found === null) found = step
  }
  if (found === null) return null
  if (options.afterStep != null && found <= options.afterStep) return null
  return found
}

/** A new 160-bit secret, base32 as authenticator apps expect. */
export function createTotpSecret(): string {
  return base32Encode(crypto.randomBytes(20))
}

export function totpUri(secret: string, account: string, issuer = 'Stillroom'): string {
  const label = encodeURIComponent(`${issuer}:${account}`)
  return `otpauth://totp/${label}?secret=${secret}&issuer=${encodeURIComponent(issuer)}`
}
