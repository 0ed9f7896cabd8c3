import { describe, expect, it } from 'vitest'
import { createPresenter, FADES } from '../../src/client/session/presenter'
import {
  PAUSED_SOUND_FACTOR,
  sceneFromState,
  transitionFor,
  type HeadsetScene,
} from '../../src/client/session/scene-mapping'
import type { Artwork } from '../../src/shared/artwork'
import {
  applyCommand,
  commandForHeadset,
  createSessionState,
  SAFE_PLACE_SOUND_FACTOR,
  stateForHeadset,
  type Command,
  type SessionState,
} from '../../src/shared/session'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/spec'

const art = (id: string, biome: Artwork['spec']['biome'] = 'beach', held = false): Artwork => ({
  id,
  text: `words for ${id}`,
  createdAt: '2026-11-29T10:00:00.000Z',
  spec: {
    ...DEFAULT_SCENE_SPEC,
    biome,
    safety: held ? { held: true, reasons: ['violence: "fight"'], mentioned: [] } : DEFAULT_SCENE_SPEC.safety,
  },
  seed: 7,
  status: held ? 'held' : 'shown',
})

/** The therapist's (server) state and, in step, the headset's: the headset only ever gets commandForHeadset. */
function run(commands: Command[], start?: SessionState) {
  let server =
    start ?? createSessionState({ id: 's', clientId: 'c', clientAlias: 'Robin', therapistId: 't', now: 0 })
  let headset = stateForHeadset(server)
  let now = 1000
  for (const c of commands) {
    const next = applyCommand(server, c, now)
    headset = applyCommand(headset, commandForHeadset(c, server, next), now)
    server = next
    now += 1000
  }
  return { server, headset }
}

describe('session state → headset scene', () => {
  it('shows approved artworks only, in slot order, never pending or held words', () => {
    const { server, headset } = run([
      { type: 'headset-paired' },
      { type: 'artwork-add', artwork: art('a', 'forest'), reasons: [], from: 'client' },
      { type: 'artwork-add', artwork: art('b', 'snow'), reasons: [], from: 'therapist' },
      { type: 'artwork-add', artwork: art('h', 'beach', true), reasons: ['violence'], from: 'client' },
      { type: 'approve', artworkId: 'b' },
      { type: 'approve', artworkId: 'a' },
      { type: 'move', artworkId: 'a', slot: 0 },
    ])
    expect(server.artworks).toHaveLength(3)
    for (const s of [sceneFromState(headset), sceneFromState(stateForHeadset(server))]) {
      expect(s.artworks.map((a) => a.id)).toEqual(['a', 'b'])
      expect(s.artworks.every((a) => a.status === 'shown' && a.spec.safety.reasons.length === 0)).toBe(true)
    }
    expect(headset.artworks.some((e) => e.artwork.id === 'h')).toBe(false)
    // Even a state that somehow carries pending work never shows it.
    expect(sceneFromState(server).artworks.map((a) => a.id)).toEqual(['a', 'b'])
  })

  it('maps view, scene, brightness, SUDS and narration', () => {
    const { headset } = run([
      { type: 'headset-paired' },
      { type: 'set-view', view: 'landscape' },
      { type: 'set-scene', biome: 'forest', weather: 'fog' },
      { type: 'set-brightness', value: 0.7 },
      { type: 'set-suds-scale', scale: 100 },
      { type: 'suds-request' },
      { type: 'narrate', text: 'Notice your breath.' },
    ])
    const s = sceneFromState(headset)
    expect(s).toMatchObject({ view: 'landscape', brightness: 0.7, paused: false, ended: false })
    expect(s.spec).toMatchObject({ biome: 'forest', weather: 'fog' })
    expect(s.suds).toEqual({ scale: 100, n: 1 })
    expect(s.narration).toEqual({ n: 1, text: 'Notice your breath.' })
    const answered = run([{ type: 'suds-answer', value: 40 }], headset).headset
    expect(sceneFromState(answered).suds).toBeNull()
  })

  it('brings the client to the saved safe place with the cue word and a lower sound', () => {
    const { headset } = run([
      { type: 'headset-paired' },
      { type: 'set-scene', biome: 'meadow', timeOfDay: 'morning' },
      { type: 'set-sound', master: 0.8 },
      { type: 'safe-place-save', cueWord: ' harbour ' },
      { type: 'set-scene', biome: 'snow' },
      { type: 'set-view', view: 'landscape' },
      { type: 'safe-place-go' },
    ])
    const s = sceneFromState(headset)
    expect(s.spec.biome).toBe('meadow')
    expect(s.view).toBe('gallery')
    expect(s.cueWord).toBe('harbour')
    expect(s.safePlaceSince).not.toBeNull()
    expect(s.sound.master).toBeCloseTo(0.8 * SAFE_PLACE_SOUND_FACTOR)
    // Leaving the safe place (a new scene) drops the cue word.
    const after = sceneFromState(run([{ type: 'set-scene', biome: 'desert' }], headset).headset)
    expect(after.cueWord).toBe('')
    expect(after.safePlaceSince).toBeNull()
  })

  it('pause lowers the sound to a quiet room; end is ended', () => {
    const { headset } = run([
      { type: 'headset-paired' },
      { type: 'set-sound', master: 0.6 },
      { type: 'pause' },
    ])
    const paused = sceneFromState(headset)
    expect(paused.paused).toBe(true)
    expect(paused.sound.master).toBeCloseTo(0.6 * PAUSED_SOUND_FACTOR)
    expect(sceneFromState(run([{ type: 'end' }], headset).headset).ended).toBe(true)
  })
})

const base = (): HeadsetScene => sceneFromState(run([{ type: 'headset-paired' }]).headset)

