import type { Clock } from '../../shared/clock'
import { createStore } from 'zustand/vanilla'
import type { HeadsetKey } from '../../shared/i18n/headset-en'
import { applyCommand } from '../../shared/session/reducer'
import { SESSION_SOCKET_PATH } from '../../shared/session/protocol'
import type { SessionState } from '../../shared/session/state'
import { forgetDeviceSession, readDeviceSession, saveDeviceSession, type DeviceSession } from './device-token'
import { pairWithCode, type PairError } from './pairing'
import { createPresenter } from './presenter'
import { snapshotOf, type SessionSnapshot } from './session-snapshot'

export type { SessionSnapshot }
import { sceneFromState, type HeadsetScene } from './scene-mapping'
import {
  SessionSocket,
  socketUrl,
  type ConnectionStatus,
  type SocketLike,
} from '../../shared/session/session-socket'
import { parseFrame, type PoseMessage, type WireCommand } from './wire'

/** Where the headset is in its session's life. 'solo' = no session (the spine's normal use). */
export type Stage = 'solo' | 'keypad' | 'pairing' | 'joining' | 'live' | 'ended'

export type HeadsetSessionView = {
  stage: Stage
  connection: ConnectionStatus
  /** A calm sentence under the keypad after a failed try (its catalogue key, worded by the keypad). */
  pairError: PairError | null
  state: SessionState | null
  /** The scene on show (lags `state` while a veil covers a change). */
  scene: HeadsetScene | null
  /** The SUDS question this headset already answered (its `n`), so the scale closes at once. */
  sudsAnswered: number | null
  /** A short line for the client after they described something in a session (its catalogue key). */
  note: SessionNote | null
  /** The latest narration line, while it is on screen. */
  caption: { n: number; text: string } | null
  /** True once the page's sound runtime runs the exercises (with its own captions and pacer). */
  runtimeExercises: boolean
}

/** What the session writes into the app: the scene to render. The app decides how (see App.tsx). */
export type SceneSink = (scene: HeadsetScene | null) => void

export type HeadsetSessionDeps = {
  sink: SceneSink
  origin: string
  accessKey?: string | null
  fetchImpl?: typeof fetch
  storage?: Storage
  createSocket?: (url: string) => SocketLike
  /** Speaks narration when a device voice exists; captions are always shown. */
  speak?: (text: string) => void
  /** @default performance.now */
  now?: Clock
  /**
   * Called with the device's pairing before it joins (src/client/comfort/record-session.ts takes the client's record
   * then). Awaited, at most JOIN_HOOK_MS, after a new pairing, so the first welcome already has the client's sound;
   * not awaited when a paired headset rejoins.
   */
  onDevice?: (device: DeviceSession) => Promise<void> | void
}

const JOIN_HOOK_MS = 3000

/** The notes after a client described something: sent (the therapist will look at it), or lost on the way. */
export type SessionNote = Extract<HeadsetKey, 'session.note.described' | 'session.note.lost'>
export const DESCRIBE_NOTE: SessionNote = 'session.note.described'
export const LOST_NOTE: SessionNote = 'session.note.lost'
const CAPTION_MIN_MS = 6000

/**
 * The headset's session: pairing, the socket, the state (applied with the shared reducer) and the presenter that
 * shows it without surprises. Plain TypeScript with a vanilla store, so React only subscribes to it.
 */
