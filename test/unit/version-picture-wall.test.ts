// A refined version's own AI picture on the wall: when it arrives while the wall still fades from the
// version before's picture to the new painting, the board has already freed that old picture — the plane must never
// show it again, and the new picture crossfades in as usual.
import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import { createPictureBoard } from '../../src/scene/gallery/picture-board'
import { PICTURE_CROSSFADE_MS } from '../../src/scene/gallery/picture-fade'
import { createPaintScheduler, type Painter } from '../../src/scene/gallery/paint-scheduler'
import { createRecipe } from '../../src/shared/recipe'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/spec'

function fakePainter() {
  const painted: THREE.Texture[] = []
  const painter: Painter = {
    paint: () => {
      const t = new THREE.DataTexture(new Uint8Array(4), 1, 1)
      painted.push(t)
      return t
    },
    repaint: () => {},
    release: () => {},
    dispose: () => {},
  }
  return { painter, painted }
}

const at = (seed: number) => ({
  id: 'a',
  recipe: createRecipe(
    {
      ...DEFAULT_SCENE_SPEC,
      palette: seed === 1 ? DEFAULT_SCENE_SPEC.palette : ['#f0b070', '#e8c9a0', '#b87a4b'],
    },
    seed,
  ),
  position: { x: 0, y: 1.5, z: -3 },
  rotationY: 0,
})
const viewer = new THREE.Object3D()

/** The original hangs with its AI picture fully faded in; returns the clock, the board and the old picture. */
function withPicture() {
  const { painter, painted } = fakePainter()
  const s = createPaintScheduler(painter)
  const board = createPictureBoard()
  s.setPictures(board)
  s.sync([at(1)])
  let t = 0
  for (let i = 0; i < 4; i++) s.step(viewer, (t += 16))
  s.step(viewer, (t += 2000))
  const old = new THREE.Texture()
  board.set('a', { texture: old })
  s.step(viewer, (t += 16))
  s.step(viewer, (t += PICTURE_CROSSFADE_MS * 2))
  expect(s.entries.get('a')!.mesh.material.map).toBe(old)
  return { s, board, old, painted, t }
}

describe("a version's picture arriving during the fade to its painting", () => {
  it.each([
    ['after the new painting was painted', true],
    ['before the new painting was even painted', false],
  ])('%s: the plane leaves the freed picture at once and the new one fades in', (_, paintedFirst) => {
    const { s, board, old, painted, t: t0 } = withPicture()
    let t = t0
    const entry = s.entries.get('a')!
    let disposed = false
    old.addEventListener('dispose', () => void (disposed = true))
    s.sync([at(2)]) // the new version hangs
    const before = painted.length
    if (paintedFirst) {
      s.step(viewer, (t += 16))
      s.step(viewer, (t += PICTURE_CROSSFADE_MS / 3))
      expect(entry.mesh.material.map).toBe(old) // mid-fade: the old picture is still underneath
    }
    const own = new THREE.Texture()
    board.set('a', { texture: own })
    expect(disposed).toBe(true) // the board freed the old picture as it handed over the new one
    s.step(viewer, (t += 16))
    expect(entry.mesh.material.map).not.toBe(old)
    expect(entry.mesh.material.map).toBe(painted[before]) // the new version's painting, painted once
    expect(painted.length).toBe(before + 1)
    for (let i = 0; i < 3; i++) s.step(viewer, (t += PICTURE_CROSSFADE_MS))
    expect(entry.mesh.material.map).toBe(own)
    expect(s.group.children.length).toBe(1)
    expect(painted.length).toBeLessThanOrEqual(before + 2) // at most the large texture after it; never the old one
  })
})
