import { Canvas, useThree, type RootState } from '@react-three/fiber'
import { XR } from '@react-three/xr'
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import * as THREE from 'three'
import { useStore } from 'zustand'
import { layoutGallery, type GalleryLayout } from '../shared/layout'
import { Gallery, type PaintScheduler } from '../scene'
import { shownArtworks } from './client-store'
import { DesktopControls } from './DesktopControls'
import { FadeVeil } from './FadeVeil'
import { AfterFirstFrame } from './first-frame'
import { Overlay } from './Overlay'
import { isSoftwareRenderer } from './render-quality'
import type { HeadsetApp } from './headset-app'
import { XRRig } from './XRRig'
import { ComfortRig } from './comfort/ComfortRig'
import { ComfortVignette } from './comfort/ComfortVignette'
import { useSessionLoader } from './session/use-session-loader'
import { JoinKeypad } from './session/JoinKeypad'
import { LANDSCAPE_START } from '../shared/landscape/landscape-walk'
import { TIMELINE_START } from '../shared/record/timeline-start'
import { BIOMES, DEFAULT_SCENE_SPEC, type Biome } from '../shared/scene-constants'
import type { LandscapeProbe } from '../scene/landscape'
import { LazyExerciseStage, LazySoundDock } from './exercises/loader'
import { PicturesContext } from '../scene/gallery/picture-board'
import { useSessionPictures } from './ai/use-session-pictures'
import { QuietBoundary } from './risk/QuietBoundary'
import { LazyCrisisDialog, LazyCrisisPanelVR, LazyRiskNoticeVR, LazySessionRiskNotice } from './risk/loader'

export type AppProps = { app: HeadsetApp }

const EYE_HEIGHT = { standing: 1.6, seated: 1.25 } as const
/** A change of view fades out and in over 1.2 s in all: the whole place changes, so never quicker than a second. */
const VIEW_CHANGE_HALF_MS = 600
/** The in-VR comfort panel (panel kit + troika text) loads only once a headset session starts. */
const ComfortVR = lazy(() => import('./comfort/ComfortPanel'))
/** Push-to-talk in VR (right B), loaded with the headset session like the comfort panel. */
const VRTalk = lazy(() => import('./speech/VRTalk'))
/** The landscape (shaders, panorama painter, plants) is fetched only when the client first asks for it. */
const loadLandscape = () => import('../scene/landscape')
/** The landscape's walking rules (its terrain, water, room and stands), fetched with the landscape itself. */
const loadWalk = () => import('../shared/landscape/walk-area')
type WalkModule = Awaited<ReturnType<typeof loadWalk>>
const Landscape = lazy(loadLandscape)
type View = 'gallery' | 'landscape' | 'timeline'
/** The client's sessions as rooms: fetched and loaded only when the therapist chooses the Timeline view. */
const TimelineView = lazy(() => import('./timeline/TimelineView'))
// Changing one of the device's own paintings: the same panels a session uses, loaded with the other extras.
const RefineOverlay = lazy(() => import('./refine/RefineOverlay').then((m) => ({ default: m.RefineOverlay })))
const Versions = lazy(() => import('./refine/SessionVersions').then((m) => ({ default: m.SessionVersions })))
const VRRefinePanel = lazy(() => import('./refine/VRRefinePanel').then((m) => ({ default: m.VRRefinePanel })))
const biomeOf = (spec: unknown): Biome => {
  const b = (spec as { biome?: unknown } | null)?.biome
  return BIOMES.includes(b as Biome) ? (b as Biome) : DEFAULT_SCENE_SPEC.biome
}
const WALL_COLOUR = '#efe6da'

/** Hands the R3F state to code outside the canvas (test API) without re-rendering anything. */
function ThreeProbe({ onState }: { onState: (s: RootState) => void }) {
  const get = useThree((s) => s.get)
  useEffect(() => onState(get()), [get, onState])
  return null
}

