// The paint scheduler's decisions, as pure functions: what is painted next, what gives up its large texture,
// what a sync changes, how a painting fades in. No three, no painter.
import { describe, expect, it } from 'vitest'
import {
  easeInOut,
  fadeOpacity,
  firstDrawnMs,
  isOnWall,
  isVisibleOpacity,
  NOT_SHOWN,
  pictureState,
  RESTART,
} from '../../src/scene/gallery/paint-fade'
import {
  paintSettings,
  planPaint,
  planSync,
  recipeKey,
  textureBytes,
  waitsForPicture,
  type PlanFacts,
} from '../../src/scene/gallery/paint-plan'
import { PICTURE_CROSSFADE_MS, PICTURE_WAIT_MS } from '../../src/scene/gallery/picture-fade'

type Row = PlanFacts & { id: string }
const row = (id: string, distance: number, more: Partial<PlanFacts> = {}): Row => ({
  id,
  distance,
  urgent: false,
  repaint: false,
  hasSmall: false,
  hasLarge: false,
  crossfading: false,
  ...more,
})
const budget = { maxLarge: 2, largeRadius: 9 }
const plan = (rows: Row[], waits: (r: Row) => boolean = () => false) =>
  planPaint(rows, (r) => r, waits, budget)
const ids = (rows: readonly Row[]) => rows.map((r) => r.id)

describe('which painting is painted next', () => {
  it('paints a small texture for the nearest unpainted painting first', () => {
    const p = plan([row('far', 12), row('near', 2), row('mid', 5)])
    expect(ids(p.order)).toEqual(['near', 'mid', 'far'])
    expect(p.job).toEqual({ kind: 'small', item: expect.objectContaining({ id: 'near' }) })
  })

  it("puts the client's new words and new versions before everything, and keeps ties in their last order", () => {
    const p = plan([row('a', 3), row('b', 3), row('new', 40, { urgent: true }), row('c', 1)])
    expect(ids(p.order)).toEqual(['new', 'c', 'a', 'b'])
    expect(ids(plan([row('b', 3), row('a', 3)]).order)).toEqual(['b', 'a'])
  })

  it("a new version's painting comes before any small or large texture", () => {
    const p = plan([row('a', 1), row('v', 6, { hasSmall: true, repaint: true })])
    expect(p.job).toMatchObject({ kind: 'repaint', item: { id: 'v' } })
  })

  it('then large textures, only for the nearest few and only within reach', () => {
    const painted = { hasSmall: true }
    const p = plan([row('a', 1, painted), row('b', 4, { ...painted, hasLarge: true }), row('c', 5, painted)])
    expect(p.job).toMatchObject({ kind: 'large', item: { id: 'a' } })
    // 'c' is third nearest: beyond maxLarge, so nothing is painted.
    expect(
      plan([
        row('a', 1, { hasSmall: true, hasLarge: true }),
        row('b', 4, { ...painted, hasLarge: true }),
        row('c', 5, painted),
      ]).job,
    ).toEqual({ kind: 'idle' })
    expect(plan([row('far', 9.5, painted)]).job).toEqual({ kind: 'idle' })
    expect(plan([row('edge', 9, painted)]).job).toMatchObject({ kind: 'large' })
  })

  it('skips a painting waiting for its picture, asking only about candidates', () => {
    const asked: string[] = []
    const p = plan([row('waiting', 1), row('next', 2), row('later', 3)], (r) => {
      asked.push(r.id)
      return r.id === 'waiting'
    })
    expect(p.job).toMatchObject({ kind: 'small', item: { id: 'next' } })
    expect(asked).toEqual(['waiting', 'next'])
  })

  it('gives up large textures beyond the nearest few, with two to spare, never mid-crossfade', () => {
    const big = { hasSmall: true, hasLarge: true }
    const rows = [0, 1, 2, 3, 4, 5].map((d) => row(`p${d}`, d, big))
    rows[5] = row('p5', 5, { ...big, crossfading: true })
    rows.push(row('small-only', 6, { hasSmall: true }))
    expect(ids(plan(rows).downgrade)).toEqual(['p4'])
  })
})

describe('waiting for a picture', () => {
  it('a painting with a picture is never painted; one not shown yet waits a moment for a picture on its way', () => {
    expect(waitsForPicture(true, true, undefined, 0)).toBe(true)
    const slot = { loading: true, loadingSince: 1000 }
    expect(waitsForPicture(false, false, slot, 1000 + PICTURE_WAIT_MS - 1)).toBe(true)
    expect(waitsForPicture(false, false, slot, 1000 + PICTURE_WAIT_MS)).toBe(false)
    expect(waitsForPicture(false, true, slot, 1001)).toBe(false) // already on the wall: paint as usual
    expect(waitsForPicture(false, false, { loading: false, loadingSince: 0 }, 1)).toBe(false)
    expect(waitsForPicture(false, false, undefined, 1)).toBe(false)
  })
})

