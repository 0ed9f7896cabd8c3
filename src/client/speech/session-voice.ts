import { createServerVoice, type ServerVoice } from '../../audio/server-voice'
import type { Voice } from '../../audio/voice'
import type { SoundRuntime } from '../exercises/sound-runtime'
import type { HeadsetSession } from '../session/session-client'
import { setNarrationVoice } from './narration-voice'
import { createSpeechApi, readAccessKey, type SpeechApi } from './speech-api'
import { upcomingLines } from './upcoming-lines'

let active: ServerVoice | null = null
/** The session's AI voice while one is connected (the browser tests read its counters). */
export const activeServerVoice = (): ServerVoice | null => active

/** The page's voice switch (src/client/exercises/runtime-singleton.ts), loaded with the sound chunk. */
export type VoiceControl = { getDeviceVoice: () => Voice; preferVoice: (voice: Voice | null) => void }

type Runtime = Pick<SoundRuntime, 'engine' | 'running' | 'view'>

export type SessionVoiceOptions = {
  api?: SpeechApi
  control?: () => Promise<VoiceControl>
  /** Meter the voice for the test API (default: only when `window.__stillroom` is installed, `?e2e=1`). */
  probe?: boolean
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
    .then(async () => {
      const control = await (options.control?.() ?? import('../exercises/sound-ui'))
      if (stopped) return
      disconnect = attach(runtime, speech, control, options.probe ?? probeWanted())
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

const probeWanted = () => typeof window !== 'undefined' && window.__stillroom !== undefined

function attach(runtime: Runtime, speech: SpeechApi, control: VoiceControl, probe: boolean): () => void {
  const engine = runtime.engine!
  const voice = createServerVoice({
    ctx: engine.ctx,
    destination: engine.master.volume,
    fetchLine: (text) => speech.speech(text),
    fallback: control.getDeviceVoice,
  })
  control.preferVoice(voice)
  setNarrationVoice(voice)
  active = voice
  let unprobe: (() => void) | null = null
  let off = false
  if (probe)
    void import('./voice-probe').then((m) => {
      if (!off) unprobe = m.watchServerVoice(voice, engine.ctx)
    })
  const prefetch = () => {
    const run = runtime.running
    // Sped-up runs (tests) speak nothing, so they fetch nothing either.
    if (run && run.start.timeScale === 1) voice.prefetch(upcomingLines(run.timeline, run.clock.elapsed(), 2))
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
    if (active === voice) active = null
    setNarrationVoice(null)
    control.preferVoice(null)
    // After the cancel fade, the voice leaves the master chain.
    setTimeout(() => voice.output.disconnect(), 300)
  }
}
