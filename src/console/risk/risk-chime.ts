/**
 * The risk alert's sound: a soft two-note chime, made with Web Audio (no file to fetch), repeated every few
 * seconds until the therapist acknowledges. Low and round: sine tones, a 60 ms rise and a long fall, never a click.
 * A browser may keep audio suspended until the page has been clicked; then `blocked` is true and a click anywhere
 * (or on the alert's hint) lets it play.
 */

/** The parts of Web Audio the chime uses (a fake in unit tests). */
export type ChimeParam = {
  setValueAtTime(value: number, time: number): unknown
  linearRampToValueAtTime(value: number, time: number): unknown
  exponentialRampToValueAtTime(value: number, time: number): unknown
  cancelScheduledValues(time: number): unknown
}
export type ChimeNode = { connect(node: unknown): unknown; disconnect(): unknown }
export type ChimeOscillator = ChimeNode & {
  type: string
  frequency: { value: number }
  start(when: number): unknown
  stop(when: number): unknown
}
export type ChimeContext = {
  readonly state: string
  readonly currentTime: number
  readonly destination: unknown
  createOscillator(): ChimeOscillator
  createGain(): ChimeNode & { gain: ChimeParam }
  resume(): Promise<void>
  suspend(): Promise<void>
}

/** Two notes a major third apart, falling (E5 then C5): a doorbell heard from another room. */
export const CHIME_NOTES = [
  { hz: 659.25, at: 0 },
  { hz: 523.25, at: 0.45 },
] as const
/** Peak gain of one note: quiet beside speech, well under the clinic's other sounds. */
export const CHIME_PEAK = 0.07
export const CHIME_ATTACK_S = 0.06
export const CHIME_DECAY_S = 1.6
export const CHIME_EVERY_MS = 4000
/** An octave partial, quieter and shorter, makes it a bell rather than a beep. */
const PARTIAL = { ratio: 2, gain: 0.18, decay: 0.7 }

/** The gain automation of one note starting at `t`: from silence, a gentle rise, a long exponential fall. */
export function noteEnvelope(t: number, peak = CHIME_PEAK, decay = CHIME_DECAY_S) {
  return [
    { kind: 'set', value: 0, time: t },
    { kind: 'linear', value: peak, time: t + CHIME_ATTACK_S },
    { kind: 'exponential', value: 0.0001, time: t + decay },
  ] as const
}

export type RiskChime = {
  /** Chimes actually played (the audio context was running), for the tests. */
  readonly started: number
  readonly playing: boolean
  /** The browser keeps audio suspended until the page is clicked. */
  readonly blocked: boolean
  start(): void
  stop(): void
  /** From a click: lets suspended audio play. */
  unlock(): void
  /** Told when `blocked` or `playing` changes. */
  subscribe(listener: () => void): () => void
  dispose(): void
}

export type ChimeDeps = {
  createContext?: () => ChimeContext | null
  everyMs?: number
  setTimer?: (f: () => void, ms: number) => unknown
  clearTimer?: (t: unknown) => void
  /** How long a resume may take before the sound counts as blocked. */
  resumeWaitMs?: number
}

