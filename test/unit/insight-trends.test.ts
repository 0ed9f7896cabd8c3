import { describe, expect, it } from 'vitest'
import {
  TOO_LITTLE_SESSIONS,
  heldCaption,
  moodCaption,
  pictureCaption,
  recurringCaption,
  sudsCaption,
} from '../../src/shared/insight/captions'
import { clientTrends, recentSlope, sessionTrend, suds10 } from '../../src/shared/insight/trends'
import { session } from './insight-fixtures'

const DAY = 86_400_000
const T0 = Date.UTC(2026, 9, 1, 9)

/** Four sessions that grow calmer and more pleasant, with water coming back. */
function calming() {
  return [
    session('s1', T0, {
      words: [
        { text: 'a storm at sea', valence: -0.4, arousal: 0.6, motifs: ['water', 'boat'], biome: 'beach' },
        { text: 'a fight', held: true, valence: -0.8, arousal: 0.8, biome: 'abstract' },
      ],
      suds: [
        [1, 7],
        [30, 5],
      ],
    }),
    session('s2', T0 + 7 * DAY, {
      words: [{ text: 'grey waves', valence: -0.1, arousal: 0.3, motifs: ['Water'], biome: 'beach' }],
      suds: [
        [1, 6],
        [30, 6],
      ],
    }),
    session('s3', T0 + 14 * DAY, {
      words: [
        {
          text: 'a quiet lake',
          valence: 0.3,
          arousal: -0.2,
          motifs: ['water', 'tree'],
          biome: 'mountain-lake',
        },
      ],
      suds: [
        [1, 5],
        [30, 3],
      ],
    }),
    session('s4', T0 + 21 * DAY, {
      words: [
        {
          text: 'a warm beach at dawn',
          valence: 0.6,
          arousal: -0.5,
          motifs: ['sun', 'tree'],
          biome: 'beach',
        },
      ],
      suds: [
        [1, 4],
        [30, 2],
      ],
    }),
  ]
}

