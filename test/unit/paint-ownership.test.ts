// Who frees which texture on the wall: every texture the painter made goes back to it exactly once (never twice,
// never forgotten), whatever happens to the painting, and an AI picture is never freed by the scheduler: the board
// that lent it frees it.
import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import type { Incoming, PaintingRecord } from '../../src/scene/gallery/paint-record'
import { createPaintScheduler, type Painter } from '../../src/scene/gallery/paint-scheduler'
import { borrow, createTextureSource } from '../../src/scene/gallery/paint-textures'
import { createPictureBoard } from '../../src/scene/gallery/picture-board'
import { PICTURE_CROSSFADE_MS } from '../../src/scene/gallery/picture-fade'
import { createRecipe } from '../../src/shared/recipe'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/spec'

/** A painter whose textures count their own disposals; `release` disposes, as the real one's render target does. */
function countingPainter() {
  const painted: THREE.Texture[] = []
  const disposals = new Map<THREE.Texture, number>()
  const foreign: THREE.Texture[] = []
  const painter: Painter = {
    paint: (_recipe, size = 1024) => {
      const t = new THREE.DataTexture(new Uint8Array(4), 1, 1)
      ;(t.image as { width: number }).width = size
      disposals.set(t, 0)
      t.addEventListener('dispose', () => disposals.set(t, (disposals.get(t) ?? 0) + 1))
      if (size > 16) painted.push(t)
      return t
    },
    repaint: () => {},
    release: (t) => {
      if (!disposals.has(t)) foreign.push(t)
      else t.dispose()
    },
    dispose: () => {},
  }
  const timesFreed = (t: THREE.Texture) => disposals.get(t) ?? 0
  /** Textures freed other than once (0: still held; 2+: freed twice). */
  const notFreedOnce = () => [...disposals.keys()].filter((t) => timesFreed(t) !== 1)
  return { painter, painted, foreign, timesFreed, notFreedOnce }
}

function countedPicture() {
  const texture = new THREE.Texture()
  let disposed = 0
  texture.addEventListener('dispose', () => disposed++)
  return { texture, disposed: () => disposed }
}

const recipe = (seed: number) =>
  createRecipe(
    {
      ...DEFAULT_SCENE_SPEC,
      palette: seed === 1 ? DEFAULT_SCENE_SPEC.palette : ['#f0b070', '#e8c9a0', '#b87a4b'],
    },
    seed,
  )
const at = (id: string, seed = 1, x = 0) => ({
  id,
  recipe: recipe(seed),
  position: { x, y: 1.5, z: -3 },
  rotationY: 0,
})
const viewer = new THREE.Object3D()

/** A scheduler with one painting hung and fully faded in (small and large painted); returns it and the clock. */
function hung(painter: Painter, options = {}) {
  const s = createPaintScheduler(painter, options)
  const board = createPictureBoard()
  s.setPictures(board)
  s.sync([at('a')])
  let t = 0
  for (let i = 0; i < 4; i++) s.step(viewer, (t += 16))
  s.step(viewer, (t += 2000))
  const tick = (ms = 16) => s.step(viewer, (t += ms))
  return { s, board, tick }
}

