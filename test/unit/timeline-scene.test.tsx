// @vitest-environment jsdom
import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import * as THREE from 'three'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { layoutTimeline } from '../../src/shared/record/timeline-layout'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/spec'
import type { Painter } from '../../src/scene'
import { Timeline, type TimelinePiece, type TimelineProbe } from '../../src/scene/timeline'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

// As in scene-gallery.test: troika shapes text in a worker jsdom does not have; a named mesh stands in.
vi.mock('@react-three/drei', () => ({
  Text: ({ children }: { children: string }) => <mesh name={`text:${children}`} />,
}))
vi.mock('troika-three-text', () => ({ configureTextBuilder: () => undefined }))

const painter: Painter = {
  paint: (_recipe, size = 1024) => {
    const t = new THREE.DataTexture(new Uint8Array(4), 1, 1)
    t.image = { data: new Uint8Array(4), width: size, height: size }
    return t
  },
  repaint: () => {},
  release: (t) => t.dispose(),
  dispose: () => {},
}

const ROOMS = 20
const PER_ROOM = 10
const layout = layoutTimeline(
  Array.from({ length: ROOMS }, (_, i) => ({ id: `s${i}`, label: `Day ${i + 1}`, count: PER_ROOM })),
)
const pieces: TimelinePiece[] = Array.from({ length: ROOMS * PER_ROOM }, (_, i) => ({
  id: `a${i}`,
  text: `a calm place ${i}`,
  createdAt: new Date(Date.UTC(2026, 0, 1, 9, i)).toISOString(),
  spec: DEFAULT_SCENE_SPEC,
  seed: i,
}))

let renderer: Awaited<ReturnType<typeof ReactThreeTestRenderer.create>> | null = null
afterEach(async () => {
  await renderer?.unmount()
  renderer = null
})

const grabbed: { camera: THREE.Camera | null } = { camera: null }
function GrabCamera() {
  const camera = useThree((s) => s.camera)
  useEffect(() => void (grabbed.camera = camera), [camera])
  return null
}

async function mount() {
  let probe: TimelineProbe | null = null
  renderer = await ReactThreeTestRenderer.create(
    <>
      <GrabCamera />
      <Timeline
        layout={layout}
        artworks={pieces}
        createPainterImpl={() => painter}
        onProbe={(p) => void (probe = p)}
      />
    </>,
  )
  grabbed.camera!.position.set(layout.start.x, 1.6, layout.start.z)
  await ReactThreeTestRenderer.act(async () => {
    await new Promise((r) => setTimeout(r, 50))
  })
  return () => probe as TimelineProbe | null
}

const planes = () =>
  (renderer!.scene.find((n) => (n.instance as THREE.Object3D).name === 'paintings').instance as THREE.Group)
    .children

describe('Timeline scene', () => {
  it('draws only the room the visitor is in and its neighbour, with their signs', async () => {
    const probe = await mount()
    await renderer!.advanceFrames(2, 16)
    expect(probe()!.rooms).toHaveLength(ROOMS)
    expect(probe()!.current).toBe(0)
    expect(probe()!.visible).toEqual([0, 1])
    expect(planes()).toHaveLength(2 * PER_ROOM)
    const frames = renderer!.scene.find((n) => n.props.name === 'frames').instance as THREE.InstancedMesh
    expect(frames.count).toBe(2 * PER_ROOM)
    const texts = renderer!.scene
      .findAll((n) => typeof n.props.name === 'string' && n.props.name.startsWith('text:Day '))
      .map((n) => n.props.name as string)
    // Room 1's date on its sign and over the doorway into it; room 3's not at all.
    expect(texts).toContain('text:Day 1')
    expect(texts.filter((t) => t === 'text:Day 2')).toHaveLength(2)
    expect(texts).not.toContain('text:Day 3')
  })

  it('moves the window along as the visitor walks, freeing what is left behind', async () => {
    const probe = await mount()
    await renderer!.advanceFrames(2, 16)
    const room = layout.rooms[10]!.floor
    grabbed.camera!.position.set((room.minX + room.maxX) / 2, 1.6, 0)
    // The frame loop would update the camera's world matrix as it renders; the test renderer only steps frames.
    grabbed.camera!.updateMatrixWorld()
    await ReactThreeTestRenderer.act(async () => {
      await renderer!.advanceFrames(2, 16)
    })
    expect(probe()!.current).toBe(10)
    expect(probe()!.visible).toEqual([9, 10, 11])
    expect(planes()).toHaveLength(3 * PER_ROOM)
    const names = planes().map((p) => p.name)
    // Room 10's first and last artworks are there; room 0's are gone.
    expect(names).toContain(`painting:10:a${10 * PER_ROOM}`)
    expect(names).toContain(`painting:11:a${12 * PER_ROOM - 1}`)
    expect(names).not.toContain('painting:0:a0')
  })
})
