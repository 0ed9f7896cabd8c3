import type { OfflineContextCtor } from '../../audio/render-layer'
import { captionsOnlyVoice, createDeviceVoice, type Voice } from '../../audio/voice'
import type { ClientStore } from '../client-store'
import type { SoundSlot, VoiceChoice } from '../sound-slot'
import { createSoundRuntime, type SoundRuntime } from './sound-runtime'
import { createDeviceVolumeSource } from './volume-source'

/**
 * The page's sound runtime, made once and kept in the shell's sound slot. In a session the volumes are kept with
 * the client's record (the slot's volume home), on the device otherwise.
 */
export function pageSoundRuntime(slot: SoundSlot, store: ClientStore): SoundRuntime {
  return slot.keep(() => {
    const Offline = (globalThis as { OfflineAudioContext?: OfflineContextCtor }).OfflineAudioContext
    const voice = createDeviceVoice(globalThis.speechSynthesis, globalThis.SpeechSynthesisUtterance)
    const runtime = createSoundRuntime({
      clientStore: store,
      volumeSource: slot.volumes.around(createDeviceVolumeSource(globalThis.localStorage)),
      Offline,
      voice,
      startDelayMs: 1000,
    })
    const { voices } = slot
    let speaking: Voice = voice
    voices.subscribe(() => {
      const next = voices.preferred() ?? deviceVoice(voices)
      // Setting a voice stops the line in progress: only a real change does that.
      if (next === speaking) return
      speaking = next
      runtime.setVoice(next)
    })
    // Quest Browser often has no voices: the view then says captions only (and nothing waits on a voice).
    void voice.ready.then(() => {
      // Its voices are known now: the view learns whether it speaks or shows captions only.
      if (speaking === voice) runtime.setVoice(voice)
      voices.setDevice(voice)
    })
    return runtime
  })
}

/** The device's own voice once it has settled, captions only before (or when it has none): any voice's fallback. */
export const deviceVoice = (voices: Pick<VoiceChoice, 'device'>): Voice =>
  voices.device() ?? captionsOnlyVoice
