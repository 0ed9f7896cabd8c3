import { Canvas, useThree, type RootState } from '@react-three/fiber'
import { XR } from '@react-three/xr'
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import * as THREE from 'three'
import { useStore } from 'zustand'
import { layoutGallery, viewingPose, type GalleryLayout } from '../shared/layout'
import { Gallery, type PaintScheduler } from '../scene'
import type { Api } from './api'
import { shownArtworks, type ClientStore } from './client-store'
import { DesktopControls } from './DesktopControls'
import { FadeVeil } from './FadeVeil'
import type { Flags } from './flags'
import { AfterFirstFrame } from './first-frame'
import { Overlay } from './Overlay'
import { isSoftwareRenderer } from './render-quality'
import { createViewer } from './viewer'
import { installEmulatedRuntime, type StillroomXRStore } from './xr-store'
import { XRRig } from './XRRig'
import { createComfortRuntime } from './comfort/comfort-runtime'
import { ComfortRig } from './comfort/ComfortRig'
import { ComfortVignette } from './comfort/ComfortVignette'
import { isDevicePaired, useSessionLoader } from './session/use-session-loader'
import { JoinKeypad } from './session/JoinKeypad'
import { watchHeldLine } from './held-line'
import { LANDSCAPE_START, landscapeArea } from '../shared/landscape/walk-area'
import { layoutTimeline, TIMELINE_START } from '../shared/record/timeline-layout'
import { BIOMES, DEFAULT_SCENE_SPEC, type Biome } from '../shared/scene-constants'
import type { LandscapeProbe } from '../scene/landscape'
import { LazyExerciseStage, LazySoundDock, loadSoundRuntime, whenIdleOrGesture } from './exercises/loader'
import { PicturesContext } from '../scene/gallery/picture-board'
import { useSessionPictures } from './ai/use-session-pictures'
import { createCrisisTextSource } from './risk/crisis-text'
import { createRiskFlow } from './risk/risk-flow'
import { QuietBoundary } from './risk/QuietBoundary'
import {
  LazyCrisisDialog,
  LazyCrisisPanelVR,
  LazyRiskNoticeVR,
  LazySessionRiskNotice,
  loadCrisisUi,
} from './risk/loader'

export type AppProps = { flags: Flags; api: Api; store: ClientStore; xrStore: StillroomXRStore }

