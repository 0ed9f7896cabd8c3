import type { OfflineContextCtor } from '../../audio/render-layer'
import { captionsOnlyVoice, createDeviceVoice, type Voice } from '../../audio/voice'
import type { ClientStore } from '../client-store'
import { createSoundRuntime, type SoundRuntime } from './sound-runtime'
import { createDeviceVolumeSource, type VolumeSource } from './volume-source'
import { sessionAwareVolumeSource } from './record-volume-source'

let runtime: SoundRuntime | null = null
let deviceVoice: Voice = captionsOnlyVoice
/** A voice chosen over the device's (the server's AI voice in a session). */
let preferred: Voice | null = null

/**
 * The one sound runtime of the page (one AudioContext, one set of loops), made on first use. `volumeSource`
 * lets a session keep the volumes with the client's record; the device's localStorage otherwise.
 */
export function getSoundRuntime(store: ClientStore, volumeSource?: VolumeSource): SoundRuntime {
  if (runtime) return runtime
  const Offline = (globalThis as { OfflineAudioContext?: OfflineContextCtor }).OfflineAudioContext
  const voice = createDeviceVoice(globalThis.speechSynthesis, globalThis.SpeechSynthesisUtterance)
  const r = createSoundRuntime({
    clientStore: store,
    // In a session the volumes are kept with the client's record (record-volume-source.ts), else on the device.
    volumeSource: volumeSource ?? sessionAwareVolumeSource(createDeviceVolumeSource(globalThis.localStorage)),
    Offline,
    voice,
    startDelayMs: 1000,
  })
  // Quest Browser often has no voices: the view then says captions only (and nothing waits on a voice).
  void voice.ready.then(() => {
    deviceVoice = voice
    if (!preferred) r.setVoice(voice)
  })
  runtime = r
  return r
}

/** The device's own voice once it has settled (captions only before, or when it has none): any voice's fallback. */
export const getDeviceVoice = (): Voice => deviceVoice

/** Speaks with `voice` instead of the device's (null: back to the device's voice). */
export function preferVoice(voice: Voice | null): void {
  preferred = voice
  runtime?.setVoice(voice ?? deviceVoice)
}
