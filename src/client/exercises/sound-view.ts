import { createStore, type StoreApi } from 'zustand/vanilla'
import type { BreathPhase, ExerciseId } from '../../shared/exercises'
import type { LayerId, VolumeSettings } from '../../shared/soundscape'

// What the sound runtime shows to React, and the pure rules for changing it. The store changes only when something
// visible changes, never per frame: per-frame values live in the pacer sample instead.

export type AudioStatus = 'starting' | 'running' | 'blocked' | 'unavailable'

export type ExerciseView = {
  id: ExerciseId
  title: string
  stepIndex: number
  stepTitle: string
  caption: string
  phase: BreathPhase | null
  breathing: boolean
}

/** What React shows; changes only when something visible changes (never per frame). */
export type SoundView = {
  audio: AudioStatus
  volumes: VolumeSettings
  layers: LayerId[]
  calm: boolean
  exercise: ExerciseView | null
  voice: boolean
  /** The in-VR sound & exercises panel. */
  vrPanel: boolean
}

export type SoundViewStore = StoreApi<SoundView>

/** The view before anything has been heard: audio still starting, the device's own volumes. */
export function createSoundView(volumes: VolumeSettings, voice: boolean): SoundViewStore {
  return createStore<SoundView>()(() => ({
    audio: 'starting',
    volumes,
    layers: [],
    calm: false,
    exercise: null,
    voice,
    vrPanel: false,
  }))
}

/** A context that is not running is blocked until a tap: the browser's autoplay rule, not a failure. */
export const audioStatusOf = (contextState: string): AudioStatus =>
  contextState === 'running' ? 'running' : 'blocked'

/**
 * New volumes from the current ones and a partial change. Every level is kept within 0…1, and a value that is
 * not a finite number (a stored file edited by hand, a slider's NaN) plays at full rather than silencing a layer.
 */
export function mergeVolumes(current: VolumeSettings, partial: Partial<VolumeSettings>): VolumeSettings {
  const next: VolumeSettings = {
    master: clamp01(partial.master ?? current.master),
    muted: partial.muted ?? current.muted,
    layers: { ...current.layers, ...partial.layers },
  }
  for (const [id, v] of Object.entries(next.layers)) next.layers[id as LayerId] = clamp01(v ?? 1)
  return next
}

export const clamp01 = (v: number) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 1)