const browserContext = (): ChimeContext | null => {
  const Ctor =
    typeof window === 'undefined'
      ? undefined
      : (window.AudioContext ??
        (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext)
  try {
    return Ctor ? (new Ctor({ latencyHint: 'interactive' }) as unknown as ChimeContext) : null
  } catch {
    return null
  }
}

export function createRiskChime(deps: ChimeDeps = {}): RiskChime {
  const setTimer = deps.setTimer ?? ((f: () => void, ms: number) => setTimeout(f, ms))
  const clearTimer = deps.clearTimer ?? ((t: unknown) => clearTimeout(t as ReturnType<typeof setTimeout>))
  const everyMs = deps.everyMs ?? CHIME_EVERY_MS
  const resumeWaitMs = deps.resumeWaitMs ?? 400
  const listeners = new Set<() => void>()
  let ctx: ChimeContext | null = null
  let master: (ChimeNode & { gain: ChimeParam }) | null = null
  let timer: unknown = null
  let idleTimer: unknown = null
  let playing = false
  /** Each start is a new round: a chime still waiting on a resume from an earlier round never plays. */
  let round = 0
  let blocked = false
  let started = 0

  const changed = () => listeners.forEach((l) => l())
  const setBlocked = (b: boolean) => {
    if (b !== blocked) {
      blocked = b
      changed()
    }
  }

  function context(): ChimeContext | null {
    if (!ctx) {
      ctx = (deps.createContext ?? browserContext)()
      if (ctx) {
        master = ctx.createGain()
        master.gain.setValueAtTime(1, 0)
        master.connect(ctx.destination)
      }
    }
    return ctx
  }

  /** Resumes a suspended context, waiting a little: without a click the promise may never settle. */
  async function running(c: ChimeContext): Promise<boolean> {
    if (c.state === 'running') return true
    await Promise.race([
      c.resume().catch(() => undefined),
      new Promise((ok) => setTimer(() => ok(undefined), resumeWaitMs)),
    ])
    return c.state === 'running'
  }

  function note(c: ChimeContext, out: ChimeNode, hz: number, t: number, peak: number, decay: number) {
    const osc = c.createOscillator()
    const gain = c.createGain()
    osc.type = 'sine'
    osc.frequency.value = hz
    for (const p of noteEnvelope(t, peak, decay)) {
      if (p.kind === 'set') gain.gain.setValueAtTime(p.value, p.time)
      else if (p.kind === 'linear') gain.gain.linearRampToValueAtTime(p.value, p.time)
      else gain.gain.exponentialRampToValueAtTime(p.value, p.time)
    }
    osc.connect(gain)
    gain.connect(out)
    osc.start(t)
    osc.stop(t + decay + 0.05)
  }

  async function ring(r: number) {
    timer = null
    if (!playing || r !== round) return
    const c = context()
    const out = master
    if (c && out && (await running(c)) && playing && r === round) {
      setBlocked(false)
      const t = c.currentTime + 0.03
      for (const n of CHIME_NOTES) {
        note(c, out, n.hz, t + n.at, CHIME_PEAK, CHIME_DECAY_S)
        note(c, out, n.hz * PARTIAL.ratio, t + n.at, CHIME_PEAK * PARTIAL.gain, PARTIAL.decay)
      }
      started++
    } else if (playing && r === round) setBlocked(true)
    if (playing && r === round) timer = setTimer(() => void ring(r), everyMs)
  }

  return {
    get started() {
      return started
    },
    get playing() {
      return playing
    },
    get blocked() {
      return blocked
    },
    start() {
      if (playing) return
      playing = true
      if (idleTimer !== null) clearTimer(idleTimer)
      idleTimer = null
      if (master && ctx) {
        master.gain.cancelScheduledValues(ctx.currentTime)
        master.gain.setValueAtTime(1, ctx.currentTime)
      }
      changed()
      void ring(++round)
    },
    stop() {
      if (!playing) return
      playing = false
      if (timer !== null) clearTimer(timer)
      timer = null
      setBlocked(false)
      // A note still ringing fades out over a fifth of a second instead of being cut.
      if (ctx && master) {
        const now = ctx.currentTime
        master.gain.cancelScheduledValues(now)
        master.gain.setValueAtTime(1, now)
        master.gain.linearRampToValueAtTime(0, now + 0.2)
        const c = ctx
        // An idle context still keeps the audio device busy: let it sleep once the fade is over.
        idleTimer = setTimer(() => {
          idleTimer = null
          if (!playing) void c.suspend().catch(() => undefined)
        }, 1000)
      }
      changed()
    },
    unlock() {
      const c = context()
      if (!c) return
      const wasBlocked = blocked
      void c
        .resume()
        .catch(() => undefined)
        .then(() => {
          if (c.state === 'running') setBlocked(false)
          // A chime that could not play rings at once rather than at the next turn.
          if (wasBlocked && playing && c.state === 'running' && timer !== null) {
            clearTimer(timer)
            void ring(round)
          }
        })
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    dispose() {
      playing = false
      if (timer !== null) clearTimer(timer)
      if (idleTimer !== null) clearTimer(idleTimer)
      listeners.clear()
    },
  }
}
