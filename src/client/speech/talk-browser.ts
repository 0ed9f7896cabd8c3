import { readDeviceSession } from '../session/device-token'
import { VOICE_TEXT } from '../../shared/privacy/voice-caps'
import { createPushToTalk, type Meter, type PushToTalk } from './push-to-talk'
import { createSpeechApi, readAccessKey } from './speech-api'
import type { TalkShell } from './talk-slot'
import { createApi } from '../api'

/** What MediaRecorder can make here, best first (Chromium: webm/opus; Quest Browser too; Safari: mp4). */
const TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4']

function recorderType(): string | undefined {
  const R = globalThis.MediaRecorder
  return TYPES.find((t) => {
    try {
      return R.isTypeSupported(t)
    } catch {
      return false
    }
  })
}

/** A soft level from the microphone: RMS of the last few milliseconds, eased so it swells rather than flickers. */
function createMicMeter(stream: MediaStream): Meter | null {
  const Ctx = globalThis.AudioContext
  if (!Ctx) return null
  try {
    const ctx = new Ctx()
    const analyser = ctx.createAnalyser()
    analyser.fftSize = 512
    ctx.createMediaStreamSource(stream).connect(analyser)
    const data = new Float32Array(analyser.fftSize)
    let eased = 0
    return {
      level() {
        analyser.getFloatTimeDomainData(data)
        let sum = 0
        for (let i = 0; i < data.length; i++) sum += data[i]! * data[i]!
        const rms = Math.sqrt(sum / data.length)
        // Speech sits around 0.02–0.2 RMS; map it to 0…1 and ease toward it (rises and falls over ~0.3 s).
        const target = Math.min(1, rms * 6)
        eased += (target - eased) * 0.12
        return eased
      },
      close() {
        void ctx.close().catch(() => {})
      },
    }
  } catch {
    return null
  }
}

/** A push-to-talk on this browser's microphone; the shell's talk slot keeps the page's one (talk-slot.ts). */
export function createBrowserPushToTalk(shell: TalkShell): PushToTalk {
  // In a session, the session's routes; alone, the device's own (the clinic's own speech server only).
  const api = async () => {
    const accessKey = readAccessKey()
    const device = readDeviceSession()
    if (device) return createSpeechApi({ deviceToken: device.deviceToken, accessKey })
    const solo = await createApi({ accessKey }).soloDevice()
    return solo ? createSpeechApi({ soloDevice: solo, accessKey }) : null
  }
  const media = globalThis.navigator?.mediaDevices
  return createPushToTalk({
    caps: async () => (await (await api())?.caps()) ?? null,
    agree: async (yes) => (await (await api())?.agree(yes)) ?? null,
    raise: () => shell.raise(),
    getUserMedia: media?.getUserMedia ? (c) => media.getUserMedia(c) : undefined,
    createRecorder: globalThis.MediaRecorder
      ? (stream) => {
          const type = recorderType()
          return new MediaRecorder(stream as MediaStream, type ? { mimeType: type } : undefined)
        }
      : undefined,
    transcribe: async (audio, signal) =>
      (await (await api())?.transcribe(audio, signal)) ?? {
        ok: false,
        status: 0,
        message: VOICE_TEXT.failed,
      },
    createMeter: (stream) => createMicMeter(stream as MediaStream),
  })
}
