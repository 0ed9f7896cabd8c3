import { createStore, type StoreApi } from 'zustand/vanilla'
import { layoutGallery, type GalleryLayout } from '../shared/layout'
import { LANDSCAPE_START, type LandscapeWalk } from '../shared/landscape/landscape-walk'
import { TIMELINE_START } from '../shared/record/timeline-start'
import { BIOMES, DEFAULT_SCENE_SPEC, type Biome } from '../shared/scene-constants'
import { shownArtworks, type ClientState, type ClientStore } from './client-store'

export type View = 'gallery' | 'landscape' | 'timeline'

/** The landscape's walking rules (walk-area.ts), which arrive with the landscape's own code. */
export type WalkRules = { landscapeWalk(biome: Biome, artworkCount: number): LandscapeWalk }

export type ViewSwitchState = {
  /** The view on screen now: it changes at the dark middle of the fade, never in plain sight. */
  view: View
  /** The timeline's rooms, once its lazily loaded view has laid them out; null before and in other views. */
  timelineLayout: GalleryLayout | null
  /** Here once the landscape was first asked for. */
  rules: WalkRules | null
}

export type ViewSwitchDeps = {
  store: ClientStore
  /** Fades out, moves there, calls `onDark` while it is dark, fades in (viewer.teleport). */
  fadeTo: (to: { x: number; z: number; yaw: number }, halfMs: number, onDark: () => void) => void
  /** Starts fetching the landscape's scene code, so it is here soon after its rules. */
  loadLandscape: () => Promise<unknown>
  loadRules: () => Promise<WalkRules>
}

/** A change of view fades out and in over 1.2 s in all: the whole place changes, so never quicker than a second. */
export const VIEW_CHANGE_HALF_MS = 600

/** The view asked for: the therapist's in a session, the client's own choice otherwise. */
export const wantedView = (s: ClientState): View => s.sessionScene?.view ?? s.mode

/** The landscape's place: the session's, or the one chosen on this device, or the newest painting's. */
export function landscapeSpecOf(s: ClientState): unknown {
  return (
    s.sessionScene?.spec ?? s.landscapeSpec ?? shownArtworks(s.artworks).at(-1)?.spec ?? DEFAULT_SCENE_SPEC
  )
}

const biomeOf = (spec: unknown): Biome => {
  const b = (spec as { biome?: unknown } | null)?.biome
  return BIOMES.includes(b as Biome) ? (b as Biome) : DEFAULT_SCENE_SPEC.biome
}

const START: Record<View, { x: number; z: number; yaw: number }> = {
  landscape: LANDSCAPE_START,
  timeline: TIMELINE_START,
  // The gallery's entrance never moves, however many paintings hang.
  gallery: layoutGallery(0).start,
}

/**
 * Gallery ⇄ landscape ⇄ timeline for the headset shell: follows the view asked for, fades through dark and swaps
 * while it is dark, and says where the visitor may walk in the view on screen (the viewer asks on every step). The
 * landscape opens only once its walking rules are here, so nobody stands in it without them.
 */
export function createViewSwitch(deps: ViewSwitchDeps) {
  const { store } = deps
  const state: StoreApi<ViewSwitchState> = createStore<ViewSwitchState>()(() => ({
    view: wantedView(store.getState()),
    timelineLayout: null,
    rules: null,
  }))
  let rulesLoading: Promise<WalkRules> | null = null
  const rules = () => {
    rulesLoading ??= deps.loadRules().then((r) => (state.setState({ rules: r }), r))
    // A chunk that failed (a network blip, a newer build on the server) is tried again on the next switch.
    rulesLoading.catch((e: unknown) => {
      console.warn('Stillroom: the landscape could not be loaded', e)
      rulesLoading = null
    })
    return rulesLoading
  }

  /** The view the switch is heading for: a later wish replaces it, so the place shown is the newest one asked for. */
  let target: View = state.getState().view
  /** A fade is under way (a newer fade replaces it in the viewer, with its own moment of dark). */
  let fading = false
  const follow = () => {
    const want = wantedView(store.getState())
    if (want === target) return
    target = want
    // Asked back for the view on screen before anything moved (a landscape still loading): nothing to do.
    if (want === state.getState().view && !fading) return
    const go = () => {
      fading = true
      deps.fadeTo(START[want], VIEW_CHANGE_HALF_MS, () => {
        fading = false
        state.setState({ view: want })
      })
    }
    if (want !== 'landscape') return go()
    void deps.loadLandscape().catch(() => undefined) // the scene's Suspense shows nothing until it is here
    rules().then(
      () => (target === 'landscape' ? go() : undefined),
      () => undefined,
    )
  }

  // The layout and the area are asked for on every step: kept until what they depend on changes.
  let gallery = { count: -1, layout: layoutGallery(0) }
  let area = { key: '', walk: null as LandscapeWalk | null }

  return {
    store: state,
    /** Where the visitor may walk in the gallery or the timeline's rooms. */
    layout(): GalleryLayout {
      const { view, timelineLayout } = state.getState()
      // Until the timeline's code has laid its rooms out the visitor stands still where they are.
      if (view === 'timeline' && timelineLayout) return timelineLayout
      const count = shownArtworks(store.getState().artworks).length
      if (count !== gallery.count) gallery = { count, layout: layoutGallery(count) }
      return gallery.layout
    },
    /** Where the visitor may walk in the landscape; null in the other views. */
    area(): LandscapeWalk | null {
      const { view, rules: r } = state.getState()
      if (view !== 'landscape' || !r) return null
      const s = store.getState()
      const biome = biomeOf(landscapeSpecOf(s))
      const count = shownArtworks(s.artworks).length
      const key = `${biome}:${count}`
      if (key !== area.key) area = { key, walk: r.landscapeWalk(biome, count) }
      return area.walk
    },
    setTimelineLayout(layout: GalleryLayout | null) {
      state.setState({ timelineLayout: layout })
    },
    /** Follows the client store; returns the function that stops following. */
    start(): () => void {
      // A shell that starts in the landscape (a session's scene already there) fetches its walking rules at once.
      if (state.getState().view === 'landscape') void rules().catch(() => undefined)
      follow()
      return store.subscribe(follow)
    },
  }
}

export type ViewSwitch = ReturnType<typeof createViewSwitch>
