// @vitest-environment jsdom
import ReactThreeTestRenderer from '@react-three/test-renderer'
import * as THREE from 'three'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Artwork } from '../../src/shared/artwork'
import { layoutGallery } from '../../src/shared/layout'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/spec'
import { Gallery, type Painter, type PaintScheduler } from '../../src/scene'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

// Placards load troika lazily and shape text in a worker: neither exists in jsdom, so stand in a plain mesh.
vi.mock('@react-three/drei', () => ({
  Text: ({ children }: { children: string }) => <mesh name={`text:${children}`} />,
}))
vi.mock('troika-three-text', () => ({ configureTextBuilder: () => undefined }))

function artworks(n: number): Artwork[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    text: `a calm place number ${i}`,
    createdAt: new Date(Date.UTC(2026, 0, 1, 9, i)).toISOString(),
    spec: DEFAULT_SCENE_SPEC,
    seed: i,
    status: 'shown' as const,
  }))
}

function fakePainter(): Painter & { sizes: number[] } {
  const sizes: number[] = []
  return {
    sizes,
    paint: (_recipe, size = 1024) => {
      sizes.push(size)
      const t = new THREE.DataTexture(new Uint8Array(4), 1, 1)
      t.image = { data: new Uint8Array(4), width: size, height: size }
      return t
    },
    repaint: () => {},
    release: (t) => t.dispose(),
    dispose: () => {},
  }
}

let renderer: Awaited<ReturnType<typeof ReactThreeTestRenderer.create>> | null = null
afterEach(async () => {
  await renderer?.unmount()
  renderer = null
})

async function mount(n: number) {
  const painter = fakePainter()
  let scheduler: PaintScheduler | null = null
  const layout = layoutGallery(n)
  renderer = await ReactThreeTestRenderer.create(
    <Gallery
      layout={layout}
      artworks={artworks(n)}
      createPainterImpl={() => painter}
      onScheduler={(s) => {
        scheduler = s
      }}
    />,
  )
  // Let the lazy placards resolve: wait for their text to mount (a loaded machine may take longer than a tick), with
  // a bound so a placard that never comes still fails the test below rather than hanging.
  const hasPlacards = () =>
    renderer!.scene.findAll((x) => typeof x.props.name === 'string' && x.props.name.startsWith('text:'))
      .length > 0
  for (let waited = 0; waited < 5000 && (n === 0 || !hasPlacards()); waited += 25) {
    await ReactThreeTestRenderer.act(async () => {
      await new Promise((r) => setTimeout(r, 25))
    })
  }
  return { painter, layout, scheduler: () => scheduler as PaintScheduler | null }
}

describe('Gallery', () => {
  it('hangs one painting and one placard per artwork, with all frames in a single instanced mesh', async () => {
    await mount(7)
    const scene = renderer!.scene
    const frames = scene.findAll((n) => n.props.name === 'frames')
    expect(frames).toHaveLength(1)
    expect((frames[0]!.instance as THREE.InstancedMesh).count).toBe(7)
    const placards = scene.findAll(
      (n) => typeof n.props.name === 'string' && n.props.name.startsWith('text:a calm place'),
    )
    expect(placards).toHaveLength(7)
    const paintings = scene.findAll((n) => (n.instance as THREE.Object3D).name === 'paintings')
    expect(paintings).toHaveLength(1)
    expect((paintings[0]!.instance as THREE.Group).children).toHaveLength(7)
  })

  it('paints at most one texture per frame, small first, and fades paintings in rather than popping', async () => {
    const { painter, scheduler } = await mount(5)
    // The first frame goes on screen before any paint (a first paint compiles a shader).
    await renderer!.advanceFrames(1, 16)
    expect(painter.sizes).toEqual([])
    await renderer!.advanceFrames(1, 16)
    expect(painter.sizes).toEqual([256])
    await renderer!.advanceFrames(4, 16)
    expect(painter.sizes).toEqual([256, 256, 256, 256, 256])
    const first = [...scheduler()!.entries.values()][0]!
    // Freshly painted: still nearly transparent, then rising.
    expect(first.opacity).toBeLessThan(0.5)
    await renderer!.advanceFrames(5, 16)
    expect(painter.sizes.filter((s) => s === 1024).length).toBeGreaterThan(0)
    expect(scheduler()!.paintedCount()).toBe(5)
  })

  it('keeps the draw-call budget shape for 60 artworks: one painting mesh each, shared everything else', async () => {
    await mount(60)
    const scene = renderer!.scene
    const meshes = scene.findAll(
      (n) =>
        (n.instance as THREE.Object3D).type === 'Mesh' ||
        (n.instance as THREE.Object3D).type === 'InstancedMesh',
    )
    const paintings = (
      scene.find((n) => (n.instance as THREE.Object3D).name === 'paintings').instance as THREE.Group
    ).children
    expect(paintings).toHaveLength(60)
    // walls, floor, ceiling, sky + frames, pools, benches: seven shared draws (placard text is culled by distance).
    const shared = meshes.filter((m) => {
      const name = (m.instance as THREE.Object3D).name
      return !name.startsWith('text:') && !name.startsWith('painting:')
    })
    expect(shared.length).toBeLessThanOrEqual(8)
  })
})
