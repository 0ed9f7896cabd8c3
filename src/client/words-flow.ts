import { createStore } from 'zustand/vanilla'
import { HEADSET_EN } from '../shared/i18n/headset-en'
import type { ArtworkSource } from './artwork-source'
import type { ClientStore } from './client-store'

/**
 * A client's words, whoever they go to: the source the shell names at that moment (the device's own gallery or a
 * live session) takes them, and the outcome becomes the page's status line, the crisis panel, or a painting the
 * visitor is walked to. `busy` holds the words box while the words are on their way.
 */
export function createWordsFlow(deps: {
  store: ClientStore
  source: () => ArtworkSource
  /** Words of risk: the crisis panel opens (with the server's text when it sent one). */
  raise: (crisis?: unknown) => void
  /** A new painting hangs: walk the visitor to stand before it. */
  standBefore: (id: string) => void
}) {
  const { store } = deps
  const words = createStore<{ busy: boolean }>()(() => ({ busy: false }))

  /** True when the words box may be emptied. */
  const create = async (text: string): Promise<boolean> => {
    if (!text.trim()) {
      store.setState({
        status: { kind: 'error', message: HEADSET_EN['page.emptyWords'], key: 'page.emptyWords' },
      })
      return false
    }
    words.setState({ busy: true })
    const outcome = await deps
      .source()
      .describe(text.trim(), () => store.setState({ status: { kind: 'painting' } }))
      .finally(() => words.setState({ busy: false }))
    switch (outcome.kind) {
      case 'sent':
        store.setState({ status: { kind: 'idle' } })
        return true
      case 'raised':
        store.setState({ status: { kind: 'idle' } })
        deps.raise(outcome.crisis)
        return true
      case 'failed':
        store.setState({ status: { kind: 'error', message: outcome.message, key: outcome.key } })
        return false
      case 'painted':
        store.addArtwork(outcome.artwork)
        if (outcome.artwork.status === 'held') {
          store.setState({ status: { kind: 'held' } })
          return true
        }
        store.setState({ status: { kind: 'shown' } })
        deps.standBefore(outcome.artwork.id)
        return true
    }
  }
  return { words, create }
}
