import { describe, expect, it } from 'vitest'
import {
  PAIRING_ALPHABET,
  PAIRING_CODE_TTL_MS,
  createPairingCode,
  isPairingCode,
  normalizePairingCode,
  pairingCodeExpired,
} from '../../src/shared/session/pairing'

function seeded(seed: number): (n: number) => number {
  let s = seed >>> 0
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s % n
  }
}

describe('pairing codes', () => {
  it('uses only unambiguous characters', () => {
    for (const ch of '0O1IL2Z5S8B') expect(PAIRING_ALPHABET).not.toContain(ch)
    expect(new Set(PAIRING_ALPHABET).size).toBe(PAIRING_ALPHABET.length)
    expect(PAIRING_ALPHABET).toBe('ACDEFHJKMNPRTUVWXY34679')
  })

  it('makes 6-character codes from the alphabet, covering all of it', () => {
    const random = seeded(42)
    const seen = new Set<string>()
    for (let i = 0; i < 500; i++) {
      const code = createPairingCode(random)
      expect(code).toMatch(/^[ACDEFHJKMNPRTUVWXY34679]{6}$/)
      expect(isPairingCode(code)).toBe(true)
      for (const ch of code) seen.add(ch)
    }
    expect(seen.size).toBe(PAIRING_ALPHABET.length)
  })

  it('refuses a broken random source', () => {
    expect(() => createPairingCode(() => 23)).toThrow(RangeError)
    expect(() => createPairingCode(() => 0.5)).toThrow(RangeError)
  })

  it('normalises what people type and rejects look-alikes', () => {
    expect(normalizePairingCode(' ack-e 34 ')).toBe('ACKE34')
    expect(isPairingCode('ACKE34')).toBe(true)
    expect(isPairingCode('ACKE3O')).toBe(false)
    expect(isPairingCode('ACKE3')).toBe(false)
    expect(isPairingCode('ACKE344')).toBe(false)
  })

  it('expires exactly 10 minutes after it was made', () => {
    expect(PAIRING_CODE_TTL_MS).toBe(600_000)
    expect(pairingCodeExpired(1000, 1000 + 599_999)).toBe(false)
    expect(pairingCodeExpired(1000, 1000 + 600_000)).toBe(true)
  })
})
