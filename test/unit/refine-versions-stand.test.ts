// The easels' vanilla core (src/scene/gallery/versions-stand.ts): one mesh per version, paintings from the painter
// one per frame, fades that never pop, and everything freed after it closes.
import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import type { Painter } from '../../src/scene/painter'
import { createEaselGeometry, PART } from '../../src/scene/gallery/versions-geometry'
import { layoutVersions } from '../../src/scene/gallery/versions-layout'
import { createVersionsStand, type StandItem } from '../../src/scene/gallery/versions-stand'
import { layoutGallery } from '../../src/shared/layout'
import { createRecipe } from '../../src/shared/recipe'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/spec'
import { compareView } from '../../src/shared/session/compare'
import { createSessionState, type ArtworkVersion } from '../../src/shared/session/state'

function fakePainter() {
  const live = new Set<THREE.Texture>()
  const painted: Array<{ seed: number; size: number }> = []
  const painter: Painter = {
    paint: (recipe, size = 1024) => {
      const t = new THREE.DataTexture(new Uint8Array(4), 1, 1)
      live.add(t)
      painted.push({ seed: recipe.seed, size })
      return t
    },
    repaint: () => {},
    release: (t) => void live.delete(t),
    dispose: () => {},
  }
  return { painter, live, painted }
}

const layout = layoutGallery(4)
function items(n: number, current = 0): StandItem[] {
  const row = layoutVersions(layout, 0, n)!
  return row.items.map((place, i) => ({
    id: `v${i}`,
    recipe: createRecipe({ ...DEFAULT_SCENE_SPEC, mood: { valence: 0.5, arousal: -0.2 - i * 0.1 } }, 42),
    place,
    current: i === current,
  }))
}
const plainLabels = () => new THREE.DataTexture(new Uint8Array(4), 1, 1)

describe('versions stand', () => {
  it('one mesh per version; paints at most one per frame with the same seed; fades in over ≥ 0.6 s', () => {
    const { painter, painted } = fakePainter()
    const stand = createVersionsStand(painter, { createLabels: plainLabels, fadeMs: 1000 })
    stand.sync(items(3))
    expect(stand.group.children).toHaveLength(3)
    let t = 0
    stand.step((t += 16))
    expect(painted).toHaveLength(1)
    stand.step((t += 16))
    stand.step((t += 16))
    expect(painted.map((p) => p.seed)).toEqual([42, 42, 42])
    // 300 ms after its paint the first is still far from opaque: no pop.
    for (let i = 0; i < 19; i++) stand.step((t += 16))
    const early = stand.probe()
    expect(early[0]!.opacity).toBeGreaterThan(0)
    expect(early[0]!.opacity).toBeLessThan(0.5)
    for (let i = 0; i < 60; i++) stand.step((t += 16))
    expect(stand.probe().map((p) => p.opacity)).toEqual([1, 1, 1])
    expect(stand.probe().map((p) => p.current)).toEqual([true, false, false])
    // A pick moves the "on the wall" card without repainting.
    stand.sync(items(3, 2))
    stand.step((t += 16))
    expect(painted).toHaveLength(3)
    expect(stand.probe().map((p) => p.current)).toEqual([false, false, true])
  })

  it('closing fades out, then reports done; dispose frees every texture, material and geometry', () => {
    const { painter, live } = fakePainter()
    const stand = createVersionsStand(painter, { createLabels: plainLabels, fadeMs: 800 })
    stand.sync(items(4))
    let t = 0
    for (let i = 0; i < 80; i++) stand.step((t += 16))
    expect(live.size).toBe(4)
    const materials = stand.group.children.map((m) => (m as THREE.Mesh).material as THREE.Material)
    const geometries = new Set(stand.group.children.map((m) => (m as THREE.Mesh).geometry))
    let freed = 0
    for (const m of materials) m.addEventListener('dispose', () => void freed++)
    for (const g of geometries) g.addEventListener('dispose', () => void freed++)
    stand.setOpen(false)
    let frames = 0
    while (stand.step((t += 16))) if (++frames > 200) throw new Error('never closed')
    // ≥ 0.6 s of fading out (at 16 ms a frame), and nothing painted while closing.
    expect(frames * 16).toBeGreaterThanOrEqual(600)
    expect(live.size).toBe(4)
    stand.dispose()
    expect(live.size).toBe(0)
    expect(freed).toBe(materials.length + geometries.size)
    expect(stand.group.children).toHaveLength(0)
  })

  it('a version that leaves fades out and frees its painting; a new one joins and is painted', () => {
    const { painter, live } = fakePainter()
    const stand = createVersionsStand(painter, { createLabels: plainLabels })
    stand.sync(items(3))
    let t = 0
    for (let i = 0; i < 100; i++) stand.step((t += 16))
    stand.sync(items(2))
    for (let i = 0; i < 100; i++) stand.step((t += 16))
    expect(stand.group.children).toHaveLength(2)
    expect(live.size).toBe(2)
    stand.sync(items(4))
    for (let i = 0; i < 100; i++) stand.step((t += 16))
    expect(stand.probe().map((p) => p.painted)).toEqual([true, true, true, true])
    expect(live.size).toBe(4)
  })
})

describe('easel geometry and the comparison view', () => {
  it('is one geometry holding painting, wood and card', () => {
    const g = createEaselGeometry(0.5)
    const part = g.getAttribute('part')
    const kinds = new Set(Array.from(part.array as Float32Array))
    expect([...kinds].sort()).toEqual([PART.painting, PART.solid, PART.card])
    g.computeBoundingBox()
    // Stands on the floor, below eye level.
    expect(g.boundingBox!.min.y).toBeCloseTo(0, 2)
    expect(g.boundingBox!.max.y).toBeLessThan(1.5)
  })

  it('compareView lists approved versions in order with the hanging one marked, and is null when closed', () => {
    const base = createSessionState({ id: 's', clientId: 'c', clientAlias: 'R', therapistId: 't', now: 0 })
    const art = (id: string) => ({
      id,
      text: 'a calm beach',
      createdAt: new Date(0).toISOString(),
      spec: DEFAULT_SCENE_SPEC,
      seed: 3,
      status: 'shown' as const,
    })
    const version = (id: string, state: ArtworkVersion['state']): ArtworkVersion => ({
      id,
      artwork: art(id),
      state,
      from: 'client',
      reasons: [],
    })
    const s = {
      ...base,
      artworks: [
        { artwork: art('b'), state: 'approved' as const, slot: 0, reasons: [], from: 'client' as const },
        {
          artwork: art('a'),
          state: 'approved' as const,
          slot: 3,
          reasons: [],
          from: 'client' as const,
          versions: [version('a', 'approved'), version('x', 'pending'), version('y', 'approved')],
          current: 'y',
        },
      ],
      compare: { artworkId: 'a' },
    }
    const v = compareView(s)!
    expect(v.wallIndex).toBe(1)
    expect(v.versions.map((x) => [x.id, x.current])).toEqual([
      ['a', false],
      ['y', true],
    ])
    expect(compareView({ ...s, compare: null })).toBeNull()
    expect(compareView({ ...s, compare: { artworkId: 'b' } })).toBeNull()
    expect(compareView(null)).toBeNull()
  })
})