describe('transitions', () => {
  it('veils only the big changes', () => {
    const a = base()
    expect(transitionFor(null, a)).toBe('none')
    expect(transitionFor(a, { ...a, spec: { ...a.spec, biome: 'forest' } })).toBe('none')
    expect(transitionFor(a, { ...a, view: 'landscape' })).toBe('view')
    expect(transitionFor(a, { ...a, safePlaceSince: 5 })).toBe('safe-place')
    expect(transitionFor({ ...a, safePlaceSince: 5 }, { ...a, safePlaceSince: 5 })).toBe('none')
    expect(transitionFor({ ...a, safePlaceSince: 5 }, { ...a, safePlaceSince: 9 })).toBe('safe-place')
    expect(transitionFor(a, { ...a, paused: true })).toBe('pause')
    expect(transitionFor({ ...a, paused: true }, a)).toBe('resume')
    expect(transitionFor({ ...a, paused: true }, { ...a, safePlaceSince: 3 })).toBe('safe-place')
    expect(transitionFor(a, { ...a, ended: true })).toBe('end')
  })
})

describe('presenter', () => {
  function rig() {
    const applied: HeadsetScene[] = []
    let clock = 0
    const p = createPresenter({ apply: (s) => applied.push(s), now: () => clock })
    const step = (seconds: number, dt = 1 / 60) => {
      const values: number[] = []
      for (let t = 0; t < seconds - 1e-9; t += dt) {
        clock += dt * 1000
        p.update(dt)
        values.push(p.veil.value)
      }
      return values
    }
    return { p, applied, step, at: (ms: number) => (clock = ms) }
  }

  it('starts the safe-place fade at once, swaps at full cover, and clears within 2 s', () => {
    const r = rig()
    const a = base()
    r.p.push(a)
    expect(r.applied).toHaveLength(1)
    r.at(5000)
    const safe = {
      ...a,
      spec: { ...a.spec, biome: 'meadow' as const },
      safePlaceSince: 42,
      cueWord: 'harbour',
    }
    r.p.push(safe)
    expect(r.p.veil.startedAt).toBe(5000)
    expect(r.p.veil.kind).toBe('safe-place')
    expect(r.applied).toHaveLength(1) // not yet: the old scene stays until the veil covers it
    const out = r.step(FADES['safe-place'].out - 0.05)
    expect(out[0]).toBeGreaterThan(0)
    expect(r.applied).toHaveLength(1)
    r.step(0.1)
    expect(r.applied.at(-1)).toBe(safe)
    const back = r.step(FADES['safe-place'].in + 0.05)
    expect(back.at(-1)).toBe(0)
    const total = FADES['safe-place'].out + FADES['safe-place'].in
    expect(total).toBeGreaterThanOrEqual(1)
    expect(total).toBeLessThanOrEqual(2)
    // Smooth: no frame-to-frame jump bigger than a soft step.
    const all = [...out, ...back]
    for (let i = 1; i < all.length; i++) expect(Math.abs(all[i]! - all[i - 1]!)).toBeLessThan(0.08)
  })

  it('holds the pale veil while paused and lifts it on resume', () => {
    const r = rig()
    const a = base()
    r.p.push(a)
    r.p.push({ ...a, paused: true })
    r.step(3)
    expect(r.p.veil.value).toBe(1)
    r.step(10)
    expect(r.p.veil.value).toBe(1)
    r.p.push(a)
    expect(r.p.veil.kind).toBe('resume')
    r.step(FADES.resume.in + 0.1)
    expect(r.p.veil.value).toBe(0)
    expect(r.p.veil.count).toMatchObject({ pause: 1, resume: 1 })
  })

  it('a scene change under a running veil is applied with it, not as a cut', () => {
    const r = rig()
    const a = base()
    r.p.push(a)
    r.p.push({ ...a, view: 'landscape' })
    r.step(0.2)
    const later = { ...a, view: 'landscape' as const, spec: { ...a.spec, biome: 'snow' as const } }
    r.p.push(later)
    expect(r.applied).toHaveLength(1)
    r.step(2)
    expect(r.applied.at(-1)).toBe(later)
    expect(r.p.veil.value).toBe(0)
  })

  it('rejoining a paused session starts inside the quiet room; the end stays covered', () => {
    const r = rig()
    const a = base()
    r.p.push({ ...a, paused: true })
    expect(r.p.veil.value).toBe(1)
    expect(r.applied).toHaveLength(1)
    r.p.push({ ...a, paused: true, ended: true })
    r.step(3)
    expect(r.p.veil.value).toBe(1)
    expect(r.applied.at(-1)?.ended).toBe(true)
  })
})

describe('session sound and exercises for the sound runtime', async () => {
  const { localExerciseStart, sessionVolumes } = await import('../../src/client/session/session-sound')
  const { exerciseElapsedMs } = await import('../../src/shared/session')
  it('passes only known layers, and the pause/safe-place master as the scene has it', () => {
    expect(sessionVolumes({ master: 0.3, muted: false, layers: { waves: 0.5, 'made-up': 1 } })).toEqual({
      master: 0.3,
      muted: false,
      layers: { waves: 0.5 },
    })
  })
  it('starts the local exercise clock so its elapsed time equals the server’s, pace changes included', () => {
    const exercise = { id: 'breathing-box', startedAt: 50_000, timeScale: 2, baseMs: 6_000, options: null }
    const offset = 1_500 // server clock ahead of ours
    const start = localExerciseStart(exercise, offset)
    for (const localNow of [60_000, 75_000]) {
      const runtimeElapsed = (localNow - start) * exercise.timeScale
      expect(runtimeElapsed).toBeCloseTo(exerciseElapsedMs(exercise, localNow + offset))
    }
  })
})
