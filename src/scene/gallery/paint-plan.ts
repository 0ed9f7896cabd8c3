/**
 * The scheduler's decisions as pure functions over plain facts (no three, no painter): which painting to paint
 * next and at what size, which large textures to give up, what a sync changes, and what the textures cost.
 */
import { PICTURE_WAIT_MS } from './picture-fade'

export type PaintSchedulerOptions = {
  /** @default 256 — every painting gets this first, so a 60-artwork gallery fills quickly. */
  smallSize?: number
  /** @default 1024 — only for the nearest few, which are close enough to show the detail. */
  largeSize?: number
  /** @default 10 */
  maxLarge?: number
  /** Paintings farther than this never get the large texture. @default 9 */
  largeRadius?: number
  /** Fade-in duration; docs/CLINICAL.md asks for ≥ 1 s so nothing pops. @default 1400 */
  fadeMs?: number
  /** Side of the square painting plane in metres. @default 1.1 */
  paintingSize?: number
}

export type PaintSettings = Readonly<Required<PaintSchedulerOptions>>

export function paintSettings(options: PaintSchedulerOptions = {}): PaintSettings {
  return {
    smallSize: options.smallSize ?? 256,
    largeSize: options.largeSize ?? 1024,
    maxLarge: options.maxLarge ?? 10,
    largeRadius: options.largeRadius ?? 9,
    fadeMs: options.fadeMs ?? 1400,
    paintingSize: options.paintingSize ?? 1.1,
  }
}

/** What the planner needs to know of one painting. */
export type PlanFacts = {
  distance: number
  urgent: boolean
  repaint: boolean
  hasSmall: boolean
  hasLarge: boolean
  /** A second plane is fading in over it: its textures stay as they are until the fade lands. */
  crossfading: boolean
}

export type PaintJob<T> =
  | { kind: 'repaint'; item: T }
  | { kind: 'small'; item: T }
  | { kind: 'large'; item: T }
  /** Nothing to paint: a warm-up, if any is queued. */
  | { kind: 'idle' }

export type PaintPlan<T> = {
  /** Urgent first, then nearest first. Keep it for the next step: ties keep the order they had. */
  order: T[]
  /** Far paintings that give up their large texture and show their small one (no paint cost). */
  downgrade: T[]
  job: PaintJob<T>
}

/**
 * One step's plan: at most one paint. A new version's painting comes first, then a small texture for every painting
 * (nearest first), then large ones for the nearest few within reach. Large textures beyond the nearest `maxLarge`
 * (with two to spare, so nothing flips back and forth) are given up. `waits` says a painting is waiting for its
 * picture and should not be painted now; it is asked only about the candidates.
 */
export function planPaint<T>(
  previousOrder: readonly T[],
  factsOf: (item: T) => PlanFacts,
  waits: (item: T) => boolean,
  budget: Pick<PaintSettings, 'maxLarge' | 'largeRadius'>,
): PaintPlan<T> {
  const rows = previousOrder.map((item) => ({ item, facts: factsOf(item) }))
  const rank = (f: PlanFacts) => (f.urgent ? -1 : f.distance)
  rows.sort((a, b) => rank(a.facts) - rank(b.facts))
  const order = rows.map((r) => r.item)
  const downgrade = rows
    .slice(budget.maxLarge + 2)
    .filter((r) => r.facts.hasLarge && r.facts.hasSmall && !r.facts.crossfading)
    .map((r) => r.item)
  return { order, downgrade, job: pickJob(rows, waits, budget) }
}

function pickJob<T>(
  rows: ReadonlyArray<{ item: T; facts: PlanFacts }>,
  waits: (item: T) => boolean,
  budget: Pick<PaintSettings, 'maxLarge' | 'largeRadius'>,
): PaintJob<T> {
  for (const r of rows) if (r.facts.repaint) return { kind: 'repaint', item: r.item }
  for (const r of rows) if (!r.facts.hasSmall && !waits(r.item)) return { kind: 'small', item: r.item }
  for (const r of rows.slice(0, budget.maxLarge))
    if (!r.facts.hasLarge && !waits(r.item) && r.facts.distance <= budget.largeRadius)
      return { kind: 'large', item: r.item }
  return { kind: 'idle' }
}

/** The board's slot for a painting, as far as waiting goes. */
export type PictureWait = { loading: boolean; loadingSince: number }

/**
 * A painting with a picture never needs its own paint; one not on the wall yet whose picture is ready and on its way
 * waits for it a moment (a welcome, a reconnect) rather than painting what would be crossfaded away at once.
 */
export function waitsForPicture(
  hasPicture: boolean,
  onWall: boolean,
  slot: PictureWait | undefined,
  now: number,
): boolean {
  if (hasPicture) return true
  return !!slot?.loading && !onWall && now - slot.loadingSince < PICTURE_WAIT_MS
}

/** Approximate GPU bytes of painted textures, with mipmaps. */
export function textureBytes(
  paintings: Iterable<{ hasSmall: boolean; hasLarge: boolean }>,
  sizes: Pick<PaintSettings, 'smallSize' | 'largeSize'>,
): number {
  let bytes = 0
  for (const p of paintings) {
    if (p.hasSmall) bytes += sizes.smallSize * sizes.smallSize * 4 * (4 / 3)
    if (p.hasLarge) bytes += sizes.largeSize * sizes.largeSize * 4 * (4 / 3)
  }
  return bytes
}

type Point = { x: number; y: number; z: number }

export const distanceBetween = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z)

/** What a sync does, in the order of the inputs: hang a new painting, or change one already hung. */
export type SyncStep<I> =
  | { kind: 'add'; input: I; key: string }
  | { kind: 'change'; input: I; key: string; moved: boolean; revised: boolean }
export type SyncPlan<I> = { remove: string[]; steps: SyncStep<I>[] }

type Hung = { key: string; position: Point; rotationY: number }
type Wanted = { id: string; recipe: unknown; position: Point; rotationY: number }

/** The key that tells a new version of an artwork (a refinement) from the same recipe handed in again. */
export const recipeKey = (recipe: unknown): string => JSON.stringify(recipe)

/**
 * Removes the paintings no longer wanted, then walks the inputs in order: a new id is hung, a known one may have
 * moved or become a new version. An id given twice is a change to what the first one hung.
 */
export function planSync<I extends Wanted>(
  hung: ReadonlyMap<string, Hung>,
  inputs: readonly I[],
): SyncPlan<I> {
  const keep = new Set(inputs.map((i) => i.id))
  const remove = [...hung.keys()].filter((id) => !keep.has(id))
  const now = new Map(hung)
  const steps: SyncStep<I>[] = []
  for (const input of inputs) {
    const was = now.get(input.id)
    const key = recipeKey(input.recipe)
    if (!was) {
      steps.push({ kind: 'add', input, key })
      now.set(input.id, { key, position: input.position, rotationY: input.rotationY })
      continue
    }
    const p = input.position
    const moved =
      p.x !== was.position.x ||
      p.y !== was.position.y ||
      p.z !== was.position.z ||
      input.rotationY !== was.rotationY
    steps.push({ kind: 'change', input, key, moved, revised: key !== was.key })
    now.set(input.id, { key, position: moved ? p : was.position, rotationY: input.rotationY })
  }
  return { remove, steps }
}
