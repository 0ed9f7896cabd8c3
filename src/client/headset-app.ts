import { layoutGallery, viewingPose, type GalleryLayout } from '../shared/layout'
import type { LandscapeWalk } from '../shared/landscape/landscape-walk'
import type { Api } from './api'
import {
  createSessionArtworkSource,
  createSoloArtworkSource,
  currentSource,
  type ArtworkSource,
  type SessionWords,
} from './artwork-source'
import { shownArtworks, type ClientStore } from './client-store'
import { createComfortRuntime } from './comfort/comfort-runtime'
import type { Flags } from './flags'
import { watchHeldLine } from './held-line'
import { createStaging, type StagingDeps } from './headset-staging'
import { createCrisisTextSource } from './risk/crisis-text'
import { createSoloRefine } from './refine/solo-refine'
import { createRiskFlow } from './risk/risk-flow'
import type { RiskScreen } from '../shared/safety/risk'
import { createViewer } from './viewer'
import { createWordsFlow } from './words-flow'
import { createXRPresence, type XRPresenceDeps } from './xr-presence'
import type { SoundSlot } from './sound-slot'
import { createTalkSlot } from './speech/talk-slot'
import type { StillroomXRStore } from './xr-store'

/** Far enough to take the whole framed painting in at a glance, with the panel below it. */
const VIEWING_DISTANCE = 3.2

export type HeadsetAppDeps = StagingDeps &
  XRPresenceDeps & {
    /** The whole XR store: the scene renders with it (`<XR store>`), the shell only enters VR and watches it. */
    xrStore: StillroomXRStore
    flags: Flags
    api: Api
    store: ClientStore
    /** The risk screen's code (loaded lazily; its phrase lists are not in the first bundle). */
    loadRiskScreen: () => Promise<{ screenRisk: (text: string) => RiskScreen }>
    /** The page's sound (runtime, voices, where volumes are kept); its code loads lazily. */
    sound: SoundSlot
    /** True when this device holds a pairing: it then never shows the solo gallery, not even for a moment. */
    isPaired: () => boolean
    language: string
  }

/**
 * The headset page without React: the artwork source (the device's own gallery or a live session), the staging of
 * what loads after the first frame, the viewer, comfort, the risk flow and XR. App.tsx renders it; the
 * session's own code still arrives through `useSessionLoader` and is handed in with `setSession`.
 */
export function createHeadsetApp(deps: HeadsetAppDeps) {
  const { api, store } = deps
  const risk = createRiskFlow({
    crisisText: createCrisisTextSource({ fetchText: api.crisisText, language: deps.language }),
    loadScreen: deps.loadRiskScreen,
  })
  const staging = createStaging(deps)
  const xr = createXRPresence(deps, store)
  const comfort = createComfortRuntime()
  /** Where the viewer may walk: the view's layout (gallery or timeline rooms) and the landscape's area. */
  const walk: { layout: GalleryLayout; area: LandscapeWalk | null } = { layout: layoutGallery(0), area: null }
  const viewer = createViewer(
    () => walk.layout,
    () => walk.area,
  )
  // The device's own paintings are changed with the same panels as a session's (refine/solo-refine.ts).
  const soloRefine = createSoloRefine({ api, store, raise: (crisis) => risk.open(crisis) })
  const solo = createSoloArtworkSource({
    api,
    store,
    screen: (words) => risk.screen(words),
    versions: (listed) => soloRefine.setVersions(listed),
  })
  let session: ArtworkSource | null = null
  const source = () => currentSource(session, solo)

  /** Walks the visitor calmly to stand before a new painting while it fades in. */
  const standBefore = (id: string) => {
    const index = shownArtworks(store.getState().artworks).findIndex((a) => a.id === id)
    const next = layoutGallery(index + 1)
    walk.layout = next
    const pose = viewingPose(next, index, VIEWING_DISTANCE)
    if (pose) viewer.goTo(pose.x, pose.z, pose.yaw)
  }

  const { words, create } = createWordsFlow({
    store,
    source,
    raise: (crisis) => risk.open(crisis),
    standBefore,
  })

  /** The crisis panel's way on: the 5-4-3-2-1 grounding the client can also start from Exercises. */
  const startGrounding = () => {
    risk.close()
    // The exercise's orb and captions (and in VR its panel) are part of the extras: make sure they are mounted.
    staging.extrasNow()
    deps.sound.load().then(
      (runtime) => {
        const started = runtime.startExercise({ id: 'grounding', options: {} })
        if (!started.ok) console.warn(`Stillroom: grounding did not start: ${started.problem}`)
      },
      (e: unknown) => console.warn('Stillroom: the exercises could not be loaded', e),
    )
  }

  /** Calls the listener whenever an exercise starts, once the exercises' runtime is here. */
  const exerciseStarts = (listener: () => void) => {
    let live = true
    let stop = () => {}
    deps.sound.load().then(
      (runtime) => {
        if (live)
          stop = runtime.view.subscribe((v, prev) => (v.exercise && !prev.exercise ? listener() : undefined))
      },
      () => undefined,
    )
    return () => {
      live = false
      stop()
    }
  }

  /** Starts what runs for the page's life; returns the function that stops it all. */
  const start = (): (() => void) => {
    const stops = [xr.start()]
    // A paired headset shows its session's approved artworks only, never the solo gallery's.
    if (!deps.isPaired()) void solo.open()
    // Words that were not painted: the line leaves after a while, when the view changes or an exercise starts. No
    // exercise can start before the extras (the exercises' runtime is one of them).
    let held = watchHeldLine(store)
    stops.push(
      staging.store.subscribe((s, prev) => {
        if (!s.extrasReady || prev.extrasReady) return
        held()
        held = watchHeldLine(store, { exerciseStarts })
      }),
      () => held(),
      () => staging.dispose(),
      soloRefine.watch(),
    )
    return () => stops.forEach((stop) => stop())
  }

  return {
    flags: deps.flags,
    store,
    xrStore: deps.xrStore,
    sound: deps.sound,
    talk: createTalkSlot(),
    /** Where changes to the device's own paintings go while no session owns the wall. */
    refine: soloRefine.target,
    risk,
    staging,
    words,
    comfort,
    viewer,
    walk,
    create,
    startGrounding,
    enterVR: xr.enterVR,
    start,
    /** The session's headset client while one is loaded (useSessionLoader), else null. */
    setSession(headset: SessionWords | null) {
      session = headset ? createSessionArtworkSource(headset) : null
    },
    source,
  }
}

export type HeadsetApp = ReturnType<typeof createHeadsetApp>
