import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import { createPaintScheduler, type Painter } from '../../src/scene/gallery/paint-scheduler'
import { createPictureBoard } from '../../src/scene/gallery/picture-board'
import {
  coverFit,
  crossfadeProgress,
  cueOpacity,
  CUE_BREATH_MS,
  PICTURE_CROSSFADE_MS,
  PICTURE_WAIT_MS,
  pictureWant,
  smooth01,
} from '../../src/scene/gallery/picture-fade'
import { createRecipe } from '../../src/shared/recipe/create-recipe'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/scene-constants'

describe('crossfade progress', () => {
  it('runs 0 → 1 over the crossfade, smoothly and never outside [0, 1]', () => {
    expect(crossfadeProgress(-100)).toBe(0)
    expect(crossfadeProgress(0)).toBe(0)
    expect(crossfadeProgress(PICTURE_CROSSFADE_MS / 2)).toBeCloseTo(0.5, 6)
    expect(crossfadeProgress(PICTURE_CROSSFADE_MS)).toBe(1)
    expect(crossfadeProgress(PICTURE_CROSSFADE_MS * 3)).toBe(1)
    let prev = -1
    for (let t = 0; t <= PICTURE_CROSSFADE_MS; t += 50) {
      const p = crossfadeProgress(t)
      expect(p).toBeGreaterThanOrEqual(prev)
      // No frame (at 20 fps, slower than any headset) jumps by more than 4 % of the blend: no pop.
      if (prev >= 0) expect(p - prev).toBeLessThan(0.04)
      prev = p
    }
  })
  it('eases in and out (slow at both ends) and copes with bad input', () => {
    expect(smooth01(0.05)).toBeLessThan(0.05)
    expect(smooth01(0.95)).toBeGreaterThan(0.95)
    expect(smooth01(Number.NaN)).toBe(0)
    expect(crossfadeProgress(10, 0)).toBe(1)
    expect(PICTURE_CROSSFADE_MS).toBeGreaterThanOrEqual(2000)
  })
})

describe('cover fit', () => {
  it('crops a wide picture evenly left and right, a tall one top and bottom', () => {
    expect(coverFit(1536, 1024)).toEqual({
      repeatX: 1024 / 1536,
      repeatY: 1,
      offsetX: (1 - 1024 / 1536) / 2,
      offsetY: 0,
    })
    const tall = coverFit(1024, 1536)
    expect(tall.repeatX).toBe(1)
    expect(tall.repeatY).toBeCloseTo(1024 / 1536, 9)
    expect(tall.offsetY).toBeCloseTo((1 - 1024 / 1536) / 2, 9)
    expect(coverFit(1024, 1024)).toEqual({ repeatX: 1, repeatY: 1, offsetX: 0, offsetY: 0 })
  })
  it('never stretches: the shown part keeps the frame aspect', () => {
    for (const [w, h, frame] of [
      [1792, 1024, 1],
      [800, 600, 4 / 3],
      [600, 800, 2],
    ] as const) {
      const f = coverFit(w, h, frame)
      expect((w * f.repeatX) / (h * f.repeatY)).toBeCloseTo(frame, 9)
      expect(f.repeatX).toBeLessThanOrEqual(1)
      expect(f.repeatY).toBeLessThanOrEqual(1)
    }
    expect(coverFit(0, 10)).toEqual({ repeatX: 1, repeatY: 1, offsetX: 0, offsetY: 0 })
  })
})

describe('the on-its-way cue', () => {
  it('breathes slowly between soft values, and holds still with reduced motion', () => {
    const values = Array.from({ length: 81 }, (_, i) => cueOpacity((i * CUE_BREATH_MS) / 80, false))
    expect(Math.min(...values)).toBeCloseTo(0.25, 2)
    expect(Math.max(...values)).toBeCloseTo(0.7, 2)
    expect(CUE_BREATH_MS).toBeGreaterThanOrEqual(2000) // far below 3 flashes a second
    expect(cueOpacity(0, true)).toBe(cueOpacity(1234, true))
    expect(cueOpacity(Number.NaN, false)).toBeGreaterThan(0)
  })
  it('maps the image state to cue / fetch / nothing (a failure is simply nothing)', () => {
    expect(pictureWant(undefined)).toBe('none')
    expect(pictureWant({ state: 'painting' })).toBe('cue')
    expect(pictureWant({ state: 'ready', file: 'a.png' })).toBe('fetch')
    expect(pictureWant({ state: 'ready' })).toBe('none')
    for (const s of ['failed', 'cancelled', 'capped']) expect(pictureWant({ state: s })).toBe('none')
  })
})

function fakePainter(): Painter & { sizes: number[]; released: number } {
  const sizes: number[] = []
  const p = {
    sizes,
    released: 0,
    paint: (_r: unknown, size = 1024) => {
      sizes.push(size)
      return new THREE.DataTexture(new Uint8Array(4), 1, 1)
    },
    repaint: () => {},
    release: (t: THREE.Texture) => {
      p.released++
      t.dispose()
    },
    dispose: () => {},
  }
  return p as unknown as Painter & { sizes: number[]; released: number }
}

