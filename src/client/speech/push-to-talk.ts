// Push-to-talk, as plain TypeScript with a vanilla store (React and the VR panel only subscribe): the microphone is
// open only while the button is held; the recording goes to the server for text; the client confirms it before use.
import type { Clock } from '../../shared/clock'
import { createStore } from 'zustand/vanilla'
import type { VoiceCaps } from '../../shared/privacy/voice-caps'
import {
  TRANSCRIBE_MAX_SECONDS,
  VOICE_KEYS,
  voiceKeyOf,
  type VoiceKey,
} from '../../shared/privacy/voice-caps'
import type { Transcript } from './speech-api'

export type TalkState =
  /** Ready; `hint` is a calm line after a short tap, silence or a failed try (a key of the headset's words). */
  | { kind: 'idle'; hint: VoiceKey | null }
  /**
   * Speaking in is not possible here: one calm sentence saying typing (or the therapist) is the way in. `again`: it
   * was said before on this page, so the panel need not say it twice (VR offers the word chips at once instead).
   */
  | { kind: 'unavailable'; reason: VoiceKey; again?: boolean }
  /** A headset used alone with the clinic's own speech server: the wearer is asked first (`question`). */
  | { kind: 'consent'; question: VoiceKey }
  /** Asking the server and the browser (microphone permission). */
  | { kind: 'checking' }
  | { kind: 'listening'; startedAt: number }
  | { kind: 'transcribing' }
  /** The words as heard; nothing is sent anywhere until the client chooses "Use these words". */
  | { kind: 'confirm'; text: string }

type RecorderLike = {
  readonly mimeType: string
  readonly state: string
  start(timeslice?: number): void
  stop(): void
  addEventListener(type: 'dataavailable', f: (e: { data: Blob }) => void): void
  addEventListener(type: 'stop' | 'error', f: () => void): void
}
type StreamLike = { getTracks(): Array<{ stop(): void }> }
export type Meter = { level(): number; close(): void }

export type PushToTalkDeps = {
  /** Null when this device is not in a session (solo: no client record, so no consent). */
  caps: () => Promise<VoiceCaps | null>
  getUserMedia: ((constraints: { audio: true }) => Promise<StreamLike>) | undefined
  createRecorder: ((stream: StreamLike) => RecorderLike) | undefined
  transcribe: (audio: Blob, signal: AbortSignal) => Promise<Transcript>
  /** The wearer's answer to the consent question (solo use); answers the caps that follow. */
  agree?: (yes: boolean) => Promise<VoiceCaps | null>
  /** Words of risk heard on a headset used alone: the crisis panel opens (in a session the server raised them). */
  raise?: () => void
  /** A soft level for the "Listening…" indicator (0…1); optional. */
  createMeter?: (stream: StreamLike) => Meter | null
  now?: Clock
  /** Shorter than this is a tap, not speech. @default 400 */
  minMs?: number
  /** @default TRANSCRIBE_MAX_SECONDS */
  maxSeconds?: number
}

