import type { BreathPhase } from './types'

/** A controller pulse: strength 0…1 and length in ms. */
export type HapticPulse = { intensity: number; durationMs: number }

/**
 * The gentle pulse that marks the start of each breath phase, so the rhythm can be felt with the eyes closed:
 * a soft long one to breathe in, a lighter one to breathe out, a barely-there tap for holds.
 */
export function hapticForPhase(phase: BreathPhase): HapticPulse {
  switch (phase) {
    case 'in':
      return { intensity: 0.35, durationMs: 120 }
    case 'out':
      return { intensity: 0.22, durationMs: 90 }
    case 'hold':
    case 'hold-out':
      return { intensity: 0.12, durationMs: 40 }
  }
}
