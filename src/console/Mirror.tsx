import { Canvas, useFrame, useThree } from '@react-three/fiber'
import { lazy, Suspense, useEffect, useMemo, type ComponentType } from 'react'
import * as THREE from 'three'
import type { Artwork } from '../shared/artwork'
import { layoutGallery } from '../shared/layout'
import { TIMELINE_START } from '../shared/record/timeline-layout'
import type { SceneSpec } from '../shared/spec'
import type { SessionState } from '../shared/session/state'
import { Gallery } from '../scene'
import type { LivePose } from './console-store'
import { mirrorArtworks, mirrorView } from './mirror-scene'
import { MirrorVersions } from './refine/MirrorVersions'

const WALL_COLOUR = '#efe6da'
const EYE_HEIGHT = 1.6

type LandscapeProps = {
  spec: SceneSpec
  artworks: Artwork[]
  reducedMotion: boolean
  brightness: number
  lightning: boolean
}
// The landscape is another helper's work in progress: find it with a glob so the console builds without it.
const landscapeModules = import.meta.glob<{ Landscape: ComponentType<LandscapeProps> }>(
  '../scene/landscape/index.ts',
)
const landscapeLoader = Object.values(landscapeModules)[0]
const Landscape = landscapeLoader
  ? lazy(() => landscapeLoader().then((m) => ({ default: m.Landscape })))
  : null

// The client's timeline: fetched and drawn only while the therapist has chosen the Timeline view.
const MirrorTimeline = lazy(() => import('./timeline/MirrorTimeline'))

// Scratch objects: the camera follows the streamed pose every frame without allocating.
const target = new THREE.Vector3()
const targetQ = new THREE.Quaternion()

/** Moves the camera to the client's head: eased, so 20–30 Hz poses look smooth at the console's frame rate. */
function PoseCamera({ live, start }: { live: LivePose; start: { x: number; z: number; yaw: number } }) {
  const camera = useThree((s) => s.camera)
  useEffect(() => {
    camera.position.set(start.x, EYE_HEIGHT, start.z)
    camera.rotation.set(0, start.yaw, 0, 'YXZ')
  }, [camera, start])
  useFrame((_, delta) => {
    const pose = live.pose
    if (!pose) return
    const [px, py, pz] = pose.head.p
    const [qx, qy, qz, qw] = pose.head.q
    target.set(px, py, pz)
    targetQ.set(qx, qy, qz, qw).normalize()
    // About 80 ms to catch up: one or two pose intervals, so motion is smooth but never laggy.
    const k = 1 - Math.exp(-delta / 0.08)
    if (camera.position.distanceToSquared(target) > 4) camera.position.copy(target)
    else camera.position.lerp(target, k)
    camera.quaternion.slerp(targetQ, k)
  })
  return null
}

/**
 * The mirror draws on demand at a steady, modest rate: poses arrive at 20–30 Hz, so more frames would only take
 * GPU time from the therapist's machine (and, in tests, from the emulated headset sharing the CPU).
 */
function FrameDriver({ fps }: { fps: number }) {
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    const timer = setInterval(() => invalidate(), 1000 / fps)
    return () => clearInterval(timer)
  }, [invalidate, fps])
  return null
}

export type MirrorProps = { state: SessionState; live: LivePose; software: boolean }

/** What the client sees, rendered from the same state and the client's streamed head pose. */
export function Mirror({ state, live, software }: MirrorProps) {
  const artworks = useMemo(() => mirrorArtworks(state), [state])
  const { view, spec } = mirrorView(state)
  const layout = useMemo(() => layoutGallery(artworks.length), [artworks.length])
  const landscape = view === 'landscape' && Landscape
  return (
    <div
      className="mirror-canvas"
      // The headset's brightness setting, approximated on the mirror's pixels.
      style={{ filter: state.brightness === 1 ? undefined : `brightness(${state.brightness})` }}
    >
      <Canvas
        camera={{ fov: 70, near: 0.05, far: 200, position: [layout.start.x, EYE_HEIGHT, layout.start.z] }}
        dpr={software ? 0.75 : [1, 1.5]}
        frameloop="demand"
        gl={{ antialias: !software }}
        onCreated={({ gl, scene }) => {
          gl.toneMapping = THREE.NeutralToneMapping
          scene.background = new THREE.Color(WALL_COLOUR)
        }}
      >
        {landscape ? (
          <Suspense fallback={null}>
            <Landscape spec={spec} artworks={artworks} reducedMotion brightness={1} lightning={false} />
          </Suspense>
        ) : view === 'timeline' ? (
          <Suspense fallback={null}>
            <MirrorTimeline state={state} />
          </Suspense>
        ) : (
          <>
            <fog attach="fog" args={[WALL_COLOUR, 18, 70]} />
            <Gallery layout={layout} artworks={artworks} />
            <MirrorVersions state={state} layout={layout} />
          </>
        )}
        <PoseCamera live={live} start={view === 'timeline' ? TIMELINE_START : layout.start} />
        <FrameDriver fps={software ? 8 : 30} />
      </Canvas>
    </div>
  )
}

export const hasLandscape = Landscape !== null
