import type { Voice } from '../audio/voice'
import type { SoundRuntime } from './exercises/sound-runtime'
import type { SoundTestApi } from './exercises/sound-test-api'
import type { VolumeSource } from './exercises/volume-source'
import type { VoiceProbe } from './speech/voice-probe'

/**
 * The page's sound, owned by the headset shell and handed to whoever needs it (the exercises' panels, the session's
 * bridge, the AI voice): the one sound runtime (one AudioContext, one set of loops), which voice speaks, and where
 * the volumes are kept. It holds state only; the sound code itself arrives lazily through `load`, so this file is
 * all of sound the first bundle carries.
 */
export type SoundSlot = {
  /** Loads the sound code and makes the runtime, once (a failed load may be tried again). */
  load(): Promise<SoundRuntime>
  /** The runtime if it is made, else makes it with `make` (the sound code calls this; nobody else makes one). */
  keep(make: () => SoundRuntime): SoundRuntime
  current(): SoundRuntime | null
  voices: VoiceChoice
  volumes: VolumeHome
  /** Browser-test readings (`?e2e=1` only, else null): the test API reads them, nothing else does. */
  probes: { sound: SoundTestApi | null; voice: VoiceProbe | null } | null
  /** What the exercise stage drew on its last frames (written per frame, no allocation); the sound probe reads it. */
  stage: StageReadings
}

export type StageReadings = {
  /** What the orb drew on its last frame, with the pacer sample it drew from (same instant, same clock). */
  orb: {
    scale: number
    visible: boolean
    fullness: number
    phase: string | null
    ctxTime: number
    elapsed: number
  }
  /** The sound runtime's work per frame, ms, the last 240 frames. */
  frameMs: number[]
}

/** Which voice speaks: a preferred one (the session's AI voice) over the device's own, once it has settled. */
export type VoiceChoice = {
  /** The device's voice once its voices are known; null until then, or when it has none (captions only). */
  device(): Voice | null
  setDevice(voice: Voice): void
  /** The voice chosen over the device's while there is one (narration and exercises speak with it). */
  preferred(): Voice | null
  /** null: back to the device's voice. */
  prefer(voice: Voice | null): void
  /** Called after every change; returns the way to stop listening. */
  subscribe(listener: () => void): () => void
}

/** Where volumes are kept: the client's record while a session has one, the device otherwise. */
export type VolumeHome = {
  setRecord(source: VolumeSource | null): void
  /** A source that writes to the record while there is one and to `device` otherwise. */
  around(device: VolumeSource): VolumeSource
}

function createVoiceChoice(): VoiceChoice {
  let device: Voice | null = null
  let preferred: Voice | null = null
  const listeners = new Set<() => void>()
  const changed = () => listeners.forEach((l) => l())
  return {
    device: () => device,
    setDevice(voice) {
      device = voice
      changed()
    },
    preferred: () => preferred,
    prefer(voice) {
      preferred = voice
      changed()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

function createVolumeHome(): VolumeHome {
  let record: VolumeSource | null = null
  return {
    setRecord(source) {
      record = source
    },
    // The runtime keeps its volumes in memory across a switch; only where they are saved changes.
    around: (device) => ({
      load: () => (record ?? device).load(),
      save: (settings) => (record ?? device).save(settings),
    }),
  }
}

export function createSoundSlot(deps: {
  /** Loads the sound code and makes the runtime with this slot (see exercises/runtime-page.ts). */
  load: (slot: SoundSlot) => Promise<SoundRuntime>
  probes?: boolean
}): SoundSlot {
  let runtime: SoundRuntime | null = null
  let loading: Promise<SoundRuntime> | null = null
  const slot: SoundSlot = {
    load() {
      if (runtime) return Promise.resolve(runtime)
      loading ??= deps.load(slot).catch((e: unknown) => {
        loading = null
        throw e
      })
      return loading
    },
    keep(make) {
      runtime ??= make()
      return runtime
    },
    current: () => runtime,
    voices: createVoiceChoice(),
    volumes: createVolumeHome(),
    probes: deps.probes ? { sound: null, voice: null } : null,
    stage: {
      orb: { scale: 0, visible: false, fullness: 0, phase: null, ctxTime: 0, elapsed: 0 },
      frameMs: [],
    },
  }
  return slot
}
