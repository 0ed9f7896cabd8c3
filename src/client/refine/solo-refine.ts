import { createStore } from 'zustand/vanilla'
import type { Artwork } from '../../shared/artwork'
import type { SoloVersions } from '../../shared/refine/solo-versions'
import type { CrisisText } from '../../shared/safety/crisis'
import type { ArtworkEntry } from '../../shared/session/state'
import type { Api, SoloVersionsChange } from '../api'
import type { RefineTarget, RefineView, VersionCommand } from './refine-target'
import { refusalKey } from './refusal-key'
import type { BaseKey } from '../../shared/i18n/catalog'
import type { HeadsetKey } from '../../shared/i18n/headset-en'

type WallState = { artworks: Artwork[]; sessionScene: unknown }

/** The part of the client store the device's own gallery reads and writes (client-store.ts). */
type WallStore = {
  getState(): WallState
  setState(
    partial:
      | { artworks: Artwork[] }
      | {
          status: { kind: 'held' } | { kind: 'error'; message: string; key?: BaseKey<HeadsetKey> | undefined }
        },
  ): void
  subscribe(listener: (state: WallState, prev: WallState) => void): () => void
}

/** A shown solo artwork as the refine panels see it: an approved entry in its place on the wall. */
function entryOf(artwork: Artwork, slot: number, kept: SoloVersions | undefined): ArtworkEntry {
  return {
    artwork,
    state: 'approved',
    slot,
    reasons: [],
    from: 'client',
    ...(kept ? { versions: kept.versions, ...(kept.current ? { current: kept.current } : {}) } : {}),
  }
}

/**
 * The device's own gallery as a refine target: the same panels as in a session change its paintings, through the
 * server's solo routes. What hangs is the client store's (the wall repaints a changed painting under the same id);
 * the versions are kept here. Words of risk open the crisis panel, held words show the gentle line, and a change
 * that cannot be made says why in the status line.
 */
export function createSoloRefine(deps: {
  api: Pick<Api, 'refineArtwork' | 'pickVersion'>
  store: WallStore
  raise: (crisis: CrisisText) => void
}) {
  const versions = new Map<string, SoloVersions>()
  const viewOf = (compare: string | null): RefineView => {
    const shown = deps.store.getState().artworks.filter((a) => a.status === 'shown')
    return {
      // A session owns the wall while there is one; the device's own gallery takes no changes then.
      stage: deps.store.getState().sessionScene ? 'solo' : 'live',
      state: {
        artworks: shown.map((a, i) => entryOf(a, i, versions.get(a.id))),
        compare: compare ? { artworkId: compare } : null,
      },
      scene: { artworks: shown, view: 'gallery' },
    }
  }
  const view = createStore<RefineView>()(() => viewOf(null))
  const refresh = () => view.setState(viewOf(view.getState().state?.compare?.artworkId ?? null), true)

  const apply = (change: SoloVersionsChange) => {
    versions.set(change.artwork.id, change.versions)
    const artworks = deps.store
      .getState()
      .artworks.map((a) => (a.id === change.artwork.id ? change.artwork : a))
    deps.store.setState({ artworks })
    if (change.held) deps.store.setState({ status: { kind: 'held' } })
    refresh()
  }
  // The server's answer is English: a refusal it names is said in the client's language (status-text.ts).
  const failed = (r: { message: string; key?: BaseKey<HeadsetKey> | undefined }) => {
    const key = r.key ?? refusalKey(r.message)
    deps.store.setState({
      status: key ? { kind: 'error', message: r.message, key } : { kind: 'error', message: r.message },
    })
  }

  const send = async (command: VersionCommand): Promise<void> => {
    if (command.type === 'compare-versions') {
      view.setState(viewOf(command.artworkId), true)
      return
    }
    if (command.type === 'pick-version') {
      const r = await deps.api.pickVersion(command.artworkId, command.versionId)
      return r.ok ? apply(r.value) : failed(r)
    }
    const r = await deps.api.refineArtwork(command.artworkId, {
      ...(command.choice ? { choice: command.choice } : {}),
      ...(command.text ? { text: command.text } : {}),
    })
    if (!r.ok) return failed(r)
    if ('risk' in r.value) return deps.raise(r.value.crisis)
    apply(r.value)
  }

  const target: RefineTarget = {
    view,
    sendVersionCommand(command) {
      if (view.getState().stage !== 'live') return false
      void send(command)
      return true
    },
  }
  return {
    target,
    /** The versions the server listed with the device's paintings. */
    setVersions(listed: Record<string, SoloVersions> | undefined) {
      versions.clear()
      for (const [id, kept] of Object.entries(listed ?? {})) versions.set(id, kept)
      refresh()
    },
    /** Follows the wall's paintings (new ones become refinable); returns the way to stop. */
    watch(): () => void {
      refresh()
      return deps.store.subscribe((s, prev) =>
        s.artworks !== prev.artworks || s.sessionScene !== prev.sessionScene ? refresh() : undefined,
      )
    },
  }
}

export type SoloRefine = ReturnType<typeof createSoloRefine>
