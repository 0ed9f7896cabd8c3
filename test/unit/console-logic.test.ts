import { describe, expect, it } from 'vitest'
import { createGazeHeatmap, directionBin, forwardOf, GAZE_BINS, yawOf } from '../../src/console/gaze-heatmap'
import { breakDue, clockText } from '../../src/console/session-time'
import { sudsSeries } from '../../src/console/suds-series'
import { mirrorArtworks, mirrorView } from '../../src/console/mirror-scene'
import { readPairingCode } from '../../src/console/console-api'
import { createConsoleStore } from '../../src/console/console-store'
import { createSessionState, type SessionState } from '../../src/shared/session/state'
import { applyCommand } from '../../src/shared/session/reducer'
import type { Artwork } from '../../src/shared/artwork'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/spec'

const session = (): SessionState =>
  createSessionState({ id: 's1', clientId: 'c1', clientAlias: 'Robin', therapistId: 't1', now: 1_000_000 })

const artwork = (id: string, text = `words ${id}`): Artwork => ({
  id,
  text,
  createdAt: '2026-01-01T00:00:00.000Z',
  spec: { ...DEFAULT_SCENE_SPEC, biome: 'beach' },
  seed: 7,
  status: 'shown',
})

/** Identity quaternion rotated by `yaw` about +y (yaw 0 looks toward -z). */
const yawQ = (yaw: number) => [0, Math.sin(yaw / 2), 0, Math.cos(yaw / 2)] as [number, number, number, number]

describe('gaze heatmap', () => {
  it('reads the forward direction and yaw of a head quaternion', () => {
    const [x, y, z] = forwardOf([0, 0, 0, 1])
    expect([x, y, z].map((v) => Math.round(v * 1e6) / 1e6 + 0)).toEqual([0, 0, -1])
    const f = forwardOf(yawQ(Math.PI / 2)) // turned left: looks toward -x
    expect(f[0]).toBeCloseTo(-1)
    expect(f[2]).toBeCloseTo(0)
    expect(yawOf(f[0], f[2])).toBeCloseTo(Math.PI / 2)
  })

  it('bins directions clockwise from north', () => {
    expect(directionBin(0, -1)).toBe(0) // north
    expect(directionBin(1, 0)).toBe(GAZE_BINS / 4) // east
    expect(directionBin(0, 1)).toBe(GAZE_BINS / 2) // south
    expect(directionBin(-1, 0)).toBe((3 * GAZE_BINS) / 4) // west
    expect(directionBin(-0.01, -1)).toBe(0) // just west of north still north
  })

  it('adds looking time per artwork and direction from the poses own clock, ignoring gaps', () => {
    const h = createGazeHeatmap()
    for (let i = 0; i <= 30; i++) {
      h.add({ t: i * 40, head: { p: [0, 1.6, 0], q: yawQ(0) }, gaze: { artworkId: 'a', dir: [0, 0, -1] } })
    }
    expect(h.byArtwork.get('a')).toBeCloseTo(1.2, 5)
    expect(h.byDirection[0]).toBeCloseTo(1.2, 5)
    // A 5 s gap (reconnect) is not looking time.
    h.add({ t: 6_200, head: { p: [1, 1.6, 0], q: yawQ(-Math.PI / 2) } })
    expect(h.totalSeconds).toBeCloseTo(1.2, 5)
    h.add({ t: 6_300, head: { p: [1, 1.6, 0], q: yawQ(-Math.PI / 2) } })
    expect(h.byDirection[GAZE_BINS / 4]).toBeCloseTo(0.1, 5) // turned right: east
    // A slow headset (a few frames a second) still counts as looking.
    h.add({ t: 6_900, head: { p: [1, 1.6, 0], q: yawQ(-Math.PI / 2) } })
    expect(h.byDirection[GAZE_BINS / 4]).toBeCloseTo(0.7, 5)
    expect(h.last).toMatchObject({ x: 1, z: 0, artworkId: null })
    expect(h.trail.length).toBe(2)
  })

  it('skips broken samples without throwing', () => {
    const h = createGazeHeatmap()
    h.add({ t: NaN, head: { p: [0, 0, 0], q: [0, 0, 0, 1] } })
    h.add({ t: 1, head: { p: [NaN, 0, 0], q: [0, 0, 0, 1] } })
    h.add({ t: 2 } as never)
    expect(h.last).toBeNull()
    h.reset()
    expect(h.totalSeconds).toBe(0)
  })
})

