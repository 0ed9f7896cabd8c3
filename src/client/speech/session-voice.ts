import { createServerVoice, type ServerVoice } from '../../audio/server-voice'
import type { SoundRuntime } from '../exercises/sound-runtime'
import type { HeadsetSession } from '../session/session-client'
import { setNarrationVoice } from './narration-voice'
import { createSpeechApi, readAccessKey, type SpeechApi } from './speech-api'
import { upcomingLines } from './upcoming-lines'

let active: ServerVoice | null = null
/** The session's AI voice while one is connected (the browser tests read its counters). */
export const activeServerVoice = (): ServerVoice | null => active

/**
 * In a live session whose client may use the AI voice (`speech` in voice-caps), narration and exercise steps speak
 * with it: each line from the server, played through the page's sound engine, the device voice for any line it
 * cannot give. The next exercise lines are fetched ahead. Returns the way back to the device voice.
 */
export async function connectSessionVoice(
  session: Pick<HeadsetSession, 'device'>,
  runtime: SoundRuntime,
  api?: SpeechApi,
): Promise<() => void> {
  const device = session.device
  const engine = runtime.engine
  if (!device || !engine) return () => {}
  const speech = api ?? createSpeechApi({ deviceToken: device.deviceToken, accessKey: readAccessKey() })
  const caps = await speech.caps()
  if (!caps.speech) return () => {}
  const control = await import('../exercises/sound-ui')
  const voice = createServerVoice({
    ctx: engine.ctx,
    destination: engine.master.volume,
    fetchLine: (text) => speech.speech(text),
    fallback: control.getDeviceVoice,
  })
  control.preferVoice(voice)
  setNarrationVoice(voice)
  active = voice
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
    unsubscribe()
    voice.cancel()
    if (active === voice) active = null
    setNarrationVoice(null)
    control.preferVoice(null)
  }
}
