// In a landscape the newest painting stands at the lookout and the others move on to the easels. A painting already
// on the wall must follow its stand when the next one arrives, or its easel stays empty and it hides behind the new
// one at the lookout.
import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import { createPaintScheduler, type Painter } from '../../src/scene/gallery/paint-scheduler'
import { placeArtworks } from '../../src/shared/landscape/walk-area'
import { createRecipe } from '../../src/shared/recipe'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/spec'

const painter: Painter = {
  paint: () => new THREE.DataTexture(new Uint8Array(4), 1, 1),
  repaint: () => {},
  release: () => {},
  dispose: () => {},
}
const viewer = new THREE.Object3D()
const recipe = (seed: number) => createRecipe(DEFAULT_SCENE_SPEC, seed)

/** The scheduler's inputs for these artworks, newest first, on their landscape stands (as Stands.tsx makes them). */
const onStands = (ids: string[]) => {
  const stands = placeArtworks(ids.length)
  return ids.map((id, i) => ({
    id,
    recipe: recipe(i + 1 + id.charCodeAt(0)),
    position: { x: stands[i]!.x, y: stands[i]!.y, z: stands[i]!.z },
    rotationY: stands[i]!.rotationY,
  }))
}

describe('a painting on a landscape stand', () => {
  it('moves to its easel when a newer one takes the lookout, and fades in there again', () => {
    const s = createPaintScheduler(painter, { fadeMs: 1000 })
    s.sync(onStands(['first']))
    let t = 0
    for (let i = 0; i < 4; i++) s.step(viewer, (t += 16))
    s.step(viewer, (t += 1500))
    const first = s.entries.get('first')!
    expect(first.mesh.material.opacity).toBe(1)
    const lookout = first.mesh.position.clone()

    s.sync(onStands(['second', 'first']))
    const easel = placeArtworks(2)[1]!
    expect(first.mesh.position.toArray()).toEqual([easel.x, easel.y, easel.z])
    expect(first.mesh.rotation.y).toBe(easel.rotationY)
    expect(first.mesh.position.distanceTo(lookout)).toBeGreaterThan(3)
    // Hidden the moment it moves, then faded in over the fade's length: never a jump.
    expect(first.mesh.visible).toBe(false)
    s.step(viewer, (t += 16))
    s.step(viewer, (t += 500))
    expect(first.mesh.material.opacity).toBeGreaterThan(0.2)
    expect(first.mesh.material.opacity).toBeLessThan(0.8)
    s.step(viewer, (t += 1000))
    expect(first.mesh.material.opacity).toBe(1)
    expect(s.entries.get('second')!.mesh.position.distanceTo(lookout)).toBe(0)
  })

  it('stays put, fully shown, when it is synced again at the same place', () => {
    const s = createPaintScheduler(painter, { fadeMs: 1000 })
    const inputs = onStands(['a', 'b'])
    s.sync(inputs)
    let t = 0
    for (let i = 0; i < 6; i++) s.step(viewer, (t += 16))
    s.step(viewer, (t += 1500))
    s.sync(onStands(['a', 'b']))
    s.step(viewer, (t += 16))
    expect(s.entries.get('a')!.mesh.material.opacity).toBe(1)
    expect(s.entries.get('b')!.mesh.material.opacity).toBe(1)
  })
})
