import { Canvas, useThree, type RootState } from '@react-three/fiber'
import { TextProvider } from './i18n/language-context'
import { XR } from '@react-three/xr'
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react'
import * as THREE from 'three'
import { useStore } from 'zustand'
import { layoutGallery } from '../shared/layout'
import { Gallery, type PaintScheduler } from '../scene'
import { shownArtworks } from './client-store'
import { DesktopControls } from './DesktopControls'
import { FadeVeil } from './FadeVeil'
import { AfterFirstFrame } from './first-frame'
import { Overlay, type OverlayProps } from './Overlay'
import { isSoftwareRenderer } from './render-quality'
import type { HeadsetApp } from './headset-app'
import { XRRig } from './XRRig'
import { ComfortRig } from './comfort/ComfortRig'
import { ComfortVignette } from './comfort/ComfortVignette'
import { useSessionKeypad } from './session/use-session-keypad'
import { JoinKeypad } from './session/JoinKeypad'
import type { LandscapeProbe } from '../scene/landscape'
import type { VersionsProbe } from '../scene/gallery/versions-probe'
import type { ProbeSlots } from './probe-slots'
import { landscapeSpecOf } from './view-switch'
import { LazyExerciseStage, LazySoundDock } from './exercises/loader'
import { PicturesContext } from '../scene/gallery/picture-board'
import { useSessionPictures } from './ai/use-session-pictures'
import { QuietBoundary } from './risk/QuietBoundary'
import { LazyCrisisDialog, LazyCrisisPanelVR, LazyRiskNoticeVR, LazySessionRiskNotice } from './risk/loader'

export type AppProps = { app: HeadsetApp }

const EYE_HEIGHT = { standing: 1.6, seated: 1.25 } as const
/** The in-VR comfort panel (panel kit + troika text) loads only once a headset session starts. */
const ComfortVR = lazy(() => import('./comfort/ComfortPanel'))
/** Push-to-talk in VR (right B), loaded with the headset session like the comfort panel. */
const VRTalk = lazy(() => import('./speech/VRTalk'))
/** Words from inside the headset: chips and a calm keyboard, loaded with the headset session too. */
const VRDescribe = lazy(() => import('./describe/VRDescribePanel'))
/** The landscape (shaders, panorama painter, plants) is fetched only when the client first asks for it. */
const Landscape = lazy(() => import('../scene/landscape'))
/** The client's sessions as rooms: fetched and loaded only when the therapist chooses the Timeline view. */
const TimelineView = lazy(() => import('./timeline/TimelineView'))
// Changing one of the device's own paintings: the same panels a session uses, loaded with the other extras.
const RefineOverlay = lazy(() => import('./refine/RefineOverlay').then((m) => ({ default: m.RefineOverlay })))
const Versions = lazy(() => import('./refine/SessionVersions').then((m) => ({ default: m.SessionVersions })))
const VRRefinePanel = lazy(() => import('./refine/VRRefinePanel').then((m) => ({ default: m.VRRefinePanel })))
const WALL_COLOUR = '#efe6da'

/** Hands the R3F state to code outside the canvas (test API) without re-rendering anything. */
function ThreeProbe({ onState }: { onState: (s: RootState) => void }) {
  const get = useThree((s) => s.get)
  useEffect(() => onState(get()), [get, onState])
  return null
}

/** Writers for the shell's probe slots, made once per shell (stable, so no effect re-runs for them). */
function probeWriters(probes: ProbeSlots) {
  return {
    three: (s: RootState) => void (probes.three = s),
    scheduler: (s: PaintScheduler | null) => void (probes.scheduler = s),
    landscape: (p: LandscapeProbe | null) => void (probes.landscape = p),
    timeline: (p: ProbeSlots['timeline']) => void (probes.timeline = p),
    versions: (p: VersionsProbe | null) => void (probes.versions = p),
  }
}

/**
 * The page's controls, reading the status line and the words' progress themselves: those change with every
 * description, and re-rendering the whole app for them cost frames in a headset.
 */
function PageOverlay({ app, ...props }: Omit<OverlayProps, 'status' | 'busy'> & { app: HeadsetApp }) {
  const status = useStore(app.store, (s) => s.status)
  const busy = useStore(app.words, (s) => s.busy)
  return <Overlay {...props} status={status} busy={busy} />
}

