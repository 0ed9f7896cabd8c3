import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Command, THERAPIST_COMMANDS } from '../shared/session/commands'
import type { PoseMessage } from '../shared/session/protocol'
import { applyCommand } from '../shared/session/reducer'
import type { SessionState } from '../shared/session/state'
import type { ClientRecord, PairingCode, SessionSummary, Therapist } from './console-api'
import { createGazeHeatmap, type GazeHeatmap } from './gaze-heatmap'
import { lookedAt, type GazePoint } from './landscape-map'
import type { ConnectionStatus } from '../shared/session/session-socket'

/** The commands a console may send. */
export type TherapistCommand = Extract<Command, { type: (typeof THERAPIST_COMMANDS)[number] }>

export type Screen = 'checking' | 'login' | 'home' | 'session' | 'insight'
export type Notice = { kind: 'error' | 'info'; text: string; n: number }

export type ConsoleState = {
  screen: Screen
  me: Therapist | null
  clients: ClientRecord[]
  sessions: SessionSummary[]
  session: SessionState | null
  pairing: PairingCode | null
  /**
   * Until when pairing rests (ms, the server's clock) after the server voided every open code because too many
   * wrong codes were tried on the network; null when it does not.
   */
  pairingPausedUntil: number | null
  connection: ConnectionStatus
  /** Whether the headset is connected right now (server presence, not part of the session state). */
  headset: boolean
  /** Commands sent and not yet acknowledged (their ids). */
  unacked: string[]
  notice: Notice | null
  /** The client whose insight page is open (screen 'insight'). */
  insightClient: { id: string; alias: string } | null
  /** The risk event whose structured check is open in the session view, if any. */
  riskCheck: string | null
  /** Risk events just acknowledged here, before the state confirms it: the sound stops at the click. */
  riskAcking: string[]
}

export const initialConsoleState: ConsoleState = {
  screen: 'checking',
  me: null,
  clients: [],
  sessions: [],
  session: null,
  pairing: null,
  pairingPausedUntil: null,
  connection: 'idle',
  headset: false,
  unacked: [],
  notice: null,
  insightClient: null,
  riskCheck: null,
  riskAcking: [],
}

/**
 * Values that change 20–30 times a second live outside React state (docs/ARCHITECTURE.md): the mirror camera and the
 * map read them every frame. `received` counts poses so readers can tell a new one arrived.
 */
export type LivePose = {
  pose: PoseMessage | null
  received: number
  heatmap: GazeHeatmap
  /**
   * Paintings to attribute gaze to when the headset sends none (in a landscape it leaves placement to the
   * console); set by the map from the same placement the headset uses.
   */
  gazeTargets: readonly GazePoint[]
}

export type ConsoleStore = StoreApi<ConsoleState> & {
  live: LivePose
  /** Applies one ordered command from the server with the shared reducer. */
  applyRemote(command: Command, at: number): void
  replaceState(state: SessionState): void
  receivePose(pose: PoseMessage): void
  notify(kind: Notice['kind'], text: string): void
}

export function createConsoleStore(initial: Partial<ConsoleState> = {}): ConsoleStore {
  const store = createStore<ConsoleState>(() => ({ ...initialConsoleState, ...initial }))
  let n = 0
  const live: LivePose = { pose: null, received: 0, heatmap: createGazeHeatmap(), gazeTargets: [] }
  const viewChanged = (before: SessionState | null, after: SessionState) => {
    // Gallery and landscape coordinates are different places: a path across the switch would be nonsense.
    if (before && before.id === after.id && before.view !== after.view) live.heatmap.resetTrail()
  }
  return Object.assign(store, {
    live,
    applyRemote(command: Command, at: number) {
      const s = store.getState().session
      if (!s) return
      const next = applyCommand(s, command, at)
      viewChanged(s, next)
      store.setState({ session: next })
    },
    replaceState(state: SessionState) {
      const previous = store.getState().session
      // A different session (or the first one) starts a fresh heatmap; a resync of the same one keeps it.
      if (!previous || previous.id !== state.id) {
        live.heatmap.reset()
        store.setState({ riskCheck: null })
      } else viewChanged(previous, state)
      store.setState({ session: state })
    },
    receivePose(pose: PoseMessage) {
      live.pose = pose
      live.received++
      const gaze = pose.gaze
      if (gaze && !gaze.artworkId && live.gazeTargets.length) {
        const artworkId = lookedAt(pose.head.p, gaze.dir, live.gazeTargets)
        live.heatmap.add(artworkId ? { ...pose, gaze: { ...gaze, artworkId } } : pose)
      } else live.heatmap.add(pose)
    },
    notify(kind: Notice['kind'], text: string) {
      store.setState({ notice: { kind, text, n: ++n } })
    },
  })
}

/** Short, plain words for a refused command (the server's message is already plain; add what to do). */
export function describeError(code: string, message: string): string {
  switch (code) {
    case 'rate-limited':
      return 'That was a lot at once. Wait a moment, then try again.'
    case 'forbidden':
      return 'This session belongs to another login. Sign in again.'
    default:
      return message || 'The server did not accept that.'
  }
}