const EYE_HEIGHT = { standing: 1.6, seated: 1.25 } as const
/** A change of view fades out and in over 1.2 s in all: the whole place changes, so never quicker than a second. */
const VIEW_CHANGE_HALF_MS = 600
/** The in-VR comfort panel (panel kit + troika text) loads only once a headset session starts. */
const ComfortVR = lazy(() => import('./comfort/ComfortPanel'))
/** Push-to-talk in VR (right B), loaded with the headset session like the comfort panel. */
const VRTalk = lazy(() => import('./speech/VRTalk'))
/** The landscape (shaders, panorama painter, plants) is fetched only when the client first asks for it. */
const loadLandscape = () => import('../scene/landscape')
const Landscape = lazy(loadLandscape)
type View = 'gallery' | 'landscape' | 'timeline'
/** The client's sessions as rooms: fetched and loaded only when the therapist chooses the Timeline view. */
const TimelineView = lazy(() => import('./timeline/TimelineView'))
/** Where the viewer walks until the timeline has loaded: one quiet room around TIMELINE_START. */
const EMPTY_TIMELINE = layoutTimeline([])
const biomeOf = (spec: unknown): Biome => {
  const b = (spec as { biome?: unknown } | null)?.biome
  return BIOMES.includes(b as Biome) ? (b as Biome) : DEFAULT_SCENE_SPEC.biome
}
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
  const loaded = useStore(store, (s) => s.loaded)
  const status = useStore(store, (s) => s.status)
  const comfort = useStore(store, (s) => s.comfort)
  const xrSupported = useStore(store, (s) => s.xrSupported)
  const inXR = useStore(store, (s) => s.inXR)
  const inSession = useStore(store, (s) => s.sessionScene !== null)
  // A therapist's live session (src/client/session, loaded lazily only when paired or joining).
  const session = useSessionLoader(store)
  // The session's AI pictures, crossfaded in over the paintings; null in solo use.
  const pictures = useSessionPictures(session.loaded?.session ?? null, store)
  const [busy, setBusy] = useState(false)
  // Words raised for risk (src/client/risk): the crisis panel solo, a gentle notice in a session.
  const risk = useMemo(
    () =>
      createRiskFlow({
        crisisText: createCrisisTextSource({ fetchText: api.crisisText, language: navigator.language }),
        loadScreen: loadCrisisUi,
      }),
    [api],
  )
  const crisisOpened = useStore(risk.store, (s) => s.opened > 0)
  // Never a dead end: if the panel's code cannot be loaded, the crisis text reaches the client in the status line.
  const crisisUnshown = useCallback(
    () =>
      store.setState({ status: { kind: 'error', message: risk.crisisText.store.getState().crisis.text } }),
    [risk, store],
  )

  const shown = useMemo(() => shownArtworks(artworks), [artworks])
  const layout = useMemo(() => layoutGallery(shown.length), [shown.length])
  const layoutRef = useRef(layout)
  layoutRef.current = layout
  const mode = useStore(store, (s) => s.mode)
  const landscapeSpecOverride = useStore(store, (s) => s.landscapeSpec)
  const sessionScene = useStore(store, (s) => s.sessionScene)
  const wantedView: View = sessionScene?.view ?? mode
  // In solo use the landscape is the place of the newest painting (the quiet default before the first).
  const landscapeSpec: unknown =
    sessionScene?.spec ?? landscapeSpecOverride ?? shown.at(-1)?.spec ?? DEFAULT_SCENE_SPEC
  const [view, setView] = useState<View>(wantedView)
  // In the timeline the viewer walks the timeline's rooms (set by the lazily loaded view once it has its sessions).
  const [timelineLayout, setTimelineLayout] = useState<GalleryLayout | null>(null)
  if (view === 'timeline') layoutRef.current = timelineLayout ?? EMPTY_TIMELINE
  const area = useMemo(
    () => (view === 'landscape' ? landscapeArea(biomeOf(landscapeSpec), shown.length) : null),
    [view, landscapeSpec, shown.length],
  )
  const areaRef = useRef(area)
  areaRef.current = area
  const viewer = useMemo(
    () =>
      createViewer(
        () => layoutRef.current,
        () => areaRef.current,
      ),
    [],
  )
  const landscapeProbe = useRef<LandscapeProbe | null>(null)
  const onLandscapeProbe = useCallback((p: LandscapeProbe | null) => void (landscapeProbe.current = p), [])
  const comfortRuntime = useMemo(() => createComfortRuntime(), [])
  const three = useRef<RootState | null>(null)
  const scheduler = useRef<PaintScheduler | null>(null)
  const onScheduler = useCallback((s: PaintScheduler | null) => void (scheduler.current = s), [])
  const onThree = useCallback((s: RootState) => void (three.current = s), [])
  const [firstFrameDrawn, setFirstFrameDrawn] = useState(false)
  const onFirstFrame = useCallback(() => setFirstFrameDrawn(true), [])
  // What the first frame does not need (sound, exercises, placard text, the microphone) loads at the first idle
  // moment after it or at the first gesture (sound needs one anyway), so the headset's first load stays small.
  const [extrasReady, setExtrasReady] = useState(false)
  useEffect(
    () => (firstFrameDrawn ? whenIdleOrGesture(() => setExtrasReady(true)) : undefined),
    [firstFrameDrawn],
  )
  // The risk screen is loaded before the first words are sent, so Create never waits for it.
  useEffect(() => {
    if (extrasReady) loadCrisisUi().catch(() => undefined)
  }, [extrasReady])
  // The session's code is fetched at the next idle moment after those (or when "Join a session" is hovered, focused
  // or pressed), so the keypad's code is here when the client asks for it. Fetched only: nothing starts.
  useEffect(
    () => (extrasReady ? whenIdleOrGesture(session.prefetch) : undefined),
    [extrasReady, session.prefetch],
  )
  // Words that were not painted: the line leaves after a while, when the view changes or an exercise starts.
  useEffect(
    () =>
      watchHeldLine(store, {
        // The exercises' runtime is one of the extras; no exercise can start before it is there.
        exerciseStarts: extrasReady
          ? (listener) => {
              let live = true
              let stop = () => {}
              loadSoundRuntime(store).then(
                (runtime) => {
                  if (!live) return
                  stop = runtime.view.subscribe((v, prev) => {
                    if (v.exercise && !prev.exercise) listener()
                  })
                },
                () => undefined,
              )
              return () => {
                live = false
                stop()
              }
            }
          : undefined,
      }),
    [store, extrasReady],
  )

  // The gallery as the server has it, oldest first.
  useEffect(() => {
    let live = true
    // A paired headset shows its session's approved artworks only, never the solo gallery's.
    if (isDevicePaired()) return
    void api.listArtworks().then((r) => {
      if (!live || store.getState().sessionScene) return
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
    // The browser tests' probes are a chunk of their own, fetched only with ?e2e=1 and after the first frame, so that
    // neither a client's first bundle nor the bench's measure of it includes them.
    if (!flags.e2e || !firstFrameDrawn) return
    let uninstall: (() => void) | null = null
    let live = true
    void import('./test-api').then(({ installTestApi }) => {
      if (!live) return
      uninstall = installTestApi({
        store,
        xrStore,
        viewer,
        getThree: () => three.current,
        getScheduler: () => scheduler.current,
        enterVR,
        comfort: comfortRuntime,
        session: session.handle,
        getLandscape: () => landscapeProbe.current,
        getView: () => viewRef.current,
        risk,
      })
    })
    return () => {
      live = false
      uninstall?.()
    }
  }, [flags.e2e, firstFrameDrawn, store, xrStore, viewer, enterVR, comfortRuntime, session.handle, risk])

  const create = useCallback(
    async (text: string): Promise<boolean> => {
      const words = text.trim()
      if (!words) {
        store.setState({
          status: { kind: 'error', message: 'Type a few words about a place or a feeling first.' },
        })
        return false
      }
      // In a session the words go to the therapist through the session (pending in clinical mode). Never screened
      // here first: words of risk must reach the therapist, who is told at once (the server raises them).
      if (session.loaded?.session.describe(words)) {
        store.setState({ status: { kind: 'idle' } })
        return true
      }
      setBusy(true)
      // Solo, words of risk never leave the device: the crisis panel opens instead, and the words box is emptied.
      if (await risk.screen(words)) {
        setBusy(false)
        store.setState({ status: { kind: 'idle' } })
        risk.open()
        return true
      }
      store.setState({ status: { kind: 'painting' } })
      const r = await api.createArtwork(words)
      setBusy(false)
      if (!r.ok) {
        store.setState({ status: { kind: 'error', message: r.message } })
        return false
      }
      if ('risk' in r.value) {
        // Raised by the server's screen: nothing was painted or kept. The crisis panel, with the server's text.
        store.setState({ status: { kind: 'idle' } })
        risk.open(r.value.crisis)
        return true
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
    [api, store, viewer, session.loaded, risk],
  )

  // The crisis panel's way on: the 5-4-3-2-1 grounding the client can also start from Exercises.
  const startGrounding = useCallback(() => {
    risk.close()
    // The exercise's orb and captions (and in VR its panel) are part of the extras: make sure they are mounted.
    setExtrasReady(true)
    void loadSoundRuntime(store).then(
      (runtime) => {
        const started = runtime.startExercise({ id: 'grounding', options: {} })
        if (!started.ok) console.warn(`Stillroom: grounding did not start: ${started.problem}`)
      },
      (e: unknown) => console.warn('Stillroom: the exercises could not be loaded', e),
    )
  }, [risk, store])

  // Gallery ⇄ landscape: fade through the veil, swap while it is dark, and start at the new place's entrance.
  const viewRef = useRef(view)
  viewRef.current = view
  useEffect(() => {
    if (wantedView === viewRef.current) return
    if (wantedView === 'landscape') void loadLandscape()
    const to =
      wantedView === 'landscape'
        ? LANDSCAPE_START
        : wantedView === 'timeline'
          ? TIMELINE_START
          : // Not layoutRef: in the timeline it holds the timeline's rooms. The gallery's start never moves.
            layoutGallery(0).start
    viewer.teleport(to.x, to.z, to.yaw, false, VIEW_CHANGE_HALF_MS, () => setView(wantedView))
  }, [wantedView, viewer])

  const onFloorClick = useCallback((p: THREE.Vector3) => void viewer.goTo(p.x, p.z), [viewer])
  const onTeleport = useCallback((p: THREE.Vector3) => viewer.teleport(p.x, p.z, null, true), [viewer])
  // While versions stand side by side the floor is no teleport target: a controller's pointers take the nearest
  // hit, and the teleport arc meets the floor before the ray meets a low easel, so a pull meant to pick one of
  // them moved the client instead. Picking is what that moment is for; Close or Hide versions gives walking back.
  const [comparing, setComparing] = useState(false)
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
            <PicturesContext.Provider value={pictures}>
              {view === 'gallery' ? (
                <>
                  <fog attach="fog" args={[WALL_COLOUR, 18, 70]} />
                  <Gallery
                    layout={layout}
                    artworks={shown}
                    placards={extrasReady}
                    onScheduler={onScheduler}
                    onFloorClick={inXR ? undefined : onFloorClick}
                    onTeleport={comparing ? undefined : onTeleport}
                  />
                </>
              ) : view === 'timeline' ? (
                <Suspense fallback={null}>
                  <TimelineView
                    refreshKey={shown.length}
                    onLayout={setTimelineLayout}
                    placards={extrasReady}
                    onScheduler={onScheduler}
                    onFloorClick={inXR ? undefined : onFloorClick}
                    onTeleport={onTeleport}
                  />
                </Suspense>
              ) : (
                <Suspense fallback={null}>
                  <Landscape
                    spec={landscapeSpec}
                    artworks={shown}
                    reducedMotion={comfort.reducedMotion}
                    // Brightness reaches every view through the tone-mapping exposure (ComfortRig), so not twice here.
                    brightness={1}
                    lightning={comfort.lightning}
                    onScheduler={onScheduler}
                    onFloorClick={inXR ? undefined : onFloorClick}
                    onTeleport={onTeleport}
                    onProbe={onLandscapeProbe}
                  />
                </Suspense>
              )}
              <XRRig viewer={viewer} inXR={inXR} lift={comfortRuntime.frame} />
              <DesktopControls viewer={viewer} eyeHeight={EYE_HEIGHT[comfort.posture]} enabled={!inXR} />
              {/* After DesktopControls: it glides the desktop eye height once the camera is placed. */}
              <ComfortRig viewer={viewer} store={store} runtime={comfortRuntime} />
              <ComfortVignette runtime={comfortRuntime} />
              {inXR ? (
                <Suspense fallback={null}>
                  <ComfortVR store={store} runtime={comfortRuntime} />
                </Suspense>
              ) : null}
              {inXR ? (
                <Suspense fallback={null}>
                  <VRTalk onWords={create} />
                </Suspense>
              ) : null}
              <FadeVeil viewer={viewer} />
              {session.loaded ? (
                <session.loaded.mod.SessionStage
                  session={session.loaded.session}
                  inXR={inXR}
                  speak={session.loaded.speak}
                  viewer={viewer}
                  onComparing={setComparing}
                />
              ) : null}
              {extrasReady ? (
                <Suspense fallback={null}>
                  <LazyExerciseStage store={store} inXR={inXR} />
                </Suspense>
              ) : null}
              {inXR && crisisOpened ? (
                <QuietBoundary onError={crisisUnshown}>
                  <Suspense fallback={null}>
                    <LazyCrisisPanelVR flow={risk} onGrounding={startGrounding} />
                  </Suspense>
                </QuietBoundary>
              ) : null}
              {inXR && session.loaded ? (
                // In a session the therapist has already been told; a notice that cannot load must not take the page.
                <QuietBoundary onError={() => undefined}>
                  <Suspense fallback={null}>
                    <LazyRiskNoticeVR session={session.loaded.session} crisisText={risk.crisisText} />
                  </Suspense>
                </QuietBoundary>
              ) : null}
              {firstFrameDrawn ? null : <AfterFirstFrame onFirst={onFirstFrame} />}
              <ThreeProbe onState={onThree} />
            </PicturesContext.Provider>
          </XR>
        </Canvas>
      </div>
      <Overlay
        status={status}
        busy={busy}
        xrSupported={xrSupported}
        comfort={comfort}
        onCreate={create}
        onEnterVR={() => void enterVR()}
        onJoinSession={inSession ? undefined : session.join}
        onJoinIntent={firstFrameDrawn ? session.prefetch : undefined}
        inSession={inSession}
        welcome={!inSession && loaded && artworks.length === 0}
        onComfort={(partial) => store.setComfort(partial)}
        view={sessionScene ? undefined : mode}
        onView={(v) => store.setMode(v)}
        extrasReady={extrasReady}
      />
      {/* Sound needs a gesture anyway: its chunk loads after the gallery is on screen, not before. */}
      {extrasReady ? (
        <Suspense fallback={null}>
          <LazySoundDock store={store} e2e={flags.e2e} />
        </Suspense>
      ) : null}
      {/* The pairing keypad, from the click on "Join a session" (before the session's code is here) to the pairing:
          always this one element, so nothing typed or pressed while the code arrives is lost. */}
      {session.keypad ? <JoinKeypad {...session.keypad} /> : null}
      {session.loaded ? (
        <session.loaded.mod.SessionOverlay session={session.loaded.session} speak={session.loaded.speak} />
      ) : null}
      {session.loaded ? (
        <QuietBoundary onError={() => undefined}>
          <Suspense fallback={null}>
            <LazySessionRiskNotice session={session.loaded.session} crisisText={risk.crisisText} />
          </Suspense>
        </QuietBoundary>
      ) : null}
      {crisisOpened ? (
        <QuietBoundary onError={crisisUnshown}>
          <Suspense fallback={null}>
            <LazyCrisisDialog flow={risk} onGrounding={startGrounding} />
          </Suspense>
        </QuietBoundary>
      ) : null}
    </>
  )
}
