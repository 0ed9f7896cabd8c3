import crypto from 'node:crypto'

/** 256 random bits, URL-safe: login cookies and headset device tokens. */
export function createToken(): string {
  return crypto.randomBytes(32).toString('base64url')
}

/** Only this hash is stored, so the database alone cannot be used to log in or pose as a headset. */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('base64url')
}

/** Reads one cookie from a Cookie header (no dependency needed for this one value). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0) continue
    if (part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim()
      return value.length > 0 && value.length <= 256 ? value : undefined
    }
  }
  return undefined
}

export function loginCookie(name: string, token: string, maxAgeSeconds: number, secure: boolean): string {
  return [
    `${name}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${maxAgeSeconds}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ')
}

export function clearedCookie(name: string, secure: boolean): string {
  return [
    `${name}=`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    'Max-Age=0',
    ...(secure ? ['Secure'] : []),
  ].join('; ')
}