/** Renders the headset shell (headset-app.ts): the scene, the page's controls and the panels that come and go. */
export function App({ app }: AppProps) {
  const { store, xrStore, risk, viewer, staging } = app
  const artworks = useStore(store, (s) => s.artworks)
  const loaded = useStore(store, (s) => s.loaded)
  const comfort = useStore(store, (s) => s.comfort)
  const xrSupported = useStore(store, (s) => s.xrSupported)
  const inXR = useStore(store, (s) => s.inXR)
  const inSession = useStore(store, (s) => s.sessionScene !== null)
  // A therapist's live session (src/client/session, loaded lazily only when paired, joining or in VR).
  const loadedSession = useStore(app.session.store, (s) => s.loaded)
  const keypad = useSessionKeypad(app.session)
  const keypadOpen = keypad !== null
  // The wrist menu, after Comfort: words at any moment, and the session's keypad while alone.
  const wrist = useMemo(
    () => [
      { label: 'Describe', onPress: () => app.describing.setState({ open: true }) },
      ...(inSession || keypadOpen ? [] : [{ label: 'Join', onPress: () => app.session.join() }]),
    ],
    [app, inSession, keypadOpen],
  )
  // The session's AI pictures, crossfaded in over the paintings; null in solo use.
  const pictures = useSessionPictures(loadedSession?.session ?? null, store)
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
  const mode = useStore(store, (s) => s.mode)
  const sessionScene = useStore(store, (s) => s.sessionScene)
  const landscapeSpec = useStore(store, landscapeSpecOf)
  const view = useStore(app.views.store, (s) => s.view)
  const probe = useMemo(() => probeWriters(app.probes), [app])
  const comfortRuntime = app.comfort
  const firstFrameDrawn = useStore(staging.store, (s) => s.firstFrameDrawn)
  const extrasReady = useStore(staging.store, (s) => s.extrasReady)
  const { create, startGrounding, enterVR } = app
  const describing = useStore(app.describing, (s) => s.open)
  // One interactive panel at a time in VR: the comfort panel and the crisis panel put Describe aside (a controller's
  // ray takes the nearest hit, and the low Describe button would stand between the hand and those panels).
  const comfortPanelOpen = useStore(app.comfort.panel, (s) => s.open)
  const crisisOpen = useStore(risk.store, (s) => s.open)
  // The low buttons ("Join a session", "Change a painting") stand below the view, where the Describe and comfort
  // panels reach down: they step aside while either is open, so no button stands in front of a panel's rows.
  const lowAside = describing || comfortPanelOpen
  const prepareRisk = useCallback(() => risk.prepare(), [risk])

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
    <TextProvider text={app.text}>
      <div
        className="stage"
        role="region"
        tabIndex={0}
        aria-label={useStore(app.text.store, (s) => s.t)('page.stage')}
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
                    onScheduler={probe.scheduler}
                    onFloorClick={inXR ? undefined : onFloorClick}
                    onTeleport={comparing || soloComparing ? undefined : onTeleport}
                  />
                </>
              ) : view === 'timeline' ? (
                <Suspense fallback={null}>
                  <TimelineView
                    refreshKey={shown.length}
                    onLayout={app.views.setTimelineLayout}
                    onProbe={probe.timeline}
                    placards={extrasReady}
                    onScheduler={probe.scheduler}
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
                    onScheduler={probe.scheduler}
                    onFloorClick={inXR ? undefined : onFloorClick}
                    onTeleport={onTeleport}
                    onProbe={probe.landscape}
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
                  <ComfortVR store={store} runtime={comfortRuntime} wrist={wrist} />
                </Suspense>
              ) : null}
              {inXR ? (
                <Suspense fallback={null}>
                  <VRTalk onWords={create} talk={app.talk} describing={app.describing} />
                  <VRDescribe
                    store={store}
                    onCreate={create}
                    words={app.words}
                    inSession={inSession}
                    describing={app.describing}
                    hidden={keypad !== null || comfortPanelOpen || crisisOpen}
                    session={loadedSession?.session ?? null}
                    onOpen={prepareRisk}
                    talk={app.talk}
                    sound={app.sound}
                  />
                </Suspense>
              ) : null}
              <FadeVeil viewer={viewer} />
              {loadedSession ? (
                <loadedSession.mod.SessionStage
                  session={loadedSession.session}
                  inXR={inXR}
                  speak={loadedSession.speak}
                  viewer={viewer}
                  onComparing={setComparing}
                  onVersionsProbe={probe.versions}
                  describing={lowAside}
                />
              ) : null}
              {soloRefine ? (
                <Suspense fallback={null}>
                  <Versions target={app.refine} viewer={viewer} inXR={inXR} onProbe={probe.versions} />
                  {inXR && !lowAside ? <VRRefinePanel target={app.refine} buttonDrop={-0.78} /> : null}
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
              {inXR && loadedSession ? (
                // In a session the therapist has already been told; a notice that cannot load must not take the page.
                <QuietBoundary onError={() => undefined}>
                  <Suspense fallback={null}>
                    <LazyRiskNoticeVR session={loadedSession.session} crisisText={risk.crisisText} />
                  </Suspense>
                </QuietBoundary>
              ) : null}
              {firstFrameDrawn ? null : <AfterFirstFrame onFirst={staging.firstFrame} />}
              <ThreeProbe onState={probe.three} />
            </PicturesContext.Provider>
          </XR>
        </Canvas>
      </div>
      <PageOverlay
        app={app}
        talk={app.talk}
        xrSupported={xrSupported}
        comfort={comfort}
        onCreate={create}
        onEnterVR={() => void enterVR()}
        onJoinSession={inSession ? undefined : app.session.join}
        onJoinIntent={firstFrameDrawn ? app.session.prefetch : undefined}
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
      {keypad ? <JoinKeypad {...keypad} /> : null}
      {loadedSession ? (
        <loadedSession.mod.SessionOverlay session={loadedSession.session} speak={loadedSession.speak} />
      ) : null}
      {loadedSession ? (
        <QuietBoundary onError={() => undefined}>
          <Suspense fallback={null}>
            <LazySessionRiskNotice session={loadedSession.session} crisisText={risk.crisisText} />
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
    </TextProvider>
  )
}
