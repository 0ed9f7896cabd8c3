import { createStore, type StoreApi } from 'zustand/vanilla'
import type { RiskScreen } from '../../shared/safety/risk'
import type { CrisisTextSource } from './crisis-text'

export type RiskFlowState = {
  /** The crisis panel is open (desktop dialog and, in a headset, the panel in the scene). */
  open: boolean
  /** How many times it has opened on this page: the panels' code is mounted from the first time on. */
  opened: number
}

export type RiskFlow = {
  readonly store: StoreApi<RiskFlowState>
  readonly crisisText: CrisisTextSource
  /**
   * The local risk screen, run before solo words leave the device. True when they must not be sent. When the screen's
   * code cannot be loaded the words go on to the server, which runs the same screen before it paints anything.
   */
  screen(words: string): Promise<boolean>
  /**
   * Makes the screen ready before words are sent (its code loaded, its phrase lists built), so the first words the
   * client creates go out at once: called when a place to describe opens.
   */
  prepare(): void
  /** Shows the crisis panel, with the server's text when it sent one, else the best text known now. */
  open(crisis?: unknown): void
  close(): void
}

/**
 * The solo client's path when words are raised for risk: nothing is painted or kept, the crisis panel opens with
 * the clinic's text, and grounding is one press away. Holds no words: `screen` only answers yes or no.
 */
export function createRiskFlow(options: {
  crisisText: CrisisTextSource
  /** Loads the screen lazily (its phrase lists are not part of the first bundle). */
  loadScreen: () => Promise<{ screenRisk: (text: string) => RiskScreen }>
}): RiskFlow {
  const { crisisText } = options
  const store = createStore<RiskFlowState>()(() => ({ open: false, opened: 0 }))
  // Kept once loaded: asking the module loader again costs a turn of the event loop, a whole frame in a headset.
  let loaded: { screenRisk: (text: string) => RiskScreen } | null = null
  const screen = async (words: string): Promise<boolean> => {
    // Asked early, so the clinic's own words are usually here before they are ever needed.
    void crisisText.load()
    try {
      loaded ??= await options.loadScreen()
      return loaded.screenRisk(words).raised
    } catch (e) {
      console.warn('Stillroom: the risk screen could not be loaded; the server screens the words', e)
      return false
    }
  }
  return {
    store,
    crisisText,
    screen,
    prepare() {
      void screen('')
    },
    open(crisis) {
      if (crisis !== undefined) crisisText.accept(crisis)
      void crisisText.load()
      const { open, opened } = store.getState()
      if (!open) store.setState({ open: true, opened: opened + 1 })
    },
    close() {
      if (store.getState().open) store.setState({ open: false })
    },
  }
}
