import { describe, expect, it } from 'vitest'
import { interpret } from '../../src/shared/interpret'
import { seedFromText } from '../../src/shared/recipe'
import type { SceneSpec } from '../../src/shared/spec'
import { wordsToArtwork } from '../../src/server/words-to-artwork'

const T0 = Date.UTC(2026, 11, 7, 10)
let n = 0
const deps = (over: Partial<{ interpret: (t: string) => SceneSpec }> = {}) => ({
  interpret,
  now: () => T0,
  createId: () => `id${++n}`,
  ...over,
})

describe('the one road from words to an artwork', () => {
  it('paints calm words: interpreted, seeded from the words, dated by the clock, shown', () => {
    const made = wordsToArtwork(deps(), 'a quiet beach at sunset, the waves coming in slowly')
    expect(made.kind).toBe('artwork')
    if (made.kind !== 'artwork') return
    expect(made.artwork).toMatchObject({
      text: 'a quiet beach at sunset, the waves coming in slowly',
      createdAt: new Date(T0).toISOString(),
      seed: seedFromText('a quiet beach at sunset, the waves coming in slowly'),
      status: 'shown',
    })
    expect(made.artwork.spec.biome).toBe('beach')
  })

  it('holds trauma words for the therapist, with the reason', () => {
    const made = wordsToArtwork(deps(), 'the night of the car accident, the fire')
    expect(made.kind).toBe('artwork')
    if (made.kind !== 'artwork') return
    expect(made.artwork.status).toBe('held')
    expect(made.artwork.spec.safety.reasons.length).toBeGreaterThan(0)
  })

  it('never interprets words of risk', () => {
    let interpreted = false
    const made = wordsToArtwork(
      deps({ interpret: (t) => ((interpreted = true), interpret(t)) }),
      'I want to end my life',
    )
    expect(made.kind).toBe('risk')
    expect(interpreted).toBe(false)
  })

  it('fails rather than fall back to a default scene when the interpreter breaks or answers nonsense', () => {
    const broken = wordsToArtwork(
      deps({
        interpret: () => {
          throw new Error('model missing')
        },
      }),
      'a forest',
    )
    expect(broken.kind).toBe('failed')
    const nonsense = wordsToArtwork(
      deps({ interpret: () => ({ biome: 'moon' }) as unknown as SceneSpec }),
      'a forest',
    )
    expect(nonsense.kind).toBe('failed')
  })
})
