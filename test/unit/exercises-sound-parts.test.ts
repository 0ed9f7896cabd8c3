// The sound runtime's parts on their own, with fakes for the engine and the timers: the volume rules, the audio
// status, the soundscape following the scene, and the controllers' pulses.
import { describe, expect, it } from 'vitest'
import { memoryStorage } from '../support/memory-storage'
import { createClientStore } from '../../src/client/client-store'
import { createHaptics, pulseActuators } from '../../src/client/exercises/exercise-haptics'
import { watchAudioStatus } from '../../src/client/exercises/sound-engine-link'
import { audioStatusOf, createSoundView, mergeVolumes } from '../../src/client/exercises/sound-view'
import {
  createSoundscapeFollower,
  mixKey,
  sceneMix,
  sceneSoundSpec,
} from '../../src/client/exercises/soundscape-follower'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/scene-constants'
import { DEFAULT_VOLUMES, type SoundscapeMix, type VolumeSettings } from '../../src/shared/soundscape'

describe('volume rules', () => {
  const current: VolumeSettings = { master: 0.5, muted: false, layers: { rain: 0.4 } }

  it('merges a partial change and keeps every level within 0…1', () => {
    expect(mergeVolumes(current, { master: 7, layers: { waves: -1 } })).toEqual({
      master: 1,
      muted: false,
      layers: { rain: 0.4, waves: 0 },
    })
    expect(mergeVolumes(current, { muted: true })).toEqual({ ...current, muted: true })
  })

  it('a level that is not a number plays at full rather than silencing the sound', () => {
    expect(mergeVolumes(current, { master: Number.NaN, layers: { rain: Number.POSITIVE_INFINITY } })).toEqual(
      {
        master: 1,
        muted: false,
        layers: { rain: 1 },
      },
    )
  })

  it('a context that is not running is blocked, not broken', () => {
    expect(audioStatusOf('running')).toBe('running')
    for (const s of ['suspended', 'interrupted', 'closed']) expect(audioStatusOf(s)).toBe('blocked')
  })
})

describe('watchAudioStatus', () => {
  function fakeEngine(state: string) {
    const ctx = new EventTarget()
    const applied: VolumeSettings[] = []
    let now = state
    return {
      engine: {
        ctx,
        state: () => now as 'running',
        unlock: async () => now === 'running',
        setVolumes: (v: VolumeSettings) => void applied.push(v),
      },
      applied,
      set: (s: string) => {
        now = s
        ctx.dispatchEvent(new Event('statechange'))
      },
    }
  }

  it('no engine: says the device has no audio', () => {
    const view = createSoundView(DEFAULT_VOLUMES, false)
    watchAudioStatus({ engine: null, view, setTimeout: () => 0 })
    expect(view.getState().audio).toBe('unavailable')
  })

  it('follows the context, asks for a tap when it stays suspended, and applies volumes once it runs', async () => {
    const fake = fakeEngine('suspended')
    const view = createSoundView(DEFAULT_VOLUMES, false)
    const later: Array<() => void> = []
    watchAudioStatus({ engine: fake.engine, view, setTimeout: (f) => later.push(f) })
    expect(view.getState().audio).toBe('starting')
    await Promise.resolve()
    expect(view.getState().audio).toBe('blocked')
    later.forEach((f) => f())
    expect(view.getState().audio).toBe('blocked')
    expect(fake.applied).toEqual([])
    fake.set('running')
    expect(view.getState().audio).toBe('running')
    expect(fake.applied).toEqual([DEFAULT_VOLUMES])
  })
})

describe('the soundscape follows the scene', () => {
  it('the session’s scene wins, then a landscape chosen directly, then the newest shown painting', () => {
    const store = createClientStore(memoryStorage())
    const s = store.getState()
    expect(sceneSoundSpec(s)).toBe(DEFAULT_SCENE_SPEC)
    const forest = { ...DEFAULT_SCENE_SPEC, biome: 'forest' as const }
    const beach = { ...DEFAULT_SCENE_SPEC, biome: 'beach' as const }
    expect(sceneSoundSpec({ ...s, mode: 'landscape', landscapeSpec: forest })).toBe(forest)
    expect(sceneSoundSpec({ ...s, mode: 'gallery', landscapeSpec: forest })).toBe(DEFAULT_SCENE_SPEC)
    expect(
      sceneSoundSpec({
        ...s,
        mode: 'landscape',
        landscapeSpec: forest,
        sessionScene: { view: 'gallery', spec: beach, brightness: 1 },
      }),
    ).toBe(beach)
    expect(mixKey(sceneMix({ ...s, mode: 'landscape', landscapeSpec: forest }))).not.toBe(
      mixKey(sceneMix({ ...s, mode: 'landscape', landscapeSpec: beach })),
    )
  })

  it('waits for its start, then sets a mix only when it would sound different', () => {
    const store = createClientStore(memoryStorage())
    const mixes: SoundscapeMix[] = []
    const layers: string[][] = []
    let start: (() => void) | undefined
    let cleared = false
    const follower = createSoundscapeFollower({
      clientStore: store,
      engine: { setMix: (m) => void mixes.push(m) },
      onLayers: (l) => void layers.push(l),
      log: () => {},
      startDelayMs: 1500,
      timers: { set: (f) => (start = f), clear: () => void (cleared = true) },
    })
    store.setState({ mode: 'landscape', landscapeSpec: { ...DEFAULT_SCENE_SPEC, biome: 'forest' } })
    expect(mixes).toHaveLength(0)
    start!()
    expect(mixes).toHaveLength(1)
    expect(layers[0]).toEqual(mixes[0]!.layers.map((l) => l.id))
    store.setState({ inXR: true })
    expect(mixes).toHaveLength(1)
    store.setState({ landscapeSpec: { ...DEFAULT_SCENE_SPEC, biome: 'beach' } })
    expect(mixes).toHaveLength(2)
    follower.dispose()
    expect(cleared).toBe(true)
    store.setState({ landscapeSpec: { ...DEFAULT_SCENE_SPEC, biome: 'forest' } })
    expect(mixes).toHaveLength(2)
  })
})

describe('haptics', () => {
  const pulsing = (log: Array<[number, number]>) => ({
    gamepad: { hapticActuators: [{ pulse: async (v: number, d: number) => (log.push([v, d]), true) }] },
  })

  it('pulses the first actuator of each controller; hands and gaze have none', () => {
    const log: Array<[number, number]> = []
    const sources = [
      pulsing(log),
      { gamepad: null },
      {},
      { gamepad: { hapticActuators: [{}] } },
      pulsing(log),
    ]
    expect(pulseActuators(sources)).toHaveLength(2)
    const h = createHaptics(() => 12.5)
    h.pulse('in', sources)
    expect(log).toHaveLength(2)
    expect(h.record).toEqual({ count: 1, log: [{ phase: 'in', ctxTime: 12.5, actuators: 2 }] })
  })

  it('nothing to pulse is not counted, and the log keeps the newest forty', () => {
    const h = createHaptics(() => 0)
    h.pulse('in', null)
    h.pulse('in', [{}])
    expect(h.record.count).toBe(0)
    const log: Array<[number, number]> = []
    for (let i = 0; i < 45; i++) h.pulse(i % 2 ? 'out' : 'in', [pulsing(log)])
    expect(h.record.count).toBe(45)
    expect(h.record.log).toHaveLength(40)
  })
})
