import { createRng } from '../recipe/random'
import { riverLine, terrainHeight } from './terrain'
import type { TerrainParams, Vec3 } from './types'

/** A place's wish for a waterfall where its river comes from (the biome table's `landscape.waterfall`). */
export type WaterfallParams = {
  /** Width of the falling sheet at the lip, metres; it widens a little as it falls. */
  width: number
}

/**
 * A waterfall at the head of a river, found in the terrain: the water leaves the lip (on the ground at the top of
 * the rock step), falls in a soft arc and meets the river where its water begins. World coordinates, metres.
 */
export type Waterfall = {
  /** Middle of the lip, on the terrain a little back from the edge. */
  lip: Vec3
  /** Middle of the foot, at the water's level where the river starts. */
  foot: Vec3
  width: number
  /** The drop, lip to water. */
  height: number
  /** 0…1 from the seed: where the streaks start, so two places never fall in step. */
  phase: number
}

/** Search step along the river, metres. */
const STEP = 0.25
/** How far beyond the river's last water a rock step may stand. */
const REACH = 16
/** A rise steeper than this (rise over run) at its steepest is a cliff; gentler ground has no waterfall. */
const CLIFF_SLOPE = 2
/** The lip is where the rise falls back under this slope. */
const TOP_SLOPE = 1
/** The lip sits this far back onto the top, so the water leaves from behind the edge. */
const SET_BACK = 1.5
/** A drop smaller than this is a riffle, not a waterfall. */
const MIN_DROP = 4

/**
 * Where the waterfall of a river falls, or undefined when the place has no river or no rock step at its head.
 * Pure and deterministic: the terrain (itself seeded) gives the lip and the foot, the seed only the streaks' phase.
 */
export function waterfallFor(t: TerrainParams, p: WaterfallParams, seed: number): Waterfall | undefined {
  const w = t.water
  if (w.kind !== 'river') return undefined
  const ground = (z: number): number => terrainHeight(t, riverLine(t, z), z)
  const wet = (z: number): boolean => ground(z) < w.level
  // Walk up the river from the middle of its water to where the water ends: the foot.
  let foot = w.centre[1]
  if (!wet(foot)) return undefined
  const far = w.centre[1] - w.radius - REACH
  while (foot - STEP > far && wet(foot - STEP)) foot -= STEP
  // The steepest rise within reach beyond it, then on up to where it levels off: the lip.
  let steepest = 0
  let cliff = foot
  for (let z = foot; z - STEP > foot - REACH; z -= STEP) {
    const rise = (ground(z - STEP) - ground(z)) / STEP
    if (rise > steepest) [steepest, cliff] = [rise, z - STEP]
  }
  if (steepest < CLIFF_SLOPE) return undefined
  let lip = cliff
  while (lip - STEP > foot - REACH && (ground(lip - STEP) - ground(lip)) / STEP > TOP_SLOPE) lip -= STEP
  lip -= SET_BACK
  const lipY = ground(lip)
  if (lipY - w.level < MIN_DROP) return undefined
  return {
    lip: [riverLine(t, lip), lipY, lip],
    foot: [riverLine(t, foot), w.level, foot],
    width: p.width,
    height: lipY - w.level,
    phase: Math.round(createRng((seed ^ 0x6a11f0) >>> 0).next() * 1000) / 1000,
  }
}

/**
 * True when (x, z) stands in the line of sight from `from` to the waterfall, where a tree would hide it: a wedge
 * that is a few metres wide by the visitor and as wide as the fall (and a crown) at its far end.
 */
export function inWaterfallView(
  fall: Waterfall,
  x: number,
  z: number,
  from: { x: number; z: number },
): boolean {
  const tx = (fall.lip[0] + fall.foot[0]) / 2 - from.x
  const tz = (fall.lip[2] + fall.foot[2]) / 2 - from.z
  const len2 = tx * tx + tz * tz
  const px = x - from.x
  const pz = z - from.z
  const along = (px * tx + pz * tz) / len2
  if (along <= 0 || along >= 1) return false
  const across = Math.abs(px * tz - pz * tx) / Math.sqrt(len2)
  return across < 3.5 + along * (fall.width * 0.6 + 3)
}
