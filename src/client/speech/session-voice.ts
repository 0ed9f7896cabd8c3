import { createServerVoice } from '../../audio/server-voice'
import { captionsOnlyVoice } from '../../audio/voice'
import type { SoundRuntime } from '../exercises/sound-runtime'
import type { HeadsetSession } from '../session/session-client'
import type { SoundSlot } from '../sound-slot'
import { createSpeechApi, readAccessKey, type SpeechApi } from './speech-api'
import { upcomingLines } from './upcoming-lines'

type Runtime = Pick<SoundRuntime, 'engine' | 'running' | 'view'>

export type SessionVoiceOptions = {
  api?: SpeechApi
}

/** Waits on the sound runtime's view until the page has an audio engine (it may come after pairing). */
function whenEngine(runtime: Runtime): { ready: Promise<void>; cancel: () => void } {
  let cancel = () => {}
  const ready = new Promise<void>((resolve) => {
    if (runtime.engine) return resolve()
    const unsubscribe = runtime.view.subscribe(() => {
      if (!runtime.engine) return
      unsubscribe()
      resolve()
    })
    cancel = unsubscribe
  })
  return { ready, cancel }
}

/**
 * In a live session whose client may use the AI voice (`speech` in voice-caps), narration and exercise steps speak
 * with it: each line from the server, played through the page's sound engine, the device voice for any line it
 * cannot give. The next exercise lines are fetched ahead. If the page has no audio engine yet, the voice connects
 * as soon as it has one. Returns the way back to the device voice.
 */
export async function connectSessionVoice(
  session: Pick<HeadsetSession, 'device'>,
  runtime: Runtime,
  sound: Pick<SoundSlot, 'voices' | 'probes'>,
  options: SessionVoiceOptions = {},
): Promise<() => void> {
  const device = session.device
  if (!device) return () => {}
  const speech =
    options.api ?? createSpeechApi({ deviceToken: device.deviceToken, accessKey: readAccessKey() })
  const caps = await speech.caps()
  if (!caps.speech) return () => {}
  let stopped = false
  let disconnect: (() => void) | null = null
  const engine = whenEngine(runtime)
  const connecting = engine.ready
    .then(() => {
      if (stopped) return
      disconnect = attach(runtime, speech, sound)
    })
    .catch((e: unknown) => console.warn('session: the AI voice could not start; the device voice speaks', e))
  // Connected now when the engine is already there; otherwise whenever it arrives.
  if (runtime.engine) await connecting
  return () => {
    stopped = true
    engine.cancel()
    disconnect?.()
    disconnect = null
  }
}

function attach(
  runtime: Runtime,
  speech: SpeechApi,
  sound: Pick<SoundSlot, 'voices' | 'probes'>,
): () => void {
  const engine = runtime.engine!
  const { voices, probes } = sound
  const voice = createServerVoice({
    ctx: engine.ctx,
    destination: engine.master.volume,
    fetchLine: (text, lang) => speech.speech(text, undefined, lang),
    // The device's own voice once it has settled, captions only before: any line the server cannot give.
    fallback: () => voices.device() ?? captionsOnlyVoice,
  })
  // Narration and exercise steps speak with the preferred voice while there is one.
  voices.prefer(voice)
  let unprobe: (() => void) | null = null
  let off = false
  // Browser tests (`?e2e=1`) meter what the voice really played; the meter's code loads only for them.
  if (probes)
    void import('./voice-probe').then((m) => {
      if (!off) unprobe = m.watchServerVoice(voice, engine.ctx, probes)
    })
  const prefetch = () => {
    const run = runtime.running
    // Sped-up runs (tests) speak nothing, so they fetch nothing either.
    if (run && run.start.timeScale === 1)
      voice.prefetch(upcomingLines(run.timeline, run.clock.elapsed(), 2), run.timeline.lang)
  }
  // Only when a caption or step changes (never per frame): the next lines are on their way before they are due.
  const unsubscribe = runtime.view.subscribe((v, prev) => {
    if (v.exercise !== prev.exercise) prefetch()
  })
  prefetch()
  return () => {
    off = true
    unsubscribe()
    voice.cancel()
    unprobe?.()
    if (voices.preferred() === voice) voices.prefer(null)
    // After the cancel fade, the voice leaves the master chain.
    setTimeout(() => voice.output.disconnect(), 300)
  }
}