describe('trends from session states', () => {
  it('valence and arousal per session are the mean of its descriptions, held ones included', () => {
    const t = sessionTrend(calming()[0]!)
    expect(t.descriptions).toBe(2)
    expect(t.valence).toBeCloseTo(-0.6, 10)
    expect(t.arousal).toBeCloseTo(0.7, 10)
    expect(t.held).toBe(1)
    expect(t.heldShare).toBe(0.5)
    expect(t.sudsStart).toBe(7)
    expect(t.sudsEnd).toBe(5)
  })

  it('an empty session has no mood, no share and no SUDS, rather than zeros', () => {
    const t = sessionTrend(session('e', T0))
    expect(t).toMatchObject({
      descriptions: 0,
      valence: null,
      arousal: null,
      heldShare: null,
      sudsStart: null,
      sudsEnd: null,
    })
  })

  it('one rating is a start without an end', () => {
    const t = sessionTrend(session('one', T0, { suds: [[2, 4]] }))
    expect(t.sudsStart).toBe(4)
    expect(t.sudsEnd).toBeNull()
  })

  it('orders sessions by time and counts recurring motifs and places per session (case-insensitive)', () => {
    const sessions = calming()
    const trends = clientTrends([...sessions].reverse())
    expect(trends.sessions.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4'])
    expect(trends.motifs[0]).toEqual({ name: 'water', sessions: 3, times: 3 })
    expect(trends.motifs.find((m) => m.name === 'tree')).toEqual({ name: 'tree', sessions: 2, times: 2 })
    expect(trends.places[0]).toEqual({ name: 'beach', sessions: 3, times: 3 })
    expect(trends.descriptions).toBe(5)
    expect(trends.held).toBe(1)
  })

  it('SUDS on a 0–100 scale is compared on a 0–10 footing', () => {
    expect(suds10(70, 100)).toBe(7)
    expect(suds10(7, 10)).toBe(7)
    expect(suds10(null, 100)).toBeNull()
  })

  it('the slope uses the last few sessions with data and needs at least three', () => {
    expect(recentSlope([1, 2])).toBeNull()
    expect(recentSlope([0, 1, 2, 3])).toEqual({ slope: 1, used: 4 })
    expect(recentSlope([9, null, 0, 1, null, 2, 3])?.slope).toBeCloseTo(1, 10)
  })
})

describe('captions', () => {
  it('say the descriptions have grown calmer over the last four sessions', () => {
    const trends = clientTrends(calming())
    expect(moodCaption(trends.sessions)).toBe(
      'The descriptions have grown calmer and more pleasant over the last four sessions.',
    )
  })

  it('say so when there is too little data', () => {
    const trends = clientTrends(calming().slice(0, 2))
    expect(moodCaption(trends.sessions)).toBe(TOO_LITTLE_SESSIONS)
    expect(recurringCaption(trends.motifs, 'motifs', 1)).toMatch(/^Too little to say yet/)
    expect(pictureCaption([0.5, 0.6], [0.1, 0.1])).toMatch(/^Too little to say yet/)
    expect(sudsCaption([])).toMatch(/^Too little to say yet/)
    expect(heldCaption({ descriptions: 0, held: 0, sessions: [] })).toBe('No descriptions yet.')
  })

  it('say when the mood stayed the same, and when it grew more stirred', () => {
    const flat = [0, 1, 2].map((i) =>
      session(`f${i}`, T0 + i * DAY, { words: [{ text: 'meadow', valence: 0.2, arousal: 0 }] }),
    )
    expect(moodCaption(clientTrends(flat).sessions)).toBe(
      'The mood of the descriptions has stayed about the same over the last three sessions.',
    )
    const stirred = [0, 1, 2].map((i) =>
      session(`m${i}`, T0 + i * DAY, { words: [{ text: 'wind', valence: 0.2, arousal: -0.5 + i * 0.4 }] }),
    )
    expect(moodCaption(clientTrends(stirred).sessions)).toBe(
      'The descriptions have grown more stirred over the last three sessions.',
    )
  })

  it('describe the paintings as lighter/darker and busier/quieter', () => {
    expect(pictureCaption([0.4, 0.5, 0.6, 0.7], [0.2, 0.15, 0.1, 0.05])).toBe(
      'The paintings have grown lighter and quieter over the last four sessions.',
    )
    expect(pictureCaption([0.6, 0.6, 0.61], [0.1, 0.1, 0.1])).toBe(
      'The paintings have stayed about as light and as busy over the last three sessions.',
    )
  })

  it('count sessions that ended lower, higher or the same as they began', () => {
    const allLower = clientTrends([
      session('x', T0, {
        suds: [
          [1, 5],
          [9, 2],
        ],
      }),
      session('y', T0 + DAY, {
        suds: [
          [1, 4],
          [9, 3],
        ],
      }),
    ])
    expect(sudsCaption(allLower.sessions)).toBe(
      'Of two sessions with a first and a last rating, SUDS ended lower in both.',
    )
    expect(sudsCaption(clientTrends(calming()).sessions)).toBe(
      'Of four sessions with a first and a last rating, SUDS ended lower in three and the same in one.',
    )
    const up = clientTrends([
      session('u', T0, {
        suds: [
          [1, 2],
          [20, 5],
        ],
      }),
    ])
    expect(sudsCaption(up.sessions)).toBe(
      'In the one session with a first and a last rating, SUDS ended higher than it began.',
    )
    // 0–100 and 0–10 sessions compare on one footing: 60 → 40 is lower.
    const mixed = clientTrends([
      session('h', T0, {
        scale: 100,
        suds: [
          [1, 60],
          [20, 40],
        ],
      }),
      session('k', T0 + DAY, {
        suds: [
          [1, 3],
          [20, 4],
        ],
      }),
    ])
    expect(sudsCaption(mixed.sessions)).toBe(
      'Of two sessions with a first and a last rating, SUDS ended lower in one and higher in one.',
    )
  })

  it('give the held share in plain numbers', () => {
    expect(heldCaption(clientTrends(calming()))).toBe(
      'One of 5 descriptions (20%) was held for you; none in the latest session.',
    )
    expect(heldCaption(clientTrends(calming().slice(1)))).toBe(
      'No description has been held for you (three descriptions so far).',
    )
  })

  it('name recurring motifs and places, and say when none recur', () => {
    const trends = clientTrends(calming())
    expect(recurringCaption(trends.motifs, 'motifs', 4)).toBe('Water and tree come back in several sessions.')
    expect(recurringCaption(trends.places, 'places', 4)).toBe('Beach comes back in several sessions.')
    expect(recurringCaption([{ name: 'x', sessions: 1, times: 1 }], 'motifs', 3)).toBe(
      'No motifs have come back across sessions so far.',
    )
  })

  it('never use diagnostic words', () => {
    const trends = clientTrends(calming())
    const all = [
      moodCaption(trends.sessions),
      sudsCaption(trends.sessions),
      heldCaption(trends),
      recurringCaption(trends.motifs, 'motifs', 4),
      pictureCaption([0.7, 0.6, 0.5], [0.05, 0.1, 0.2]),
    ].join(' ')
    expect(all).not.toMatch(/depress|anxi|disorder|symptom|improv|worse|better|patholog|risk/i)
  })
})
