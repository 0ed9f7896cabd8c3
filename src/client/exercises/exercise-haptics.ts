import { hapticForPhase, type BreathPhase } from '../../shared/exercises'
import { pushCapped } from './exercise-frame'

// A gentle pulse on the controllers at each breath phase, felt in step with the tone.

type Pulse = (value: number, duration: number) => Promise<boolean>
type Actuator = { pulse?: Pulse }
export type InputSourceLike = { gamepad?: { hapticActuators?: readonly Actuator[] } | null }

export type HapticsRecord = {
  count: number
  /** Recent pulses, with the context time they were sent at (tests check them against the schedule). */
  log: Array<{ phase: BreathPhase; ctxTime: number; actuators: number }>
}

const HAPTICS_KEPT = 40

/** The first actuator of each controller that can pulse; hands and gaze have none. */
export function pulseActuators(sources: Iterable<InputSourceLike>): Array<{ pulse: Pulse }> {
  const out: Array<{ pulse: Pulse }> = []
  for (const s of sources) {
    const a = s.gamepad?.hapticActuators?.[0]
    if (a?.pulse) out.push(a as { pulse: Pulse })
  }
  return out
}

export function createHaptics(contextTime: () => number) {
  const record: HapticsRecord = { count: 0, log: [] }
  return {
    record,
    /** Pulses every controller for the phase; a failing actuator is ignored so it never breaks the exercise. */
    pulse(phase: BreathPhase, sources: Iterable<InputSourceLike> | null | undefined) {
      if (!sources) return
      const { intensity, durationMs } = hapticForPhase(phase)
      const actuators = pulseActuators(sources)
      for (const a of actuators) void a.pulse(intensity, durationMs).catch(() => false)
      if (actuators.length === 0) return
      record.count++
      pushCapped(record.log, { phase, ctxTime: contextTime(), actuators: actuators.length }, HAPTICS_KEPT)
    },
  }
}