export function createPushToTalk(deps: PushToTalkDeps) {
  const now = deps.now ?? (() => performance.now())
  const minMs = deps.minMs ?? 400
  const store = createStore<TalkState>()(() => ({ kind: 'idle', hint: null }))
  let held = false
  /** Bumped by every press and by dispose: an old press's late answer never changes a newer state. */
  let turn = 0
  let recorder: RecorderLike | null = null
  let stream: StreamLike | null = null
  let meter: Meter | null = null
  let chunks: Blob[] = []
  let maxTimer: ReturnType<typeof setTimeout> | null = null
  let inflight: AbortController | null = null

  /** The reasons already said on this page: each is said once, then only offered again quietly. */
  const told = new Set<VoiceKey>()
  const set = (s: TalkState) => store.setState(s, true)
  const unavailable = (reason: VoiceKey) => {
    const again = told.has(reason)
    told.add(reason)
    set(again ? { kind: 'unavailable', reason, again } : { kind: 'unavailable', reason })
  }
  const closeMic = () => {
    if (maxTimer) clearTimeout(maxTimer)
    maxTimer = null
    meter?.close()
    meter = null
    for (const t of stream?.getTracks() ?? []) {
      try {
        t.stop()
      } catch {
        // already stopped
      }
    }
    stream = null
  }

  async function press(): Promise<void> {
    const s = store.getState()
    if (held || s.kind === 'listening' || s.kind === 'transcribing' || s.kind === 'checking') return
    held = true
    const mine = ++turn
    set({ kind: 'checking' })
    const caps = await deps.caps().catch(() => null)
    if (mine !== turn) return
    if (!caps) return unavailable(VOICE_KEYS.solo)
    if (caps.ask && deps.agree) {
      held = false
      return set({ kind: 'consent', question: voiceKeyOf(caps.reason, VOICE_KEYS.askSolo) })
    }
    if (!caps.transcription) return unavailable(voiceKeyOf(caps.reason, VOICE_KEYS.off))
    if (!deps.getUserMedia || !deps.createRecorder) return unavailable(VOICE_KEYS.noMicrophone)
    let got: StreamLike
    try {
      got = await deps.getUserMedia({ audio: true })
    } catch (e) {
      if (mine !== turn) return
      const name = (e as { name?: unknown } | null)?.name
      const denied = name === 'NotAllowedError' || name === 'SecurityError'
      return unavailable(denied ? VOICE_KEYS.denied : VOICE_KEYS.noMicrophone)
    }
    if (mine !== turn) {
      for (const t of got.getTracks()) t.stop()
      return
    }
    stream = got
    // Let go while the browser asked for permission: nothing is recorded (the microphone closes at once).
    if (!held) {
      closeMic()
      return set({ kind: 'idle', hint: VOICE_KEYS.tooShort })
    }
    try {
      const r = deps.createRecorder(got)
      chunks = []
      r.addEventListener('dataavailable', (e) => {
        if (e.data && e.data.size > 0) chunks.push(e.data)
      })
      r.start(250)
      recorder = r
    } catch {
      closeMic()
      return unavailable(VOICE_KEYS.noMicrophone)
    }
    meter = deps.createMeter?.(got) ?? null
    maxTimer = setTimeout(() => void release(), (deps.maxSeconds ?? TRANSCRIBE_MAX_SECONDS) * 1000)
    set({ kind: 'listening', startedAt: now() })
  }

  /**
   * How long the recorder may take to hand over its last audio after stop. A busy device (a headset mid-frame, a
   * loaded laptop) can take seconds; giving up sooner sent nothing and told the client they had said nothing. The
   * cap is only for a recorder that never answers.
   */
  const RECORDER_STOP_WAIT_MS = 6000

  async function release(): Promise<void> {
    held = false
    const s = store.getState()
    const r = recorder
    if (s.kind !== 'listening' || !r) return
    recorder = null
    const mine = turn
    const tooShort = now() - s.startedAt < minMs
    const stopped = new Promise<void>((resolve) => {
      r.addEventListener('stop', () => resolve())
      r.addEventListener('error', () => resolve())
    })
    try {
      if (r.state !== 'inactive') r.stop()
    } catch {
      // a recorder that already stopped still gave us its chunks
    }
    closeMic()
    if (tooShort) {
      chunks = []
      return set({ kind: 'idle', hint: VOICE_KEYS.tooShort })
    }
    set({ kind: 'transcribing' })
    await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, RECORDER_STOP_WAIT_MS))])
    if (mine !== turn) return
    const audio = new Blob(chunks, { type: r.mimeType || chunks[0]?.type || 'audio/webm' })
    chunks = []
    if (audio.size === 0) return set({ kind: 'idle', hint: VOICE_KEYS.empty })
    inflight = new AbortController()
    const result = await deps.transcribe(audio, inflight.signal)
    inflight = null
    if (mine !== turn) return
    // Raised for risk: in a session the therapist has the words already and the session shows its gentle message;
    // alone, the crisis panel opens, as for typed words.
    if (result.ok && result.risk) {
      set({ kind: 'idle', hint: null })
      return deps.raise?.()
    }
    if (result.ok) {
      return set(
        result.text ? { kind: 'confirm', text: result.text } : { kind: 'idle', hint: VOICE_KEYS.empty },
      )
    }
    if (result.status === 409) return unavailable(voiceKeyOf(result.message, VOICE_KEYS.off))
    set({ kind: 'idle', hint: voiceKeyOf(result.message, VOICE_KEYS.failed) })
  }

  return {
    store,
    press,
    release,
    /** The soft level while listening (0…1), read per frame outside React. */
    level: () => (meter ? Math.min(1, Math.max(0, meter.level())) : 0),
    /** "Use these words": hands the confirmed text on (describe in a session), then back to idle. */
    async use(send: (text: string) => Promise<boolean> | boolean): Promise<boolean> {
      const s = store.getState()
      if (s.kind !== 'confirm') return false
      set({ kind: 'idle', hint: null })
      return send(s.text)
    },
    /** "Try again" (or close a message, or "Not now"): the words are dropped, nothing was sent. */
    reset(): void {
      const s = store.getState()
      if (s.kind === 'confirm' || s.kind === 'unavailable' || s.kind === 'idle' || s.kind === 'consent')
        set({ kind: 'idle', hint: null })
    },
    /** "Yes" to the consent question: recorded on the server, then the wearer holds the button to speak. */
    async agree(): Promise<void> {
      if (store.getState().kind !== 'consent' || !deps.agree) return
      const mine = ++turn
      set({ kind: 'checking' })
      const caps = await deps.agree(true).catch(() => null)
      if (mine !== turn) return
      if (caps?.transcription) return set({ kind: 'idle', hint: VOICE_KEYS.agreed })
      unavailable(voiceKeyOf(caps?.reason, VOICE_KEYS.off))
    },
    get holding() {
      return held
    },
    dispose(): void {
      turn++
      held = false
      inflight?.abort()
      try {
        if (recorder && recorder.state !== 'inactive') recorder.stop()
      } catch {
        // nothing to stop
      }
      recorder = null
      closeMic()
      set({ kind: 'idle', hint: null })
    },
  }
}

export type PushToTalk = ReturnType<typeof createPushToTalk>
