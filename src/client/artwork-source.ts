import type { Artwork, ListArtworksResponse } from '../shared/artwork'
import { HEADSET_EN, type HeadsetKey } from '../shared/i18n/headset-en'
import type { Api } from './api'
import type { BaseKey } from '../shared/i18n/catalog'

/** What became of a client's words, whichever source took them. */
export type WordsOutcome =
  /** In a session: sent to the therapist, who approves what the wall shows (the session's state brings it). */
  | { kind: 'sent' }
  /** Alone: painted and kept. A held artwork is kept but never painted. */
  | { kind: 'painted'; artwork: Artwork }
  /** Alone: words of risk. Nothing was painted or kept; the crisis panel opens, with the server's text if it sent one. */
  | { kind: 'raised'; crisis?: unknown }
  /** `message`: the server's words or the English; `key`: the client's own words, said in its language. */
  | { kind: 'failed'; message: string; key?: BaseKey<HeadsetKey> | undefined }

/**
 * Where the wall's artworks come from and where a client's words go: the device's own gallery, or a therapist's live
 * session. The headset shell asks for the current one each time; nothing else chooses between them.
 */
export type ArtworkSource = {
  readonly kind: 'solo' | 'session'
  /** True while words given to this source reach its wall. */
  accepting(): boolean
  /** Puts what the wall shows now into the store (a session's state does that by itself as it changes). */
  open(): Promise<void>
  /** `sending` is called when the words leave the device, so the page says "painting" only from then on. */
  describe(words: string, sending?: () => void): Promise<WordsOutcome>
}

/** The part of the client store a source writes (see client-store.ts). */
type WallStore = {
  getState(): { sessionScene: unknown }
  setState(
    partial:
      | { artworks: Artwork[]; loaded: true }
      | { loaded: true; status: { kind: 'error'; message: string; key?: BaseKey<HeadsetKey> | undefined } },
  ): void
}

/**
 * The device's own gallery. Words of risk never leave the device: the local screen answers first, and the server
 * runs the same screen before it paints anything (and answers `risk` when the local screen could not load).
 */
export function createSoloArtworkSource(deps: {
  api: Pick<Api, 'listArtworks' | 'createArtwork'>
  store: WallStore
  /** The versions of the paintings it refined, as listed with them (refine/solo-refine.ts keeps them). */
  versions?: (listed: ListArtworksResponse['versions']) => void
  /** The local risk screen: true when the words must not be sent. */
  screen: (words: string) => Promise<boolean>
}): ArtworkSource {
  return {
    kind: 'solo',
    accepting: () => true,
    async open() {
      const r = await deps.api.listArtworks()
      // A session that started meanwhile owns the wall: the solo gallery never shows over it.
      if (deps.store.getState().sessionScene) return
      if (r.ok) {
        deps.versions?.(r.value.versions)
        deps.store.setState({ artworks: r.value.artworks, loaded: true })
      } else deps.store.setState({ loaded: true, status: { kind: 'error', message: r.message, key: r.key } })
    },
    async describe(words, sending) {
      if (await deps.screen(words)) return { kind: 'raised' }
      sending?.()
      const r = await deps.api.createArtwork(words)
      if (!r.ok) return { kind: 'failed', message: r.message, key: r.key }
      if ('risk' in r.value) return { kind: 'raised', crisis: r.value.crisis }
      return { kind: 'painted', artwork: r.value.artwork }
    },
  }
}

/** The part of a headset session a source needs (see session/session-client.ts). */
export type SessionWords = {
  describe(text: string): boolean
  view: { getState(): { stage: string } }
}

/**
 * A therapist's live session: words go to the therapist, never screened here first (words of risk must reach the
 * therapist, whom the server tells at once). While the headset rejoins after a reload the socket already queues, so
 * a rejoining session accepts words too.
 */
export function createSessionArtworkSource(session: SessionWords): ArtworkSource {
  const accepting = () => ['live', 'joining'].includes(session.view.getState().stage)
  return {
    kind: 'session',
    accepting,
    open: async () => undefined,
    async describe(words) {
      if (accepting() && session.describe(words)) return { kind: 'sent' }
      return { kind: 'failed', message: HEADSET_EN['page.notConnected'], key: 'page.notConnected' }
    },
  }
}

/** The source words go to now: the session while it takes words, else the device's own gallery. */
export function currentSource(session: ArtworkSource | null, solo: ArtworkSource): ArtworkSource {
  return session?.accepting() ? session : solo
}