export function createHeadsetSession(deps: HeadsetSessionDeps) {
  const now = deps.now ?? (() => performance.now())
  const view = createStore<HeadsetSessionView>()(() => ({
    stage: 'solo',
    connection: 'idle',
    pairError: null,
    state: null,
    scene: null,
    sudsAnswered: null,
    note: null,
    caption: null,
    runtimeExercises: false,
  }))
  let spokenSafePlace: number | null = null
  const presenter = createPresenter({
    now,
    apply: (scene) => {
      // Arriving at the safe place (at full cover, as the veil turns): the cue word is spoken as it appears.
      if (scene.safePlaceSince !== null && scene.safePlaceSince !== spokenSafePlace && scene.cueWord) {
        deps.speak?.(scene.cueWord)
      }
      spokenSafePlace = scene.safePlaceSince
      // At the end the client's paintings leave with the session (behind the veil).
      const shown = scene.ended ? { ...scene, artworks: [] } : scene
      view.setState({ scene: shown })
      deps.sink(shown)
    },
  })
  let socket: SessionSocket | null = null
  let device: DeviceSession | null = null
  let captionTimer: ReturnType<typeof setTimeout> | null = null
  /** Server clock minus ours, from the latest `applied.at`, for exercise timing. */
  let serverOffset = 0
  const describes = new Set<string>()

  const setState = (state: SessionState) => {
    const prev = view.getState().state
    view.setState({ state })
    const scene = sceneFromState(state)
    presenter.push(scene)
    if (state.narration && state.narration.n !== prev?.narration?.n && prev !== null) narrate(state.narration)
    if (state.phase === 'ended') finish()
  }

  const narrate = (line: { n: number; text: string }) => {
    view.setState({ caption: { n: line.n, text: line.text } })
    deps.speak?.(line.text)
    if (captionTimer) clearTimeout(captionTimer)
    const ms = Math.max(CAPTION_MIN_MS, line.text.split(/\s+/).length * 450)
    captionTimer = setTimeout(() => {
      if (view.getState().caption?.n === line.n) view.setState({ caption: null })
    }, ms)
  }

  let noteTimer: ReturnType<typeof setTimeout> | null = null
  const showNote = (note: SessionNote) => {
    view.setState({ note })
    if (noteTimer) clearTimeout(noteTimer)
    noteTimer = setTimeout(() => view.setState({ note: null }), 9000)
  }

  const finish = () => {
    if (view.getState().stage === 'ended') return
    forgetDeviceSession({
      local: deps.storage ?? globalThis.localStorage,
      session: globalThis.sessionStorage,
    })
    device = null
    view.setState({ stage: 'ended', note: null })
    const last = view.getState().state
    if (last && last.phase !== 'ended') {
      presenter.push({ ...sceneFromState(last), ended: true })
    }
    socket?.close()
  }

  const connect = (d: DeviceSession) => {
    device = d
    socket?.close()
    const s = new SessionSocket({
      url: socketUrl(deps.origin, SESSION_SOCKET_PATH, deps.accessKey),
      hello: () => ({
        v: 1,
        type: 'hello',
        role: 'headset',
        sessionId: d.sessionId,
        deviceToken: d.deviceToken,
      }),
      parse: parseFrame,
      idPrefix: 'h',
      createSocket: deps.createSocket ?? ((url) => new WebSocket(url) as unknown as SocketLike),
    })
    socket = s
    s.on('status', (connection) => view.setState({ connection }))
    s.on('welcome', (state) => {
      view.setState({ stage: state.phase === 'ended' ? 'ended' : 'live' })
      setState(state)
    })
    s.on('applied', (command, _seq, at) => {
      serverOffset = at - Date.now()
      const prev = view.getState().state
      if (!prev) return
      setState(applyCommand(prev, command, at))
    })
    s.on('lost', (lost) => {
      if (lost.some(({ id }) => describes.has(id))) showNote(LOST_NOTE)
    })
    s.on('error', (code, message, id) => {
      console.warn(`session: ${code}: ${message}`)
      if (id && describes.has(id)) showNote(LOST_NOTE)
    })
    s.on('ended', () => finish())
    view.setState({ stage: 'joining' })
    s.connect()
  }

  const session = {
    view,
    presenter,
    get socket() {
      return socket
    },
    /** Server time now (ms), for exercise timelines. */
    serverNow: () => Date.now() + serverOffset,
    /** Rejoins with the stored device token, if any. Returns true when it is trying. */
    resume(): boolean {
      const d = readDeviceSession(deps.storage)
      if (!d) return false
      if (socket && device?.deviceToken === d.deviceToken) return true
      void Promise.resolve(deps.onDevice?.(d)).catch(() => undefined)
      connect(d)
      return true
    },
    openKeypad(): void {
      if (view.getState().stage === 'solo') view.setState({ stage: 'keypad', pairError: null })
    },
    closeKeypad(): void {
      const stage = view.getState().stage
      if (stage === 'keypad' || stage === 'pairing') view.setState({ stage: 'solo', pairError: null })
    },
    async pair(code: string): Promise<boolean> {
      const stage = view.getState().stage
      if (stage !== 'keypad' && stage !== 'solo') return false
      view.setState({ stage: 'pairing', pairError: null })
      const r = await pairWithCode(code, {
        ...(deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {}),
        accessKey: deps.accessKey ?? null,
      })
      if (!r.ok) {
        view.setState({ stage: 'keypad', pairError: r.vars ? { key: r.key, vars: r.vars } : { key: r.key } })
        return false
      }
      saveDeviceSession(r.value, deps.storage)
      if (deps.onDevice) {
        const hook = Promise.resolve(deps.onDevice(r.value)).catch(() => undefined)
        await Promise.race([hook, new Promise((resolve) => setTimeout(resolve, JOIN_HOOK_MS))])
      }
      connect(r.value)
      return true
    },
    /** The client's own words: through the session, pending for the therapist in clinical mode. */
    describe(text: string): boolean {
      // While the headset rejoins after a reload the socket already queues: the words still go to the therapist
      // (words of risk above all), never to the device's own gallery.
      const stage = view.getState().stage
      if (!socket || (stage !== 'live' && stage !== 'joining')) return false
      const id = socket.send({ type: 'describe', text })
      describes.add(id)
      showNote(DESCRIBE_NOTE)
      return true
    },
    /** Refinement: a quick choice or words for a shown artwork, or which version stays on the wall. */
    sendVersionCommand(
      command: Extract<WireCommand, { type: 'refine' | 'pick-version' | 'compare-versions' }>,
    ): boolean {
      if (!socket || view.getState().stage !== 'live') return false
      socket.send(command)
      return true
    },
    answerSuds(value: number): boolean {
      const st = view.getState()
      const request = st.state?.suds.request
      if (!socket || !request || st.sudsAnswered === request.n) return false
      const scale = st.state?.suds.scale ?? 10
      const v = Math.round(Math.min(scale, Math.max(0, value)))
      socket.send({ type: 'suds-answer', value: v } satisfies WireCommand)
      view.setState({ sudsAnswered: request.n })
      return true
    },
    sendPose(pose: Omit<PoseMessage, 'v' | 'type'>): boolean {
      return socket?.sendPose(pose) ?? false
    },
    /** Reconnect now (page visible again, network back). */
    nudge(): void {
      socket?.nudge()
    },
    /** What the browser tests read (`window.__stillroom.session`): plain data, current at the time of reading. */
    snapshot: (): SessionSnapshot => snapshotOf(view.getState(), presenter.veil),
    get device(): DeviceSession | null {
      return device
    },
    dispose(): void {
      if (captionTimer) clearTimeout(captionTimer)
      if (noteTimer) clearTimeout(noteTimer)
      socket?.close()
      socket = null
    },
  }
  return session
}

export type HeadsetSession = ReturnType<typeof createHeadsetSession>
