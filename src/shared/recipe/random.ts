/**
 * Seeded randomness for recipes. Everything a painting varies by comes from here, so the same words and
 * seed give the same recipe on the server, the headset and the console.
 */

/** 32-bit FNV-1a over the UTF-16 code units of `text`; a stable uint32 seed from the client's words. */
export function seedFromText(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** A tiny seeded generator (mulberry32). Returns floats in [0, 1). */
export type Rng = {
  next(): number
  /** Uniform in [lo, hi). */
  range(lo: number, hi: number): number
  /** Uniform integer in [lo, hi] inclusive. */
  int(lo: number, hi: number): number
  pick<T>(items: readonly T[]): T
}

export function createRng(seed: number): Rng {
  let a = seed >>> 0
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    range: (lo, hi) => lo + (hi - lo) * next(),
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)]
      if (item === undefined) throw new Error('pick from an empty list')
      return item
    },
  }
}
