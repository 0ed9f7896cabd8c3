import { cloneLook, crossfade, CROSSFADE_SECONDS, easeInOut } from '../../shared/landscape/crossfade'
import { structureKey } from '../../shared/landscape/params'
import type { LandscapeLook, LandscapeParams } from '../../shared/landscape/types'

/** A frame may advance a fade by at most this much, so one slow frame (a panorama paint) never jumps far. */
const MAX_STEP_S = 0.2

/**
 * The landscape's glide from one set of parameters to the next, outside React: `live` is the blended look of
 * this frame. When the place itself changes (new geometry), a soft haze (`veil`) rises, the structure is
 * swapped at its peak, and the haze clears: a place never pops into being.
 */
export function createLandscapeFader(initial: LandscapeParams, seconds = CROSSFADE_SECONDS) {
  let from = cloneLook(initial.look)
  let target = initial
  const live = cloneLook(initial.look)
  let progress = 1
  let swapPending = false
  let shownKey = structureKey(initial.structure)
  const state = {
    live,
    /** 0 … 1 through the current glide; 1 when settled. */
    get progress() {
      return progress
    },
    /** Eased share of the new look, 0 … 1 (drives the sky panorama mix too). */
    mix: 1,
    veil: 0,
    /** Seconds of fade time this fader has run: the app's own clock for the glide. */
    clock: 0,
    get target() {
      return target
    },
    get shownKey() {
      return shownKey
    },
    /** Start gliding toward `next` from wherever the current glide has got to. */
    set(next: LandscapeParams): void {
      from = cloneLook(live)
      target = next
      progress = 0
      state.mix = 0
      swapPending = structureKey(next.structure) !== shownKey
    },
    /**
     * Advance by `dt` seconds. Returns the structure to build when the haze has peaked, otherwise null.
     */
    step(dt: number): LandscapeParams | null {
      if (progress >= 1) return null
      const d = Math.min(Math.max(dt, 0), MAX_STEP_S)
      state.clock += d
      progress = Math.min(1, progress + d / seconds)
      state.mix = easeInOut(progress)
      crossfade(from, target.look, state.mix, live)
      let swap: LandscapeParams | null = null
      if (swapPending) {
        // A bell of haze: up over the first half, down over the second.
        state.veil = Math.sin(Math.PI * progress) ** 0.7 * 0.97
        if (progress >= 0.5) {
          swapPending = false
          shownKey = structureKey(target.structure)
          swap = target
        }
      } else if (state.veil > 0) {
        state.veil = progress >= 1 ? 0 : Math.sin(Math.PI * progress) ** 0.7 * 0.97
      }
      if (progress >= 1) state.veil = 0
      return swap
    },
  }
  return state
}

export type LandscapeFader = ReturnType<typeof createLandscapeFader>
export type { LandscapeLook }
