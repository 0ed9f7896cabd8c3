// The last stage before the speakers: the listener's volume, the calm duck, a limiter, and a soft ceiling so the
// sum of every layer and the breathing tone can never clip.
import { planRamp, type RampOptions } from '../shared/soundscape'

/** Nothing leaves the chain above this (linear): −1.6 dBFS, under the −1 dBFS promise with room to spare. */
export const CEILING = 0.83

export type MasterChain = {
  input: GainNode
  /** The listener's master volume (0 when muted). */
  volume: GainNode
  /** The calm() duck. */
  duck: GainNode
  output: AudioNode
}

/** A curve that is exactly linear up to 0.5 and then bends smoothly toward CEILING, never past it. */
export function softCeilingCurve(points = 2049): Float32Array<ArrayBuffer> {
  const c = new Float32Array(points)
  const knee = 0.5
  const room = CEILING - knee
  for (let i = 0; i < points; i++) {
    const x = (i / (points - 1)) * 2 - 1
    const a = Math.abs(x)
    const y = a <= knee ? a : knee + room * Math.tanh((a - knee) / room)
    c[i] = Math.sign(x) * y
  }
  return c
}

const SCENE_GAIN = 1.6
const LIMIT_THRESHOLD_DB = -10
const LIMIT_RATIO = 12

/** The make-up gain a hard-knee DynamicsCompressorNode applies (Web Audio spec: (1 / curve(1.0))^0.6). */
export function compressorMakeupGain(thresholdDb: number, ratio: number): number {
  const fullRangeDb = thresholdDb - thresholdDb / ratio
  return 10 ** ((-fullRangeDb * 0.6) / 20)
}

export function createMasterChain(
  ctx: BaseAudioContext,
  destination: AudioNode = ctx.destination,
): MasterChain {
  const input = ctx.createGain()
  // Loops are normalised with headroom for summing; +4 dB brings a whole scene to about −30 dBFS RMS at the
  // default volume: present, still quieter than speech (docs/ART.md).
  input.gain.value = SCENE_GAIN
  const volume = ctx.createGain()
  const duck = ctx.createGain()
  const limiter = ctx.createDynamicsCompressor()
  limiter.threshold.value = LIMIT_THRESHOLD_DB
  limiter.knee.value = 0
  limiter.ratio.value = LIMIT_RATIO
  limiter.attack.value = 0.004
  limiter.release.value = 0.3
  // The Web Audio compressor adds its own make-up gain (the spec's fullRangeMakeupGain); undo it so quiet scenes
  // pass unchanged and only loud moments are held down.
  const makeup = ctx.createGain()
  makeup.gain.value = 1 / compressorMakeupGain(LIMIT_THRESHOLD_DB, LIMIT_RATIO)
  const ceiling = ctx.createWaveShaper()
  ceiling.curve = softCeilingCurve()
  ceiling.oversample = '2x'
  input.connect(volume).connect(duck).connect(limiter).connect(makeup).connect(ceiling).connect(destination)
  return { input, volume, duck, output: ceiling }
}

/**
 * Moves an AudioParam gently from its current value to `to`, with steps no larger than a few dB and a fade of at
 * least a second (planRamp). Returns when it will arrive, on the context's clock.
 */
export function rampParam(
  param: AudioParam,
  to: number,
  now: number,
  options: RampOptions = {},
  from: number = param.value,
): number {
  const plan = planRamp(from, to, options)
  param.cancelScheduledValues(now)
  param.setValueAtTime(from, now)
  for (const p of plan.points.slice(1)) param.linearRampToValueAtTime(p.gain, now + p.t)
  return now + plan.duration
}