describe('texture ownership on the wall', () => {
  it('a painting replaced by a new version frees its old textures once, and the new one at dispose', () => {
    const c = countingPainter()
    const { s, tick } = hung(c.painter)
    const [small, large] = c.painted
    expect(large).toBeDefined()
    s.sync([at('a', 2)])
    tick()
    tick(PICTURE_CROSSFADE_MS * 2)
    expect(c.timesFreed(small!)).toBe(1)
    expect(c.timesFreed(large!)).toBe(1)
    s.dispose()
    expect(c.notFreedOnce()).toEqual([])
  })

  it('a painting removed mid-crossfade frees its textures and the version fading in, once each', () => {
    const c = countingPainter()
    const { s, tick } = hung(c.painter)
    s.sync([at('a', 2)])
    tick() // the new version's painting is fading in over the old
    expect(s.group.children.length).toBe(2)
    s.sync([])
    expect(s.group.children.length).toBe(0)
    expect(c.notFreedOnce()).toEqual([])
    s.dispose()
    expect(c.notFreedOnce()).toEqual([])
  })

  it('a version superseded while it fades in is freed once', () => {
    const c = countingPainter()
    const { s, tick } = hung(c.painter)
    s.sync([at('a', 2)])
    tick()
    const first = c.painted.at(-1)!
    s.sync([at('a', 3)])
    tick()
    expect(c.timesFreed(first)).toBe(1)
    tick(PICTURE_CROSSFADE_MS * 2)
    s.dispose()
    expect(c.notFreedOnce()).toEqual([])
  })

  it('a picture replaces the painting: the painting is freed once, the picture only by the board', () => {
    const c = countingPainter()
    const { s, board, tick } = hung(c.painter)
    const first = countedPicture()
    board.set('a', { texture: first.texture })
    tick()
    tick(PICTURE_CROSSFADE_MS / 2)
    // A newer picture while the first still fades in: the board frees the first, the scheduler never does.
    const second = countedPicture()
    board.set('a', { texture: second.texture })
    tick()
    tick(PICTURE_CROSSFADE_MS * 2)
    expect(s.entries.get('a')!.mesh.material.map).toBe(second.texture)
    expect(c.notFreedOnce()).toEqual([]) // both procedural textures, once
    expect(first.disposed()).toBe(1)
    s.sync([])
    s.dispose()
    expect(second.disposed()).toBe(0)
    expect(c.foreign).toEqual([])
    board.keep(new Set())
    expect(second.disposed()).toBe(1)
  })

  it("a version's fade cut short by a move and a picture is freed, not forgotten", () => {
    const c = countingPainter()
    const { s, board, tick } = hung(c.painter)
    s.sync([at('a', 2)])
    tick()
    const version = c.painted.at(-1)!
    s.sync([at('a', 2, 4)]) // moved: it fades in again where it now stands
    board.set('a', { texture: countedPicture().texture })
    tick()
    expect(c.timesFreed(version)).toBe(1)
    s.dispose()
    expect(c.notFreedOnce()).toEqual([])
  })

  it('far paintings and a lost context give their large textures back once', () => {
    const c = countingPainter()
    const s = createPaintScheduler(c.painter, { maxLarge: 1, largeRadius: 50 })
    s.sync([at('a', 1, 0), at('b', 2, 1), at('c', 3, 2), at('d', 1, 3)])
    let t = 0
    for (let i = 0; i < 12; i++) s.step(viewer, (t += 16))
    viewer.position.set(30, 1.6, 0) // walk to the other end: the nearest changes
    viewer.updateMatrixWorld()
    for (let i = 0; i < 12; i++) s.step(viewer, (t += 16))
    s.contextLost()
    s.contextRestored()
    for (let i = 0; i < 12; i++) s.step(viewer, (t += 16))
    expect(c.painted.filter((p) => c.timesFreed(p) > 1)).toEqual([])
    s.dispose()
    expect(c.notFreedOnce()).toEqual([])
    viewer.position.set(0, 0, 0)
    viewer.updateMatrixWorld()
  })

  it('whatever happens, each painted texture is freed exactly once and no picture by the scheduler', () => {
    let seed = 7
    const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
    for (let run = 0; run < 40; run++) {
      const c = countingPainter()
      const s = createPaintScheduler(c.painter, { maxLarge: 1 })
      const board = createPictureBoard()
      s.setPictures(board)
      const pictures: Array<ReturnType<typeof countedPicture>> = []
      let t = 0
      for (let op = 0; op < 80; op++) {
        const r = rand()
        if (r < 0.15)
          s.sync(
            ['a', 'b', 'c'].filter(() => rand() < 0.7).map((id) => at(id, pick([1, 2, 3]), pick([0, 3]))),
          )
        else if (r < 0.75) s.step(viewer, (t += pick([16, 16, 700, 3000])))
        else if (r < 0.85) {
          const picture = countedPicture()
          pictures.push(picture)
          board.set(pick(['a', 'b', 'c']), { texture: picture.texture })
        } else if (r < 0.9) s.contextRestored()
        else if (r < 0.95) board.set(pick(['a', 'b', 'c']), { loading: true, loadingSince: t })
        else s.dispose()
      }
      const onBoard = new Set(board.ids().map((id) => board.get(id)?.texture))
      s.dispose()
      expect(c.notFreedOnce()).toEqual([])
      expect(c.foreign).toEqual([])
      // A picture is freed by the board when it replaces or forgets it, never by the scheduler.
      for (const p of pictures) expect(p.disposed()).toBe(onBoard.has(p.texture) ? 0 : 1)
    }
  })
})

describe('texture ownership in the types', () => {
  it('rejects freeing a borrowed picture, disposing any held texture, or mixing the two up', () => {
    // Never called: `tsc` checks the expectations below (npm run typecheck covers test/).
    function mistakes(painter: Painter, record: PaintingRecord) {
      const source = createTextureSource(painter)
      const owned = source.paint(recipe(1), 16)
      const picture = borrow(new THREE.Texture())
      // @ts-expect-error a borrowed picture is not the painter's to free
      source.release(picture)
      // @ts-expect-error nor anyone's to dispose but its owner's
      picture.dispose()
      // @ts-expect-error an owned texture goes back through the source, which frees its render target too
      owned.dispose()
      // @ts-expect-error the raw painter takes only what it made, through the source
      painter.release(owned)
      // @ts-expect-error a picture cannot sit in a slot whose texture the scheduler frees
      record.painted.small = picture
      // @ts-expect-error a version's painting is owned; a borrowed texture cannot pose as one
      const incoming: Incoming = { kind: 'version', texture: picture }
      return incoming
    }
    expect(typeof mistakes).toBe('function')
  })
})

describe('a new painting on the wall', () => {
  it('is drawn in the very frame it is painted, at the first step of its fade, then fades on', () => {
    const { painter } = countingPainter()
    const s = createPaintScheduler(painter, { fadeMs: 1400 })
    s.sync([at('a')])
    s.step(viewer, 0) // the gallery's first frame: nothing is painted yet
    expect(s.entries.get('a')!.opacity).toBe(0)
    expect(s.step(viewer, 16)).toBe(true) // the paint
    const first = s.entries.get('a')!.opacity
    expect(first).toBeGreaterThan(0.001)
    expect(first).toBeLessThan(0.002)
    const plane = s.group.getObjectByName('painting:a') as THREE.Mesh | undefined
    expect(plane?.visible).toBe(true)
    s.step(viewer, 16 + 700)
    expect(s.entries.get('a')!.opacity).toBeCloseTo(0.5, 1)
  })
})
