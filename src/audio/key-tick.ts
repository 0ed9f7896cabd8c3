// The soft tick of a key on the VR keyboard: a short, low wooden "tok" rather than a click. The sound starts from
// silence over a few milliseconds (a hard edge is what makes a click sharp) and dies away in about 60 ms, well
// below the level of speech, and it goes through the master chain, so the listener's volume and mute hold.

/** Peak level of the tick (linear): about −30 dBFS, a touch under the breathing tone. */
export const TICK_LEVEL = 0.035
export const TICK_HZ = 520
/** Attack and the whole length, seconds. */
export const TICK_ATTACK_S = 0.004
export const TICK_LENGTH_S = 0.07

/** Plays one tick at `at` (context time, now by default). Nodes stop and are collected after it. */
export function playKeyTick(ctx: BaseAudioContext, out: AudioNode, at = ctx.currentTime): void {
  const osc = ctx.createOscillator()
  osc.type = 'sine'
  // A slight fall in pitch reads as wood, not as a beep.
  osc.frequency.setValueAtTime(TICK_HZ, at)
  osc.frequency.exponentialRampToValueAtTime(TICK_HZ * 0.8, at + TICK_LENGTH_S)
  const env = ctx.createGain()
  env.gain.setValueAtTime(0, at)
  env.gain.linearRampToValueAtTime(TICK_LEVEL, at + TICK_ATTACK_S)
  env.gain.exponentialRampToValueAtTime(0.0001, at + TICK_LENGTH_S)
  osc.connect(env)
  env.connect(out)
  osc.start(at)
  osc.stop(at + TICK_LENGTH_S + 0.01)
  osc.onended = () => env.disconnect()
}
