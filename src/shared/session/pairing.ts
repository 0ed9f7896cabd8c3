/**
 * Pairing codes: 6 characters a client can read off a console and type on a keypad in a headset. The
 * alphabet leaves out every character that looks like another (0/O, 1/I/L, 2/Z, 5/S, 8/B).
 */
export const PAIRING_ALPHABET = 'ACDEFHJKMNPRTUVWXY34679'
export const PAIRING_CODE_LENGTH = 6
/** An unused code expires after this long. */
export const PAIRING_CODE_TTL_MS = 10 * 60 * 1000
/** Guesses allowed per address per minute before a cooling-off. */
export const PAIRING_ATTEMPTS_PER_MINUTE = 10

/**
 * A new code. `randomInt(n)` must return a uniform integer in [0, n): the server passes
 * `crypto.randomInt`, tests pass a seeded source.
 */
export function createPairingCode(randomInt: (n: number) => number): string {
  let code = ''
  for (let i = 0; i < PAIRING_CODE_LENGTH; i++) {
    const index = randomInt(PAIRING_ALPHABET.length)
    if (!Number.isInteger(index) || index < 0 || index >= PAIRING_ALPHABET.length) {
      throw new RangeError('randomInt returned a value outside [0, n)')
    }
    code += PAIRING_ALPHABET[index]
  }
  return code
}

/** What a person typed, in canonical form: upper case, without spaces or dashes. */
export function normalizePairingCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase()
}

export function isPairingCode(input: string): boolean {
  if (input.length !== PAIRING_CODE_LENGTH) return false
  for (const ch of input) if (!PAIRING_ALPHABET.includes(ch)) return false
  return true
}

/** True when a code made at `createdAt` (ms) can no longer be used at `now`. */
export function pairingCodeExpired(createdAt: number, now: number): boolean {
  return now - createdAt >= PAIRING_CODE_TTL_MS
}