const recipe = createRecipe(DEFAULT_SCENE_SPEC, 1)
const input = (id: string) => ({ id, recipe, position: { x: 0, y: 1.5, z: -3 }, rotationY: 0 })
const viewer = new THREE.Object3D()

describe('paint scheduler with pictures', () => {
  it('crossfades over the painting with one extra plane, then holds the picture alone', () => {
    const painter = fakePainter()
    const s = createPaintScheduler(painter)
    const board = createPictureBoard()
    s.setPictures(board)
    s.sync([input('a')])
    let t = 0
    for (let i = 0; i < 4; i++) s.step(viewer, (t += 16))
    t += 2000 // the painting fully faded in
    s.step(viewer, t)
    const entry = s.entries.get('a')!
    expect(entry.mesh.material.opacity).toBe(1)
    const painted = entry.mesh.material.map
    expect(painted).not.toBeNull()
    const picture = new THREE.Texture()
    board.set('a', { texture: picture })
    s.step(viewer, (t += 16))
    expect(s.group.children.length).toBe(2) // the painting and, only while fading, the picture
    expect(entry.mesh.material.map).toBe(painted)
    s.step(viewer, (t += PICTURE_CROSSFADE_MS / 2))
    const mid = s.group.children[1] as THREE.Mesh<THREE.PlaneGeometry, THREE.MeshBasicMaterial>
    expect(mid.material.opacity).toBeGreaterThan(0.3)
    expect(mid.material.opacity).toBeLessThan(0.7)
    expect(s.pictureStates(t)[0]!.state).toBe('fading')
    s.step(viewer, (t += PICTURE_CROSSFADE_MS))
    expect(s.group.children.length).toBe(1)
    expect(entry.mesh.material.map).toBe(picture)
    expect(entry.small).toBeNull() // the painting's textures are freed
    expect(s.pictureStates(t)).toEqual([{ id: 'a', state: 'shown', progress: 1 }])
    const paints = painter.sizes.length
    for (let i = 0; i < 5; i++) s.step(viewer, (t += 16))
    expect(painter.sizes.length).toBe(paints) // never painted again
  })

  it('a picture ready at first sight waits a moment for its texture, then fades in without a crossfade', () => {
    const painter = fakePainter()
    const s = createPaintScheduler(painter)
    const board = createPictureBoard()
    s.setPictures(board)
    board.set('a', { cue: true, loading: true, loadingSince: 0 })
    s.sync([input('a')])
    let t = 0
    for (let i = 0; i < 5; i++) s.step(viewer, (t += 16))
    expect(painter.sizes).toEqual([]) // waiting for the picture, not painting
    const picture = new THREE.Texture()
    board.set('a', { texture: picture, loading: false, cue: false })
    s.step(viewer, (t += 16))
    expect(s.group.children.length).toBe(1)
    expect(s.entries.get('a')!.mesh.material.map).toBe(picture)
    s.step(viewer, (t += 600))
    const o = s.entries.get('a')!.mesh.material.opacity
    expect(o).toBeGreaterThan(0.2)
    expect(o).toBeLessThan(1)
    expect(painter.sizes).toEqual([])
  })

  it('a picture that never arrives: the painting is painted after the wait', () => {
    const painter = fakePainter()
    const s = createPaintScheduler(painter)
    const board = createPictureBoard()
    s.setPictures(board)
    board.set('a', { loading: true, loadingSince: 0 })
    s.sync([input('a')])
    s.step(viewer, 10)
    s.step(viewer, 20)
    expect(painter.sizes).toEqual([])
    s.step(viewer, PICTURE_WAIT_MS + 10)
    expect(painter.sizes).toEqual([256])
  })

  it('solo use (no board) is unchanged: paints and never adds a plane', () => {
    const painter = fakePainter()
    const s = createPaintScheduler(painter)
    s.sync([input('a'), input('b')])
    let t = 0
    for (let i = 0; i < 6; i++) s.step(viewer, (t += 16))
    expect(s.group.children.length).toBe(2)
    expect(painter.sizes.slice(0, 2)).toEqual([256, 256])
    expect(s.pictureStates()).toEqual([])
  })

  it('removing an artwork mid-fade drops its extra plane; the board keeps the texture until it forgets it', () => {
    const s = createPaintScheduler(fakePainter())
    const board = createPictureBoard()
    s.setPictures(board)
    s.sync([input('a')])
    let t = 0
    for (let i = 0; i < 3; i++) s.step(viewer, (t += 16))
    const picture = new THREE.Texture()
    let disposed = 0
    picture.addEventListener('dispose', () => disposed++)
    board.set('a', { texture: picture })
    s.step(viewer, (t += 16))
    expect(s.group.children.length).toBe(2)
    s.sync([])
    expect(s.group.children.length).toBe(0)
    expect(disposed).toBe(0)
    board.keep(new Set())
    expect(disposed).toBe(1)
  })
})
