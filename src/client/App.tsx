import { Canvas, useThree, type RootState } from '@react-three/fiber'
import { XR } from '@react-three/xr'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import * as THREE from 'three'
import { useStore } from 'zustand'
import { layoutGallery, viewingPose } from '../shared/layout'
import { Gallery, type PaintScheduler } from '../scene'
import type { Api } from './api'
import { shownArtworks, type ClientStore } from './client-store'
import { DesktopControls } from './DesktopControls'
import { FadeVeil } from './FadeVeil'
import type { Flags } from './flags'
import { Overlay } from './Overlay'
import { isSoftwareRenderer } from './render-quality'
import { installTestApi } from './test-api'
import { createViewer } from './viewer'
import { installEmulatedRuntime, type StillroomXRStore } from './xr-store'
import { XRRig } from './XRRig'

export type AppProps = { flags: Flags; api: Api; store: ClientStore; xrStore: StillroomXRStore }

const EYE_HEIGHT = { standing: 1.6, seated: 1.25 } as const
const WALL_COLOUR = '#efe6da'
/** Far enough to take the whole framed painting in at a glance, with the panel below it. */
const VIEWING_DISTANCE = 3.2

/** Hands the R3F state to code outside the canvas (test API) without re-rendering anything. */
function ThreeProbe({ onState }: { onState: (s: RootState) => void }) {
  const get = useThree((s) => s.get)
  useEffect(() => onState(get()), [get, onState])
  return null
}

export function App({ flags, api, store, xrStore }: AppProps) {
  const artworks = useStore(store, (s) => s.artworks)
  const status = useStore(store, (s) => s.status)
  const snapDegrees = useStore(store, (s) => s.snapDegrees)
  const posture = useStore(store, (s) => s.posture)
  const xrSupported = useStore(store, (s) => s.xrSupported)
  const inXR = useStore(store, (s) => s.inXR)
  const [busy, setBusy] = useState(false)

  const shown = useMemo(() => shownArtworks(artworks), [artworks])
  const layout = useMemo(() => layoutGallery(shown.length), [shown.length])
  const layoutRef = useRef(layout)
  layoutRef.current = layout
  const viewer = useMemo(() => createViewer(() => layoutRef.current), [])
  const three = useRef<RootState | null>(null)
  const scheduler = useRef<PaintScheduler | null>(null)
  const onScheduler = useCallback((s: PaintScheduler | null) => void (scheduler.current = s), [])
  const onThree = useCallback((s: RootState) => void (three.current = s), [])

  // The gallery as the server has it, oldest first.
  useEffect(() => {
    let live = true
    void api.listArtworks().then((r) => {
      if (!live) return
      if (r.ok) store.setState({ artworks: r.value.artworks, loaded: true })
      else store.setState({ loaded: true, status: { kind: 'error', message: r.message } })
    })
    return () => {
      live = false
    }
  }, [api, store])

  // "Enter VR" only where immersive-vr really works (or the test emulator is on).
  useEffect(() => {
    let live = true
    void (async () => {
      if (flags.emulate) await installEmulatedRuntime(xrStore)
      const ok = await navigator.xr?.isSessionSupported('immersive-vr').catch(() => false)
      if (live) store.setState({ xrSupported: ok === true })
    })()
    const unsubscribe = xrStore.subscribe((s) => {
      if ((s.session != null) !== store.getState().inXR) store.setState({ inXR: s.session != null })
    })
    return () => {
      live = false
      unsubscribe()
    }
  }, [flags.emulate, store, xrStore])

  const enterVR = useCallback(async () => {
    if (flags.emulate) await installEmulatedRuntime(xrStore)
    await xrStore.enterVR()
  }, [flags.emulate, xrStore])

  useEffect(() => {
    if (!flags.e2e) return
    return installTestApi({
      store,
      xrStore,
      viewer,
      getThree: () => three.current,
      getScheduler: () => scheduler.current,
      enterVR,
    })
  }, [flags.e2e, store, xrStore, viewer, enterVR])

  const create = useCallback(
    async (text: string): Promise<boolean> => {
      const words = text.trim()
      if (!words) {
        store.setState({
          status: { kind: 'error', message: 'Type a few words about a place or a feeling first.' },
        })
        return false
      }
      setBusy(true)
      store.setState({ status: { kind: 'painting' } })
      const r = await api.createArtwork(words)
      setBusy(false)
      if (!r.ok) {
        store.setState({ status: { kind: 'error', message: r.message } })
        return false
      }
      const { artwork } = r.value
      store.addArtwork(artwork)
      if (artwork.status === 'held') {
        store.setState({ status: { kind: 'held' } })
        return true
      }
      store.setState({ status: { kind: 'shown' } })
      // Walk the visitor calmly to stand before the new painting while it fades in.
      const index = shownArtworks(store.getState().artworks).findIndex((a) => a.id === artwork.id)
      const next = layoutGallery(index + 1)
      layoutRef.current = next
      const pose = viewingPose(next, index, VIEWING_DISTANCE)
      if (pose) viewer.goTo(pose.x, pose.z, pose.yaw)
      return true
    },
    [api, store, viewer],
  )

  const onFloorClick = useCallback((p: THREE.Vector3) => void viewer.goTo(p.x, p.z), [viewer])
  const onTeleport = useCallback((p: THREE.Vector3) => viewer.teleport(p.x, p.z, null, true), [viewer])
  const start = layout.start
  const software = useMemo(() => isSoftwareRenderer(), [])

  return (
    <>
      <div
        className="stage"
        role="region"
        tabIndex={0}
        aria-label="Gallery view. Walk with W A S D or the arrow keys."
      >
        <Canvas
          camera={{ fov: 62, near: 0.05, far: 140, position: [start.x, EYE_HEIGHT.standing, start.z] }}
          dpr={software ? 1 : [1, 2]}
          gl={{ antialias: !software, powerPreference: 'high-performance' }}
          onCreated={({ gl, scene }) => {
            // Neutral tone mapping keeps the pale, warm palette from drifting toward ACES's contrast.
            gl.toneMapping = THREE.NeutralToneMapping
            scene.background = new THREE.Color(WALL_COLOUR)
          }}
        >
          <XR store={xrStore}>
            <fog attach="fog" args={[WALL_COLOUR, 18, 70]} />
            <Gallery
              layout={layout}
              artworks={shown}
              onScheduler={onScheduler}
              onFloorClick={inXR ? undefined : onFloorClick}
              onTeleport={onTeleport}
            />
            <XRRig viewer={viewer} snapDegrees={snapDegrees} inXR={inXR} />
            <DesktopControls viewer={viewer} eyeHeight={EYE_HEIGHT[posture]} enabled={!inXR} />
            <FadeVeil viewer={viewer} />
            <ThreeProbe onState={onThree} />
          </XR>
        </Canvas>
      </div>
      <Overlay
        status={status}
        busy={busy}
        xrSupported={xrSupported}
        snapDegrees={snapDegrees}
        posture={posture}
        onCreate={create}
        onEnterVR={() => void enterVR()}
        onSnapDegrees={(d) => store.setSnapDegrees(d)}
        onPosture={(p) => store.setPosture(p)}
      />
    </>
  )
}
