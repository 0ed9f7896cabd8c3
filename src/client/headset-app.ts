import type { Describing } from './describe/describe-state'
import { createStore } from 'zustand/vanilla'
import { layoutGallery, viewingPose, VIEWING_DISTANCE } from '../shared/layout'
import type { Api } from './api'
import {
  createSessionArtworkSource,
  createSoloArtworkSource,
  currentSource,
  type ArtworkSource,
} from './artwork-source'
import { shownArtworks, type ClientStore } from './client-store'
import { createComfortRuntime } from './comfort/comfort-runtime'
import type { Flags } from './flags'
import { watchHeldLine } from './held-line'
import { afterFirstFrame, createStaging, type StagingDeps } from './headset-staging'
import { createCrisisTextSource } from './risk/crisis-text'
import { createSoloRefine } from './refine/solo-refine'
import { createRiskFlow } from './risk/risk-flow'
import type { RiskScreen } from '../shared/safety/risk'
import { createProbeSlots, type ProbeSlots } from './probe-slots'
import { createSessionSlot, type SessionSlotDeps } from './session/session-slot'
import type { installTestApi } from './test-api'
import { createViewer } from './viewer'
import { createViewSwitch, type WalkRules } from './view-switch'
import { createWordsFlow } from './words-flow'
import { createXRPresence, type XRPresenceDeps } from './xr-presence'
import type { SoundSlot } from './sound-slot'
import { createTalkSlot } from './speech/talk-slot'
import type { StillroomXRStore } from './xr-store'
import type { HeadsetText } from './i18n/headset-text'
import { followSessionLanguage } from './i18n/follow-session'

export type HeadsetAppDeps = Omit<StagingDeps, 'prefetchSession'> &
  XRPresenceDeps &
  Pick<SessionSlotDeps, 'importSession' | 'readAccessKey' | 'origin' | 'onWake'> & {
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
    /** The headset's words: the language on screen and its translator (i18n/headset-text.ts). */
    text: HeadsetText
    /** The landscape's scene code and its walking rules, fetched when the landscape is first asked for. */
    loadLandscape: () => Promise<unknown>
    loadWalkRules: () => Promise<WalkRules>
    /** The browser tests' API, only with ?e2e=1 (else null): fetched after the first frame, never in the first bundle. */
    loadTestApi: (() => Promise<{ installTestApi: typeof installTestApi }>) | null
  }

/**
 * The headset page without React: the artwork source (the device's own gallery or a live session, whose code the
 * session slot loads), the view switch, the staging of what loads after the first frame, the viewer, comfort, the
 * risk flow, sound and XR. App.tsx only renders it.
 */
export function createHeadsetApp(deps: HeadsetAppDeps) {
  const { api, store } = deps
  const risk = createRiskFlow({
    crisisText: createCrisisTextSource({
      fetchText: api.crisisText,
      language: deps.text.store.getState().language,
    }),
    loadScreen: deps.loadRiskScreen,
  })
  // The crisis text is always in the language on screen, which a session may change.
  deps.text.store.subscribe((s) => risk.crisisText.setLanguage(s.language))
  const session = createSessionSlot({ ...deps, store, sound: deps.sound })
  followSessionLanguage(session.store, deps.text)
  const staging = createStaging({ ...deps, prefetchSession: session.prefetch })
  const xr = createXRPresence(deps, store)
  const comfort = createComfortRuntime()
  const probes: ProbeSlots = { ...createProbeSlots(), session: session.handle }
  // Gallery, landscape or timeline, and where the visitor may walk in the one on screen.
  const views = createViewSwitch({
    store,
    fadeTo: (to, halfMs, onDark) => viewer.teleport(to.x, to.z, to.yaw, false, halfMs, onDark),
    loadLandscape: deps.loadLandscape,
    loadRules: deps.loadWalkRules,
  })
  const viewer = createViewer(views.layout, views.area)
  // The device's own paintings are changed with the same panels as a session's (refine/solo-refine.ts).
  const soloRefine = createSoloRefine({ api, store, raise: (crisis) => risk.open(crisis) })
  const solo = createSoloArtworkSource({
    api,
    store,
    screen: (words) => risk.screen(words),
    versions: (listed) => soloRefine.setVersions(listed),
  })
  /** The session's artwork source, made once per session client the slot loads. */
  let live: { headset: unknown; source: ArtworkSource } | null = null
  const source = () => {
    const headset = session.store.getState().loaded?.session ?? null
    if (headset && live?.headset !== headset) live = { headset, source: createSessionArtworkSource(headset) }
    return currentSource(headset && live ? live.source : null, solo)
  }

  /** Walks the visitor calmly to stand before a new painting while it fades in (in the gallery, where it hangs). */
  const standBefore = (id: string) => {
    if (views.store.getState().view !== 'gallery') return
    const index = shownArtworks(store.getState().artworks).findIndex((a) => a.id === id)
    const pose = viewingPose(layoutGallery(index + 1), index, VIEWING_DISTANCE)
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

  /** The browser tests' API, once the first frame is drawn (only when the page was opened for them). */
  const testApi = (load: NonNullable<HeadsetAppDeps['loadTestApi']>) => () => {
    let uninstall = () => {}
    let live = true
    void load().then(({ installTestApi }) => {
      if (!live) return
      const parts = { store, xrStore: deps.xrStore, viewer, probes, enterVR: xr.enterVR, comfort, risk }
      const getView = () => views.store.getState().view
      uninstall = installTestApi({ ...parts, getView, sound: deps.sound.probes })
    })
    return () => {
      live = false
      uninstall()
    }
  }

  /** Starts what runs for the page's life; returns the function that stops it all. */
  const start = (): (() => void) => {
    const stops = [xr.start(), views.start(), session.start()]
    if (deps.loadTestApi) stops.push(afterFirstFrame(staging, testApi(deps.loadTestApi)))
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
    text: deps.text,
    store,
    xrStore: deps.xrStore,
    sound: deps.sound,
    talk: createTalkSlot({ raise: () => risk.open() }),
    /** Where changes to the device's own paintings go while no session owns the wall. */
    refine: soloRefine.target,
    risk,
    staging,
    words,
    comfort,
    viewer,
    /** Gallery, landscape or timeline, and where the visitor may walk in it (view-switch.ts). */
    views,
    /** What the scene leaves for the shell to read (the browser tests' API reads it). */
    probes,
    create,
    startGrounding,
    enterVR: xr.enterVR,
    start,
    /** A therapist's live session: its code, the keypad's keys, joining (session/session-slot.ts). */
    session,
    /** The VR Describe panel is open: the other low buttons and the refine panel step aside meanwhile. */
    describing: createStore<Describing>()(() => ({ open: false, shown: false })),
    source,
  }
}

export type HeadsetApp = ReturnType<typeof createHeadsetApp>