describe('sync', () => {
  const recipe = { seed: 1 }
  const at = (id: string, x = 0, r: unknown = recipe, rotationY = 0) => ({
    id,
    recipe: r,
    position: { x, y: 1.5, z: -3 },
    rotationY,
  })
  const hung = (x = 0, r: unknown = recipe) => ({
    key: recipeKey(r),
    position: { x, y: 1.5, z: -3 },
    rotationY: 0,
  })

  it('removes what is gone, adds what is new, and tells a move from a new version', () => {
    const p = planSync(
      new Map([
        ['gone', hung()],
        ['still', hung()],
        ['moved', hung()],
        ['refined', hung()],
      ]),
      [at('still'), at('moved', 2), at('refined', 0, { seed: 2 }), at('new')],
    )
    expect(p.remove).toEqual(['gone'])
    expect(
      p.steps.map((s) => [
        s.kind,
        s.input.id,
        s.kind === 'change' && s.moved,
        s.kind === 'change' && s.revised,
      ]),
    ).toEqual([
      ['change', 'still', false, false],
      ['change', 'moved', true, false],
      ['change', 'refined', false, true],
      ['add', 'new', false, false],
    ])
    expect(planSync(new Map([['a', hung()]]), [at('a', 0, recipe, 1)]).steps[0]).toMatchObject({
      moved: true,
    })
  })

  it('an id given twice changes what the first hung', () => {
    const p = planSync(new Map(), [at('a'), at('a', 3, { seed: 2 })])
    expect(p.steps).toMatchObject([
      { kind: 'add', input: { id: 'a' } },
      { kind: 'change', moved: true, revised: true },
    ])
  })
})

describe('budgets and fades', () => {
  it('defaults: 256 for all, 1024 for the nearest ten within 9 m, a 1.4 s fade', () => {
    expect(paintSettings()).toEqual({
      smallSize: 256,
      largeSize: 1024,
      maxLarge: 10,
      largeRadius: 9,
      fadeMs: 1400,
      paintingSize: 1.1,
    })
    expect(paintSettings({ maxLarge: 3 }).maxLarge).toBe(3)
  })

  it('counts texture memory with mipmaps', () => {
    const sizes = { smallSize: 256, largeSize: 1024 }
    const mip = 4 / 3
    expect(
      textureBytes(
        [
          { hasSmall: true, hasLarge: true },
          { hasSmall: true, hasLarge: false },
        ],
        sizes,
      ),
    ).toBe(256 * 256 * 4 * mip + 1024 * 1024 * 4 * mip + 256 * 256 * 4 * mip)
    expect(textureBytes([], sizes)).toBe(0)
  })

  it('fades in smoothly from when it was first shown, and not before', () => {
    expect(fadeOpacity({ start: NOT_SHOWN, ms: 1000, opacity: 0 }, 500)).toBeNull()
    expect(fadeOpacity({ start: RESTART, ms: 1000, opacity: 0 }, 500)).toBeNull()
    expect(fadeOpacity({ start: 100, ms: 1000, opacity: 0 }, 100)).toBe(0)
    expect(fadeOpacity({ start: 100, ms: 1000, opacity: 0.2 }, 600)).toBeCloseTo(0.5, 9)
    expect(fadeOpacity({ start: 100, ms: 1000, opacity: 0.9 }, 5000)).toBe(1)
    expect(fadeOpacity({ start: 100, ms: 1000, opacity: 1 }, 5000)).toBeNull() // done: the plane is left alone
    expect(easeInOut(0.05)).toBeLessThan(0.05)
    expect(isOnWall({ start: 0, ms: 1, opacity: 0 })).toBe(true)
    expect(isOnWall({ start: RESTART, ms: 1, opacity: 0 })).toBe(false)
    expect(isVisibleOpacity(0.001)).toBe(false)
    expect(isVisibleOpacity(0.002)).toBe(true)
    // A new plane's first step is drawn, and is still nothing to see (a fade, never a flash), whatever the length.
    for (const ms of [400, 1400, 3000]) {
      const first = fadeOpacity({ start: 0, ms, opacity: 0 }, firstDrawnMs(ms))!
      expect(isVisibleOpacity(first), `${ms}`).toBe(true)
      expect(first, `${ms}`).toBeLessThan(0.002)
    }
  })

  it("reports a picture's crossfade, then 'shown' once the plane is fully in", () => {
    expect(pictureState('a', 0, 1, PICTURE_CROSSFADE_MS / 2)).toEqual({
      id: 'a',
      state: 'fading',
      progress: 0.5,
    })
    expect(pictureState('a', null, 0.4, 0)).toEqual({ id: 'a', state: 'fading', progress: 0.4 })
    expect(pictureState('a', null, 1, 0)).toEqual({ id: 'a', state: 'shown', progress: 1 })
  })
})
