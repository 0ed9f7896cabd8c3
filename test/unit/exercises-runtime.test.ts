// The sound & exercise runtime without any audio (a device with no Web Audio, or audio never unlocked): the
import { memoryStorage } from '../support/memory-storage'
// exercise still runs on the wall clock, with captions, cues for the voice and haptic pulses in step.
import { describe, expect, it, vi } from 'vitest'
import { createClientStore } from '../../src/client/client-store'
import { createSoundRuntime } from '../../src/client/exercises/sound-runtime'
import { createDeviceVolumeSource } from '../../src/client/exercises/volume-source'
import type { Voice } from '../../src/audio/voice'
import { ExerciseStartSchema, buildTimeline } from '../../src/shared/exercises'

function setup() {
  let now = 1_000_000
  const storage = memoryStorage()
  const spoken: string[] = []
  const voice: Voice = {
    name: 'test',
    available: () => true,
    speak: async (t) => void spoken.push(t),
    cancel: () => {},
  }
  const logs: string[] = []
  const runtime = createSoundRuntime({
    clientStore: createClientStore(storage),
    volumeSource: createDeviceVolumeSource(storage),
    Offline: undefined,
    voice,
    wallNow: () => now,
    log: (m) => logs.push(m),
  })
  const pulses: Array<[number, number]> = []
  const controller = {
    gamepad: { hapticActuators: [{ pulse: async (v: number, d: number) => (pulses.push([v, d]), true) }] },
  }
  return { runtime, storage, spoken, logs, pulses, controller, advance: (ms: number) => (now += ms) }
}

describe('sound runtime without audio', () => {
  it('says there is no audio instead of failing', () => {
    const { runtime } = setup()
    expect(runtime.view.getState().audio).toBe('unavailable')
    expect(runtime.engine).toBeNull()
  })

  it('runs box breathing on the wall clock: captions, voice for two breaths, a pulse per phase', () => {
    const { runtime, spoken, pulses, controller, advance } = setup()
    expect(runtime.startExercise({ id: 'breathing-box', options: { cycles: 3 } })).toEqual({ ok: true })
    const t = buildTimeline(ExerciseStartSchema.parse({ id: 'breathing-box', options: { cycles: 3 } }))
    const captions: string[] = []
    for (let ms = 0; ms <= (t.duration + 2) * 1000; ms += 50) {
      runtime.tick([controller])
      const c = runtime.view.getState().exercise?.caption
      if (c !== undefined && captions.at(-1) !== c) captions.push(c)
      advance(50)
    }
    expect(runtime.view.getState().exercise).toBeNull()
    expect(runtime.running).toBeNull()
    expect(pulses).toHaveLength(3 * 4)
    expect(pulses[0]![0]).toBeGreaterThan(pulses[2]![0]) // in is felt more than out
    expect(runtime.haptics.log.map((h) => h.phase).slice(0, 4)).toEqual(['in', 'hold', 'out', 'hold-out'])
    expect(captions.filter((c) => c === 'Breathe in')).toHaveLength(3)
    expect(spoken.filter((s) => s === 'Breathe in')).toHaveLength(2)
    expect(spoken[0]).toMatch(/breathe together/)
    expect(spoken.at(-1)).toMatch(/Well done/)
  })

  it('is silent for sped-up test runs and stops cleanly on request', () => {
    const { runtime, spoken, advance } = setup()
    runtime.startExercise({ id: 'grounding', timeScale: 10 })
    runtime.tick()
    advance(2000) // 20 s of exercise time: past the 9 s intro
    runtime.tick()
    expect(runtime.view.getState().exercise?.stepTitle).toBe('5 things you see')
    expect(spoken).toEqual([])
    runtime.stopExercise()
    expect(runtime.view.getState().exercise).toBeNull()
  })

  it('skips an unknown exercise with a log line and keeps what was running', () => {
    const { runtime, logs } = setup()
    runtime.startExercise({ id: 'body-scan' })
    expect(runtime.startExercise({ id: 'juggling' })).toEqual({
      ok: false,
      problem: 'unknown exercise "juggling" skipped',
    })
    expect(logs).toContain('unknown exercise "juggling" skipped')
    expect(runtime.running?.timeline.id).toBe('body-scan')
  })

  it('remembers volumes on the device and reports bad stored ones', () => {
    const { runtime, storage } = setup()
    runtime.setVolumes({ master: 0.3, layers: { rain: 0.5 } })
    runtime.setVolumes({ muted: true, master: 7 })
    expect(JSON.parse(storage.data.get('stillroom.sound')!)).toEqual({
      master: 1,
      muted: true,
      layers: { rain: 0.5 },
    })
    // The session's sound (a therapist's steer, a lowered safe place) plays but is not kept as the client's own.
    runtime.setVolumes({ master: 0.1 }, { keep: false })
    expect(runtime.view.getState().volumes.master).toBe(0.1)
    expect(JSON.parse(storage.data.get('stillroom.sound')!).master).toBe(1)
    storage.data.set('stillroom.sound', JSON.stringify({ master: 0.2, layers: { foghorn: 1 } }))
    const logs: string[] = []
    const again = createSoundRuntime({
      clientStore: createClientStore(storage),
      volumeSource: createDeviceVolumeSource(storage),
      Offline: undefined,
      log: (m) => logs.push(m),
    })
    expect(again.view.getState().volumes.master).toBe(0.2)
    expect(logs).toEqual(['unknown sound layer "foghorn" skipped'])
  })

  it('never lets a failing actuator break the exercise', async () => {
    const { runtime, advance } = setup()
    const broken = {
      gamepad: { hapticActuators: [{ pulse: vi.fn(() => Promise.reject(new Error('gone'))) }] },
    }
    runtime.startExercise({ id: 'breathing-478' })
    advance(16_000)
    expect(() => runtime.tick([broken, { gamepad: null }, {}])).not.toThrow()
    expect(broken.gamepad.hapticActuators[0]!.pulse).toHaveBeenCalledTimes(1)
    await Promise.resolve()
  })
})
