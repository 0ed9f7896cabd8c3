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

export interface TargetRefusal {
  status: 400 | 404
  code: 'bad_target' | 'not_found'
  message: string
}

/**
 * Why a request target is refused, or undefined for a plain path. The router decodes percent-escapes, takes
 * absolute-form targets and resolves dot segments, so a guard reading the raw string could be walked around by
 * spelling a path differently. Our own paths never need any of that, so only one spelling of each is accepted:
 * it starts with "/", uses letters, digits and - . _ ~ only, and has no empty or dot segment. Another spelling
 * names nothing here (404, as before); a full address instead of a path is a malformed request (400).
 */
export function oddTarget(url: string): TargetRefusal | undefined {
  if (!url.startsWith('/'))
    return {
      status: 400,
      code: 'bad_target',
      message: 'Send the path only (starting with "/"), not a full address.',
    }
  const pathname = url.split('?')[0] ?? ''
  const nothing = (why: string): TargetRefusal => ({
    status: 404,
    code: 'not_found',
    message: `Nothing here: ${why}`,
  })
  if (!/^[A-Za-z0-9\-._~/]*$/.test(pathname))
    return nothing(
      'Stillroom addresses use letters, digits, "-", "_", "." and "/" only (no percent-escapes or ";").',
    )
  const segments = pathname.split('/').slice(1)
  if (segments.slice(0, -1).some((s) => s === '') || segments.some((s) => s === '.' || s === '..'))
    return nothing('the address has an empty or dot segment ("//", "/./" or "/../").')
  return undefined
}

/** The loopback names a browser on this machine uses; always allowed. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]']

/** A host name as compared: lower case, no port, no trailing dot, IPv6 in brackets. */
export function normalizeHostName(name: string): string {
  const lower = name.trim().toLowerCase().replace(/\.$/, '')
  return lower.includes(':') && !lower.startsWith('[') ? `[${lower}]` : lower
}

/** The name part of a Host header ("[::1]:8080" → "[::1]"), or undefined when it is missing or malformed. */
export function hostOf(header: string | undefined): string | undefined {
  if (!header) return undefined
  const match = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(?::\d{1,5})?$/.exec(header.trim())
  return match?.[1] ? normalizeHostName(match[1]) : undefined
}

/**
 * Whether a Host header names this server: one of `names` exactly, or under a wildcard "*.clinic.example", which,
 * as on a certificate, stands for exactly one more label ("a.clinic.example", not "clinic.example" or
 * "a.b.clinic.example"). Anything else may be a page on another site that pointed its own name here.
 */
export function createHostAllowList(names: readonly string[]): (header: string | undefined) => boolean {
  const exact = new Set<string>()
  const under = new Set<string>()
  for (const name of names.map(normalizeHostName)) {
    if (name.startsWith('*.')) under.add(name.slice(2))
    else exact.add(name)
  }
  return (header) => {
    const host = hostOf(header)
    if (host === undefined) return false
    if (exact.has(host)) return true
    const dot = host.indexOf('.')
    return dot > 0 && !host.startsWith('[') && under.has(host.slice(dot + 1))
  }
}

/**
 * Same origin as the address the browser connected to, or explicitly allowed. No Origin at all is a client that
 * is not a browser (curl, the tests): it cannot be tricked by another site, so it passes.
 */
export function originMatches(
  origin: string | undefined,
  ownOrigin: string | undefined,
  allowed: ReadonlySet<string>,
): boolean {
  if (origin === undefined) return true
  if (allowed.has(origin)) return true
  if (!ownOrigin) return false
  try {
    return new URL(origin).origin === new URL(ownOrigin).origin
  } catch {
    return false // "null" (sandboxed frames, files) and anything unparsable
  }
}

/** Six months; only sent with the clinic's own certificate (a regenerated self-signed one would lock browsers out). */
export const HSTS_HEADER = 'max-age=15552000'
