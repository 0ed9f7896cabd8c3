import crypto from 'node:crypto'

/**
 * CSP for the vite-built R3F app: only our own origin. blob: covers painted textures, troika's text
 * workers and synthesized audio; 'wasm-unsafe-eval' lets three's decoders compile WebAssembly without
 * allowing eval; inline styles are needed by React style props. No external origins: clinics run offline.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  // The access key travels in the page URL; no-referrer keeps it from leaking anywhere.
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'xr-spatial-tracking=(self), camera=(), geolocation=(), microphone=(self)',
}

export const ACCESS_KEY_HEADER = 'x-stillroom-key'

/** A new access key: 128 random bits, URL-safe so it can ride in `?key=`. */
export function createAccessKey(): string {
  return crypto.randomBytes(16).toString('base64url')
}

/**
 * Returns a checker that compares in constant time. Both sides are hashed first so their lengths match
 * and the comparison reveals nothing about the key's length either.
 */
export function createKeyChecker(accessKey: string): (candidate: string | undefined) => boolean {
  const expected = crypto.createHash('sha256').update(accessKey).digest()
  return (candidate) => {
    const given = crypto
      .createHash('sha256')
      .update(candidate ?? '')
      .digest()
    // Evaluate the comparison even for a missing key, so timing does not tell "absent" from "wrong".
    const same = crypto.timingSafeEqual(expected, given)
    return candidate !== undefined && same
  }
}

/** Removes `key=` from a URL before it is logged: the key must never end up in a log file. */
export function redactKey(url: string): string {
  return url.replace(/([?&]key=)[^&#]*/gi, '$1[redacted]')
}
