// Gallery ⇄ landscape ⇄ timeline in the headset shell, in Node: the place changes only in the dark middle of a fade,
// the landscape never opens without its walking rules, and the newest wish is the one that ends on screen.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Artwork } from '../../src/shared/artwork'
import { layoutGallery } from '../../src/shared/layout'
import { LANDSCAPE_START } from '../../src/shared/landscape/landscape-walk'
import { landscapeWalk } from '../../src/shared/landscape/walk-area'
import { TIMELINE_START } from '../../src/shared/record/timeline-start'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/scene-constants'
import { createClientStore } from '../../src/client/client-store'
import { createViewSwitch, VIEW_CHANGE_HALF_MS, type WalkRules } from '../../src/client/view-switch'
import { memoryStorage } from '../support/memory-storage'

const artwork = (id: string, biome = DEFAULT_SCENE_SPEC.biome): Artwork =>
  ({
    id,
    text: id,
    spec: { ...DEFAULT_SCENE_SPEC, biome },
    seed: 1,
    createdAt: '2026-12-07T10:00:00.000Z',
    status: 'shown',
  }) as Artwork

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

function setup(options: { rules?: () => Promise<WalkRules> } = {}) {
  const store = createClientStore(memoryStorage())
  const fades: Array<{ to: { x: number; z: number; yaw: number }; halfMs: number; dark: () => void }> = []
  const loadRules = vi.fn(options.rules ?? (async () => ({ landscapeWalk })))
  const loadLandscape = vi.fn(async () => ({}))
  const views = createViewSwitch({
    store,
    fadeTo: (to, halfMs, dark) => void fades.push({ to, halfMs, dark }),
    loadLandscape,
    loadRules,
  })
  const stop = views.start()
  /** The viewer's fade reaching its dark middle: only the newest fade does (a new one replaces the old). */
  const dark = () => fades.at(-1)?.dark()
  return { store, views, fades, loadRules, loadLandscape, stop, dark }
}

afterEach(() => vi.restoreAllMocks())

describe('the view switch', () => {
  it('changes the place only while it is dark, arriving at the new place’s entrance', () => {
    const { store, views, fades, dark } = setup()
    expect(views.store.getState().view).toBe('gallery')
    store.setState({ sessionScene: { view: 'timeline', spec: DEFAULT_SCENE_SPEC, brightness: 1 } })
    expect(fades).toHaveLength(1)
    expect(fades[0]?.to).toEqual(TIMELINE_START)
    expect(fades[0]?.halfMs).toBe(VIEW_CHANGE_HALF_MS)
    expect(views.store.getState().view).toBe('gallery')
    dark()
    expect(views.store.getState().view).toBe('timeline')
    store.setState({ sessionScene: null })
    expect(fades.at(-1)?.to).toEqual(layoutGallery(0).start)
    dark()
    expect(views.store.getState().view).toBe('gallery')
  })

  it('opens the landscape only once its walking rules are here, and then walks by them', async () => {
    const { store, views, fades, dark, loadRules, loadLandscape } = setup()
    store.setState({ artworks: [artwork('a', 'forest')] })
    store.setMode('landscape')
    expect(loadRules).toHaveBeenCalledTimes(1)
    expect(loadLandscape).toHaveBeenCalledTimes(1)
    expect(fades).toHaveLength(0)
    await settle()
    expect(fades).toHaveLength(1)
    expect(fades[0]?.to).toEqual(LANDSCAPE_START)
    expect(views.area()).toBeNull()
    dark()
    const area = views.area()
    expect(area).not.toBeNull()
    expect(area?.isWalkable(LANDSCAPE_START.x, LANDSCAPE_START.z)).toBe(true)
    // Kept while nothing it depends on changes (the viewer asks on every step); new with a new place.
    expect(views.area()).toBe(area)
    store.setState({ landscapeSpec: { ...DEFAULT_SCENE_SPEC, biome: 'cozy-room' } })
    expect(views.area()).not.toBe(area)
  })

  it('fetches the rules at once when the page starts in the landscape', async () => {
    const store = createClientStore(memoryStorage())
    store.setMode('landscape')
    const loadRules = vi.fn(async () => ({ landscapeWalk }))
    const views = createViewSwitch({
      store,
      fadeTo: () => undefined,
      loadLandscape: async () => ({}),
      loadRules,
    })
    views.start()
    expect(views.store.getState().view).toBe('landscape')
    expect(views.area()).toBeNull()
    await settle()
    expect(loadRules).toHaveBeenCalledTimes(1)
    expect(views.area()?.isWalkable(LANDSCAPE_START.x, LANDSCAPE_START.z)).toBe(true)
  })

  it('stays in the gallery when the landscape is asked for and given up before it could open', async () => {
    const { store, views, fades } = setup()
    store.setMode('landscape')
    store.setMode('gallery')
    await settle()
    expect(fades).toHaveLength(0)
    expect(views.store.getState().view).toBe('gallery')
  })

  it('ends on the newest wish when the view changes again mid-fade', () => {
    const { store, views, fades, dark } = setup()
    store.setState({ sessionScene: { view: 'timeline', spec: DEFAULT_SCENE_SPEC, brightness: 1 } })
    store.setState({ sessionScene: { view: 'gallery', spec: DEFAULT_SCENE_SPEC, brightness: 1 } })
    // The second fade replaces the first (the viewer keeps one motion): back to the gallery's entrance.
    expect(fades).toHaveLength(2)
    dark()
    expect(views.store.getState().view).toBe('gallery')
  })

  it('stays where it is, calmly, when the landscape cannot be loaded, and tries again when asked again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    let fail = true
    const { store, views, fades, loadRules } = setup({
      rules: async () => {
        if (fail) throw new Error('offline')
        return { landscapeWalk }
      },
    })
    store.setMode('landscape')
    await settle()
    expect(fades).toHaveLength(0)
    expect(views.store.getState().view).toBe('gallery')
    expect(warn).toHaveBeenCalled()
    fail = false
    store.setMode('gallery')
    store.setMode('landscape')
    await settle()
    expect(loadRules).toHaveBeenCalledTimes(2)
    expect(fades).toHaveLength(1)
  })

  it('walks the gallery as long as the paintings on its wall, and the timeline’s rooms once they are laid out', () => {
    const { store, views, dark } = setup()
    expect(views.layout().slots).toHaveLength(0)
    store.setState({ artworks: [artwork('a'), artwork('b'), { ...artwork('c'), status: 'held' }] })
    expect(views.layout().slots).toHaveLength(2)
    const rooms = layoutGallery(5)
    views.setTimelineLayout(rooms)
    // Not while the gallery is on screen.
    expect(views.layout().slots).toHaveLength(2)
    store.setState({ sessionScene: { view: 'timeline', spec: DEFAULT_SCENE_SPEC, brightness: 1 } })
    dark()
    expect(views.layout()).toBe(rooms)
  })

  it('stops following the store when stopped', () => {
    const { store, fades, stop } = setup()
    stop()
    store.setState({ sessionScene: { view: 'timeline', spec: DEFAULT_SCENE_SPEC, brightness: 1 } })
    expect(fades).toHaveLength(0)
  })
})
