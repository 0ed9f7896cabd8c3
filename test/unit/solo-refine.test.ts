// The device's own gallery as a refine target, in Node with a fake server: the panels a session uses change its
// paintings, the wall shows what hangs, words of risk open the crisis panel, and a session owning the wall stops it.
import { describe, expect, it, vi } from 'vitest'
import { createStore } from 'zustand/vanilla'
import type { Artwork } from '../../src/shared/artwork'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/scene-constants'
import type { SoloVersions } from '../../src/shared/refine/solo-versions'
import { createSoloRefine } from '../../src/client/refine/solo-refine'
import type { SoloVersionsChange } from '../../src/client/api'

const artwork = (id: string, text = `words ${id}`, status: Artwork['status'] = 'shown'): Artwork => ({
  id,
  text,
  spec: DEFAULT_SCENE_SPEC,
  seed: 1,
  createdAt: '2026-12-07T10:00:00.000Z',
  status,
})

function setup() {
  const store = createStore<{ artworks: Artwork[]; sessionScene: unknown; status: unknown }>()(() => ({
    artworks: [artwork('a'), artwork('h', 'held words', 'held'), artwork('b')],
    sessionScene: null,
    status: { kind: 'idle' },
  }))
  const warmer = artwork('a', 'warmer words')
  const versions: SoloVersions = {
    versions: [
      { id: 'a', artwork: artwork('a'), state: 'approved', from: 'client', reasons: [] },
      { id: 'v2', artwork: warmer, state: 'approved', from: 'client', reasons: [], choice: 'warmer' },
    ],
    current: 'v2',
  }
  const api = {
    refineArtwork: vi.fn(
      async (): Promise<
        { ok: true; value: SoloVersionsChange } | { ok: false; status: number; message: string }
      > => ({
        ok: true,
        value: { artwork: warmer, versions },
      }),
    ),
    pickVersion: vi.fn(async () => ({
      ok: true as const,
      value: { artwork: artwork('a'), versions: { ...versions, current: 'a' } },
    })),
  }
  const raise = vi.fn()
  const solo = createSoloRefine({ api: api as never, store, raise })
  const stop = solo.watch()
  const settle = () => new Promise((r) => setTimeout(r, 0))
  return { store, api, raise, solo, stop, settle }
}

describe('the device gallery as a refine target', () => {
  it('shows the shown paintings as approved entries in wall order; held ones never', () => {
    const { solo } = setup()
    const v = solo.target.view.getState()
    expect(v.stage).toBe('live')
    expect(v.state!.artworks.map((e) => [e.artwork.id, e.slot, e.state])).toEqual([
      ['a', 0, 'approved'],
      ['b', 1, 'approved'],
    ])
  })

  it('a quick choice asks the server, hangs what it answers and keeps the versions', async () => {
    const { solo, api, store, settle } = setup()
    expect(solo.target.sendVersionCommand({ type: 'refine', artworkId: 'a', choice: 'warmer' })).toBe(true)
    await settle()
    expect(api.refineArtwork).toHaveBeenCalledWith('a', { choice: 'warmer' })
    expect(store.getState().artworks[0]!.text).toBe('warmer words')
    const entry = solo.target.view.getState().state!.artworks[0]!
    expect(entry.versions).toHaveLength(2)
    expect(entry.current).toBe('v2')
    solo.target.sendVersionCommand({ type: 'pick-version', artworkId: 'a', versionId: 'a' })
    await settle()
    expect(api.pickVersion).toHaveBeenCalledWith('a', 'a')
    expect(store.getState().artworks[0]!.text).toBe('words a')
  })

  it('words of risk open the crisis panel and change nothing; a refusal says why', async () => {
    const { solo, api, store, raise, settle } = setup()
    api.refineArtwork.mockResolvedValueOnce({
      ok: true,
      value: { risk: true, crisis: { lines: [] } } as never,
    })
    solo.target.sendVersionCommand({ type: 'refine', artworkId: 'a', text: 'words' })
    await settle()
    expect(raise).toHaveBeenCalledWith({ lines: [] })
    expect(store.getState().artworks[0]!.text).toBe('words a')
    api.refineArtwork.mockResolvedValueOnce({
      ok: false,
      status: 409,
      message: 'It is already as warm as it can be.',
    })
    solo.target.sendVersionCommand({ type: 'refine', artworkId: 'a', choice: 'warmer' })
    await settle()
    // The server's English stays; its key says it in the client's language (status-text.ts).
    expect(store.getState().status).toEqual({
      kind: 'error',
      message: 'It is already as warm as it can be.',
      key: 'refine.refused.nothing.warmer',
    })
    api.refineArtwork.mockResolvedValueOnce({ ok: false, status: 503, message: 'The server is resting.' })
    solo.target.sendVersionCommand({ type: 'refine', artworkId: 'a', choice: 'calmer' })
    await settle()
    expect(store.getState().status).toEqual({ kind: 'error', message: 'The server is resting.' })
  })

  it('side by side is kept on the device; listed versions arrive with the gallery', () => {
    const { solo } = setup()
    solo.target.sendVersionCommand({ type: 'compare-versions', artworkId: 'b' })
    expect(solo.target.view.getState().state!.compare).toEqual({ artworkId: 'b' })
    solo.setVersions({ b: { versions: [], current: 'b' } })
    expect(solo.target.view.getState().state!.compare).toEqual({ artworkId: 'b' })
    expect(solo.target.view.getState().state!.artworks[1]!.current).toBe('b')
    solo.target.sendVersionCommand({ type: 'compare-versions', artworkId: null })
    expect(solo.target.view.getState().state!.compare).toBeNull()
  })

  it('takes no change while a session owns the wall, and follows new paintings', async () => {
    const { solo, store, api, stop } = setup()
    store.setState({ artworks: [...store.getState().artworks, artwork('c')] })
    expect(solo.target.view.getState().state!.artworks).toHaveLength(3)
    store.setState({ sessionScene: {} })
    expect(solo.target.view.getState().stage).not.toBe('live')
    expect(solo.target.sendVersionCommand({ type: 'refine', artworkId: 'a', choice: 'warmer' })).toBe(false)
    expect(api.refineArtwork).not.toHaveBeenCalled()
    stop()
    store.setState({ artworks: [] })
    expect(solo.target.view.getState().state!.artworks).toHaveLength(3)
  })
})
