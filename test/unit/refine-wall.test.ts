// A new version of an artwork hangs under the same id: the wall must notice the new recipe and
// crossfade to its painting — and drop the old version's AI picture — rather than keep the old look until a reload.
import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import { createPictureBoard } from '../../src/scene/gallery/picture-board'
import { PICTURE_CROSSFADE_MS } from '../../src/scene/gallery/picture-fade'
import { createPaintScheduler, type Painter } from '../../src/scene/gallery/paint-scheduler'
import { createRecipe } from '../../src/shared/recipe'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/spec'

function fakePainter() {
  const painted: THREE.Texture[] = []
  const released: THREE.Texture[] = []
  const painter: Painter = {
    paint: () => {
      const t = new THREE.DataTexture(new Uint8Array(4), 1, 1)
      painted.push(t)
      return t
    },
    repaint: () => {},
    release: (t) => void released.push(t),
    dispose: () => {},
  }
  return { painter, painted, released }
}

const at = (id: string, seed: number) => ({
  id,
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

/** Paints `a` and lets it fade in fully; returns the clock. */
function hang(s: ReturnType<typeof createPaintScheduler>): number {
  s.sync([at('a', 1)])
  let t = 0
  for (let i = 0; i < 4; i++) s.step(viewer, (t += 16))
  s.step(viewer, (t += 2000))
  return t
}

describe('a new version on the wall', () => {
  it('repaints under the same id and crossfades from the old painting to the new one', () => {
    const { painter, painted, released } = fakePainter()
    const s = createPaintScheduler(painter)
    let t = hang(s)
    const entry = s.entries.get('a')!
    const old = entry.mesh.material.map
    expect(old).not.toBeNull()
    const before = painted.length

    s.sync([at('a', 1)]) // the same recipe again (a re-render): nothing to do
    s.step(viewer, (t += 16))
    expect(painted.length).toBe(before)

    s.sync([at('a', 2)]) // a new version
    s.step(viewer, (t += 16))
    expect(painted.length).toBe(before + 1)
    const fresh = painted.at(-1)!
    expect(s.group.children.length).toBe(2) // the old look stays underneath while the new one fades in
    expect(entry.mesh.material.map).toBe(old)
    s.step(viewer, (t += PICTURE_CROSSFADE_MS / 2))
    const overlay = s.group.children[1] as THREE.Mesh<THREE.PlaneGeometry, THREE.MeshBasicMaterial>
    expect(overlay.material.opacity).toBeGreaterThan(0.2)
    expect(overlay.material.opacity).toBeLessThan(0.8)
    s.step(viewer, (t += PICTURE_CROSSFADE_MS))
    expect(s.group.children.length).toBe(1)
    // The plane holds the new version (its small texture, or already the large one painted right after).
    expect(entry.small).toBe(fresh)
    expect([fresh, entry.large]).toContain(entry.mesh.material.map)
    expect(entry.mesh.material.map).not.toBe(old)
    expect(released).toContain(old) // the old version's painting is freed
    expect(released).not.toContain(fresh)
  })

  it("drops the old version's AI picture and never brings it back from the board", () => {
    const { painter } = fakePainter()
    const s = createPaintScheduler(painter)
    const board = createPictureBoard()
    s.setPictures(board)
    let t = hang(s)
    const picture = new THREE.Texture()
    board.set('a', { texture: picture })
    s.step(viewer, (t += 16))
    s.step(viewer, (t += PICTURE_CROSSFADE_MS * 2))
    const entry = s.entries.get('a')!
    expect(entry.mesh.material.map).toBe(picture)

    s.sync([at('a', 2)])
    s.step(viewer, (t += 16))
    s.step(viewer, (t += PICTURE_CROSSFADE_MS * 2))
    for (let i = 0; i < 3; i++) s.step(viewer, (t += 16))
    expect(entry.picture).toBeNull()
    expect(entry.mesh.material.map).not.toBe(picture)
    expect(s.group.children.length).toBe(1)

    // The picked version's own picture, when it comes, crossfades in as usual.
    const own = new THREE.Texture()
    board.set('a', { texture: own })
    s.step(viewer, (t += 16))
    s.step(viewer, (t += PICTURE_CROSSFADE_MS * 2))
    expect(entry.mesh.material.map).toBe(own)
  })
})