describe('session clock and break reminder', () => {
  it('formats elapsed time', () => {
    expect(clockText(0)).toBe('0:00')
    expect(clockText(7_900)).toBe('0:07')
    expect(clockText(754_000)).toBe('12:34')
    expect(clockText(3_723_000)).toBe('1:02:03')
    expect(clockText(-5)).toBe('0:00')
    expect(clockText(NaN)).toBe('0:00')
  })

  it('is due every interval until dismissed, then again at the next one', () => {
    const min = 60_000
    expect(breakDue(19 * min, 20, null).due).toBe(false)
    expect(breakDue(20 * min, 20, null)).toMatchObject({ due: true, breaks: 1, nextAtMs: 40 * min })
    expect(breakDue(25 * min, 20, 21 * min).due).toBe(false)
    expect(breakDue(41 * min, 20, 21 * min).due).toBe(true)
    expect(breakDue(16 * min, 15, null).due).toBe(true)
  })
})

describe('SUDS chart data', () => {
  it('puts ratings and events on a minutes axis, sorted', () => {
    const s = session()
    const state = {
      ...s,
      suds: {
        scale: 10 as const,
        request: null,
        ratings: [
          { value: 3, at: s.startedAt + 120_000, n: 2 },
          { value: 7, at: s.startedAt + 60_000, n: 1 },
        ],
      },
      events: [{ at: s.startedAt + 90_000, kind: 'safe-place', label: 'safe place' }],
    }
    const series = sudsSeries(state)
    expect(series.xs).toEqual([1, 2])
    expect(series.ys).toEqual([7, 3])
    expect(series.events).toEqual([{ x: 1.5, kind: 'safe-place', label: 'safe place' }])
    expect(series.maxX).toBe(10)
    expect(sudsSeries(state, s.startedAt + 14.5 * 60_000).maxX).toBe(16)
  })
})

describe('mirror scene', () => {
  it('shows approved artworks in slot order and the safe place while it is active', () => {
    let s = session()
    s = applyCommand(s, { type: 'artwork-add', artwork: artwork('a'), reasons: [], from: 'client' }, 1)
    s = applyCommand(s, { type: 'artwork-add', artwork: artwork('b'), reasons: [], from: 'client' }, 2)
    expect(mirrorArtworks(s)).toEqual([]) // clinical mode: nothing of the client's shown before approval
    s = applyCommand(s, { type: 'approve', artworkId: 'b' }, 3)
    s = applyCommand(s, { type: 'approve', artworkId: 'a' }, 4)
    expect(mirrorArtworks(s).map((a) => a.id)).toEqual(['b', 'a'])
    s = applyCommand(s, { type: 'move', artworkId: 'b', slot: 5 }, 5)
    expect(mirrorArtworks(s).map((a) => a.id)).toEqual(['a', 'b'])
    s = applyCommand(s, { type: 'set-scene', biome: 'forest' }, 6)
    s = applyCommand(s, { type: 'safe-place-save', cueWord: 'harbour' }, 7)
    s = applyCommand(s, { type: 'set-scene', biome: 'snow' }, 8)
    expect(mirrorView(s).spec.biome).toBe('snow')
    s = applyCommand(s, { type: 'safe-place-go' }, 9)
    expect(mirrorView(s).spec.biome).toBe('forest')
  })
})

describe('console store', () => {
  it('applies remote commands with the shared reducer and keeps poses out of React state', () => {
    const store = createConsoleStore()
    store.applyRemote({ type: 'pause' }, 5) // no session yet: ignored
    expect(store.getState().session).toBeNull()
    store.replaceState(session())
    store.applyRemote({ type: 'set-scene', biome: 'desert' }, 10)
    expect(store.getState().session?.spec.biome).toBe('desert')
    expect(store.getState().session?.seq).toBe(1)
    let renders = 0
    const off = store.subscribe(() => renders++)
    store.receivePose({ v: 1, type: 'pose', t: 0, head: { p: [0, 1.6, 0], q: [0, 0, 0, 1] } })
    store.receivePose({ v: 1, type: 'pose', t: 40, head: { p: [0, 1.6, 0], q: [0, 0, 0, 1] } })
    expect(renders).toBe(0)
    expect(store.live.received).toBe(2)
    off()
    // A resync of the same session keeps the heatmap; another session starts afresh.
    store.replaceState(session())
    expect(store.live.heatmap.totalSeconds).toBeCloseTo(0.04)
    store.replaceState({ ...session(), id: 's2' })
    expect(store.live.heatmap.totalSeconds).toBe(0)
  })
})

describe('small readers', () => {
  it('reads pairing codes in either shape', () => {
    expect(readPairingCode('ACD347')).toEqual({ code: 'ACD347', expiresAt: null })
    expect(readPairingCode({ code: 'ACD347', expiresAt: '2026-01-01T00:10:00.000Z' })).toEqual({
      code: 'ACD347',
      expiresAt: Date.parse('2026-01-01T00:10:00.000Z'),
    })
    expect(readPairingCode({ code: 'X', expiresAt: 'soon' })).toEqual({ code: 'X', expiresAt: null })
    expect(readPairingCode(null)).toBeNull()
    expect(readPairingCode({ nope: 1 })).toBeNull()
  })
})