/** Renders the headset shell (headset-app.ts): the scene, the page's controls and the panels that come and go. */
export function App({ app }: AppProps) {
  const { flags, store, xrStore, risk, viewer, staging } = app
  const artworks = useStore(store, (s) => s.artworks)
  const loaded = useStore(store, (s) => s.loaded)
  const status = useStore(store, (s) => s.status)
  const comfort = useStore(store, (s) => s.comfort)
  const xrSupported = useStore(store, (s) => s.xrSupported)
  const inXR = useStore(store, (s) => s.inXR)
  const inSession = useStore(store, (s) => s.sessionScene !== null)
  // A therapist's live session (src/client/session, loaded lazily only when paired or joining).
  const session = useSessionLoader(store, app.sound)
  useEffect(() => {
    app.setSession(session.loaded?.session ?? null)
    return () => app.setSession(null)
  }, [app, session.loaded])
  // The session's AI pictures, crossfaded in over the paintings; null in solo use.
  const pictures = useSessionPictures(session.loaded?.session ?? null, store)
  const busy = useStore(app.words, (s) => s.busy)
  const crisisOpened = useStore(risk.store, (s) => s.opened > 0)
  // Never a dead end: if the panel's code cannot be loaded, the crisis text reaches the client in the status line.
  const crisisUnshown = useCallback(
    () =>
      store.setState({ status: { kind: 'error', message: risk.crisisText.store.getState().crisis.text } }),
    [risk, store],
  )
  useEffect(() => app.start(), [app])

  const shown = useMemo(() => shownArtworks(artworks), [artworks])
  const layout = useMemo(() => layoutGallery(shown.length), [shown.length])
  app.walk.layout = layout
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
  // Until the timeline's code has laid its rooms out (a moment after the switch) the viewer stands still where it is.
  if (view === 'timeline' && timelineLayout) app.walk.layout = timelineLayout
  const [walkModule, setWalkModule] = useState<WalkModule | null>(null)
  const area = useMemo(
    () =>
      view === 'landscape' && walkModule
        ? walkModule.landscapeWalk(biomeOf(landscapeSpec), shown.length)
        : null,
    [view, walkModule, landscapeSpec, shown.length],
  )
  app.walk.area = area
  useEffect(() => {
    // A page that opens in the landscape (the mode is kept on the device) fetches its walking rules at once.
    if (view !== 'landscape' || walkModule) return
    let live = true
    loadWalk().then(
      (m) => live && setWalkModule(m),
      (e: unknown) => console.warn('Stillroom: the landscape could not be loaded', e),
    )
    return () => {
      live = false
    }
  }, [view, walkModule])
  const landscapeProbe = useRef<LandscapeProbe | null>(null)
  const onLandscapeProbe = useCallback((p: LandscapeProbe | null) => void (landscapeProbe.current = p), [])
  const comfortRuntime = app.comfort
  const three = useRef<RootState | null>(null)
  const scheduler = useRef<PaintScheduler | null>(null)
  const onScheduler = useCallback((s: PaintScheduler | null) => void (scheduler.current = s), [])
  const onThree = useCallback((s: RootState) => void (three.current = s), [])
  const firstFrameDrawn = useStore(staging.store, (s) => s.firstFrameDrawn)
  const extrasReady = useStore(staging.store, (s) => s.extrasReady)
  const onFirstFrame = staging.firstFrame

  const enterVR = app.enterVR

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
        probes: app.sound.probes,
      })
    })
    return () => {
      live = false
      uninstall?.()
    }
  }, [
    flags.e2e,
    firstFrameDrawn,
    store,
    xrStore,
    viewer,
    enterVR,
    comfortRuntime,
    session.handle,
    risk,
    app.sound,
  ])

  const create = app.create
  const startGrounding = app.startGrounding

  // Gallery ⇄ landscape: fade through the veil, swap while it is dark, and start at the new place's entrance.
  const viewRef = useRef(view)
  viewRef.current = view
  useEffect(() => {
    if (wantedView === viewRef.current) return
    const to =
      wantedView === 'landscape'
        ? LANDSCAPE_START
        : wantedView === 'timeline'
          ? TIMELINE_START
          : // Not app.walk: in the timeline it holds the timeline's rooms. The gallery's start never moves.
            layoutGallery(0).start
    const go = () =>
      viewer.teleport(to.x, to.z, to.yaw, false, VIEW_CHANGE_HALF_MS, () => setView(wantedView))
    if (wantedView !== 'landscape') return go()
    // The landscape opens once its walking rules are here, so the visitor never stands in it without them.
    void loadLandscape()
    let live = true
    loadWalk().then(
      (m) => {
        setWalkModule(m)
        if (live) go()
      },
      (e: unknown) => console.warn('Stillroom: the landscape could not be loaded', e),
    )
    return () => {
      live = false
    }
  }, [wantedView, viewer])

  const onFloorClick = useCallback((p: THREE.Vector3) => void viewer.goTo(p.x, p.z), [viewer])
  const onTeleport = useCallback((p: THREE.Vector3) => viewer.teleport(p.x, p.z, null, true), [viewer])
  // While versions stand side by side the floor is no teleport target: a controller's pointers take the nearest
  // hit, and the teleport arc meets the floor before the ray meets a low easel, so a pull meant to pick one of
  // them moved the client instead. Picking is what that moment is for; Close or Hide versions gives walking back.
  const [comparing, setComparing] = useState(false)
  const soloComparing = useStore(app.refine.view, (v) => (v.state?.compare ?? null) !== null)
  /** The device's own paintings can be changed while no session owns the wall, in the gallery. */
  const soloRefine = extrasReady && !inSession && view === 'gallery'
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
                    onTeleport={comparing || soloComparing ? undefined : onTeleport}
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
                  <VRTalk onWords={create} talk={app.talk} />
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
              {soloRefine ? (
                <Suspense fallback={null}>
                  <Versions target={app.refine} viewer={viewer} inXR={inXR} />
                  {inXR ? <VRRefinePanel target={app.refine} buttonDrop={-0.78} /> : null}
                </Suspense>
              ) : null}
              {extrasReady ? (
                <Suspense fallback={null}>
                  <LazyExerciseStage store={store} sound={app.sound} inXR={inXR} />
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
        talk={app.talk}
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
          <LazySoundDock store={store} sound={app.sound} />
        </Suspense>
      ) : null}
      {soloRefine ? (
        <Suspense fallback={null}>
          <RefineOverlay target={app.refine} />
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
