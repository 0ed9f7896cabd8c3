// The breathing tone: a soft sine that rises a fifth on the in-breath and falls on the out-breath, quiet in the
// holds. Every change is scheduled on the AudioContext clock ahead of time, so the tone keeps time even when the
// page stutters, and the visual pacer reads the same clock.
import type { BreathPhase } from '../shared/exercises'

/** A phase placed on the context's clock. */
export type ScheduledPhase = { key: string; phase: BreathPhase; start: number; duration: number }

export const TONE_LOW_HZ = 174.61 // F3
export const TONE_HIGH_HZ = 261.63 // C4, a fifth above
/** Quiet under the soundscape: a guide, not an alarm. */
export const TONE_LEVEL = 0.05

export type BreathTone = {
  /** Schedules phases not yet scheduled (by key); past ones are ignored. */
  schedule(phases: readonly ScheduledPhase[]): void
  /** Fades the tone out over a second from `at` and forgets what was scheduled. */
  stop(at: number): void
  /** Taps the tone for tests and the bench (pitch and level actually produced). */
  analyser: AnalyserNode
  /** Keys already scheduled (tests). */
  readonly scheduled: number
}

export function createBreathTone(ctx: BaseAudioContext, destination: AudioNode): BreathTone {
  const osc = ctx.createOscillator()
  osc.type = 'sine'
  osc.frequency.value = TONE_LOW_HZ
  // A faint octave gives the sine a little body without any edge.
  const octave = ctx.createOscillator()
  octave.type = 'sine'
  octave.frequency.value = TONE_LOW_HZ * 2
  const octaveLevel = ctx.createGain()
  octaveLevel.gain.value = 0.12
  const env = ctx.createGain()
  env.gain.value = 0
  // An explicit first event: some engines ramp from the param's default (1) toward the first target otherwise.
  env.gain.setValueAtTime(0, ctx.currentTime)
  const analyser = ctx.createAnalyser()
  analyser.fftSize = 4096
  analyser.smoothingTimeConstant = 0
  osc.connect(env)
  octave.connect(octaveLevel).connect(env)
  env.connect(destination)
  env.connect(analyser)
  osc.start()
  octave.start()

  const done = new Set<string>()
  let level = 0

  const glide = (at: number, duration: number, from: number, to: number) => {
    for (const [param, k] of [
      [osc.frequency, 1],
      [octave.frequency, 2],
    ] as const) {
      param.setValueAtTime(from * k, at)
      // End 5 ms early: the next phase anchors at exactly this phase's end, and were that anchor to land a hair
      // before the ramp's end (floating point), Web Audio would hold the pitch at `from` for the whole phase.
      param.linearRampToValueAtTime(to * k, at + Math.max(0, duration - 0.005))
    }
  }

  return {
    analyser,
    get scheduled() {
      return done.size
    },
    schedule(phases) {
      const now = ctx.currentTime
      for (const p of phases) {
        if (done.has(p.key) || p.start + p.duration <= now) continue
        done.add(p.key)
        const at = Math.max(p.start, now)
        const d = p.start + p.duration - at
        // Gain moves by linear ramps only, each starting where the previous phase left it (continuous, and the
        // same in every engine: node-web-audio-api mis-renders a future setTargetAtTime).
        const g = env.gain
        // Anchor where the last phase ended, so this phase's ramps start at its own beginning.
        g.setValueAtTime(level, at)
        switch (p.phase) {
          case 'in':
            glide(at, d, TONE_LOW_HZ, TONE_HIGH_HZ)
            g.linearRampToValueAtTime(TONE_LEVEL, at + Math.min(0.8, d * 0.4))
            level = TONE_LEVEL
            break
          case 'hold':
            glide(at, d, TONE_HIGH_HZ, TONE_HIGH_HZ)
            g.linearRampToValueAtTime(TONE_LEVEL * 0.35, at + Math.min(0.6, d * 0.3))
            level = TONE_LEVEL * 0.35
            break
          case 'out':
            glide(at, d, TONE_HIGH_HZ, TONE_LOW_HZ)
            g.linearRampToValueAtTime(TONE_LEVEL * 0.85, at + Math.min(0.4, d * 0.2))
            // Let it settle to silence as the lungs empty.
            g.linearRampToValueAtTime(0, at + d * 0.97)
            level = 0
            break
          case 'hold-out':
            glide(at, d, TONE_LOW_HZ, TONE_LOW_HZ)
            g.linearRampToValueAtTime(0, at + Math.min(0.1, d * 0.1))
            level = 0
            break
        }
      }
      if (done.size > 512) done.clear()
    },
    stop(at) {
      env.gain.cancelScheduledValues(at)
      osc.frequency.cancelScheduledValues(at)
      octave.frequency.cancelScheduledValues(at)
      env.gain.setValueAtTime(env.gain.value, at)
      env.gain.linearRampToValueAtTime(0, at + 1)
      done.clear()
      level = 0
    },
  }
}
