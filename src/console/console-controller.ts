import { SESSION_SOCKET_PATH } from '../shared/session/protocol'
import type { SupportedLanguage } from '../shared/safety/language'
import { readBreakDefault } from './break-default'
import type { ConsoleApi, RecordCommand } from './console-api'
import { describeError, type ConsoleStore, type TherapistCommand } from './console-store'
import { DEFAULT_BACKOFF } from '../shared/session/backoff'
import { parseServerMessage, PROTOCOL_VERSION } from '../shared/session/protocol'
import { SessionSocket, socketUrl, type SocketLike } from '../shared/session/session-socket'

export type ControllerDeps = {
  api: ConsoleApi
  store: ConsoleStore
  /** Page origin for the socket URL. */
  location: Pick<Location, 'protocol' | 'host'>
  accessKey?: string | null
  createSocket?: (url: string) => SocketLike
  /** The break interval for new sessions (tests inject it); @default the one last chosen on this computer. */
  breakDefault?: () => number | undefined
  /** Called with performance time when a command leaves the console (the e2e measures safe place with it). */
  onSent?: (command: TherapistCommand, id: string) => void
}

const COMMAND_NAMES: Partial<Record<TherapistCommand['type'], string>> = {
  approve: 'Approve',
  'safe-place-go': 'Safe place',
  pause: 'Pause',
  end: 'End',
}

/** How long an acknowledgement silences the alert before the state must confirm it. */
const ACK_PATIENCE_MS = 5000

/** Everything the console does, outside React: login, clients, sessions and the one socket. */
export function createConsoleController(deps: ControllerDeps) {
  const { api, store } = deps
  let socket: SessionSocket | null = null
  const offs: Array<() => void> = []

  const fail = (message: string) => store.notify('error', message)

  function send(command: TherapistCommand): void {
    if (!socket) return fail('Not connected to a session.')
    const id = socket.send(command)
    deps.onSent?.(command, id)
    store.setState((s) => ({ unacked: [...s.unacked, id] }))
  }

  /**
   * A note or a risk acknowledgement or check: through the socket while the session runs, else over HTTP (the
   * socket closes at the end, but the record is not finished then), reading the stored state back afterwards.
   */
  function sendRecord(command: RecordCommand): void {
    const { session, connection } = store.getState()
    if (!session) return fail('Not connected to a session.')
    if (socket && session.phase !== 'ended' && connection !== 'ended' && connection !== 'closed') {
      return send(command)
    }
    void (async () => {
      const r = await api.recordCommand(session.id, command)
      if (!r.ok) return fail(r.message)
      const fresh = await api.getSession(session.id)
      if (fresh.ok && store.getState().session?.id === fresh.value.id)
        store.setState({ session: fresh.value })
    })()
  }

  async function refreshHome() {
    const [clients, sessions] = await Promise.all([api.listClients(), api.listSessions()])
    if (clients.ok) store.setState({ clients: clients.value })
    else if (clients.status === 401) return store.setState({ screen: 'login', me: null })
    else fail(clients.message)
    if (sessions.ok) {
      store.setState({ sessions: sessions.value })
      // A console opened (or reloaded) while words raised for risk still wait: straight to that session, whose alert
      // and chime take over. Only when no session is connected, so it never pulls the therapist out of another one.
      const waiting = sessions.value.find((s) => s.risksWaiting > 0)
      if (waiting && !socket) {
        store.setState({ screen: 'session', pairing: null, session: null, headset: false, riskCheck: null })
        openSocket(waiting.id)
      }
    }
  }

  function closeSocket() {
    for (const off of offs.splice(0)) off()
    socket?.close()
    socket = null
  }

  function openSocket(sessionId: string) {
    closeSocket()
    const base = socketUrl(`${deps.location.protocol}//${deps.location.host}`, SESSION_SOCKET_PATH)
    const url = deps.accessKey ? `${base}?key=${encodeURIComponent(deps.accessKey)}` : base
    const s = new SessionSocket({
      url,
      // The login cookie rides on the upgrade: the hello only names the session.
      hello: () => ({ v: PROTOCOL_VERSION, type: 'hello', role: 'therapist', sessionId }),
      parse: (data) => {
        const parsed = parseServerMessage(data)
        return parsed.ok ? parsed.message : null
      },
      idPrefix: 'c',
      createSocket: deps.createSocket ?? ((u) => new WebSocket(u) as unknown as SocketLike),
      // The therapist is watching the screen: come back sooner than a headset would.
      backoff: { ...DEFAULT_BACKOFF, maxMs: 10_000 },
    })
    socket = s
    offs.push(
      s.on('status', (connection) => store.setState({ connection })),
      s.on('welcome', (state) => {
        store.replaceState(state)
        store.setState({ unacked: [] })
      }),
      s.on('applied', (command, _seq, at) => store.applyRemote(command, at)),
      s.on('ack', (id) => store.setState((st) => ({ unacked: st.unacked.filter((u) => u !== id) }))),
      s.on('error', (code, message, id) => {
        if (id) store.setState((st) => ({ unacked: st.unacked.filter((u) => u !== id) }))
        fail(describeError(code, message))
      }),
      s.on('lost', (lost) => {
        const names = lost.map(
          ({ command: c }) => COMMAND_NAMES[c.type as TherapistCommand['type']] ?? c.type,
        )
        store.notify('info', `Reconnecting: check that ${names.join(', ')} took effect once back.`)
      }),
      s.on('pose', (pose) => store.receivePose(pose)),
      // A pairing code works once: when the headset is in, the code on screen is spent.
      s.on('presence', (headset) => store.setState(headset ? { headset, pairing: null } : { headset })),
      // The code on screen no longer works: take it away and say why, rather than let a client type a dead code.
      s.on('pairingVoided', (until) => store.setState({ pairing: null, pairingPausedUntil: until })),
      s.on('ended', () => {
        store.setState({ connection: 'ended', headset: false })
      }),
    )
    s.connect()
  }

  return {
    async start() {
      const me = await api.me()
      if (me.ok) {
        store.setState({ me: me.value, screen: 'home' })
        await refreshHome()
      } else store.setState({ screen: 'login' })
    },
    async login(name: string, password: string, totp?: string): Promise<string | null> {
      const r = await api.login(name, password, totp)
      if (!r.ok) return r.message
      store.setState({ me: r.value, screen: 'home', notice: null })
      await refreshHome()
      return null
    },
    async logout() {
      closeSocket()
      await api.logout()
      store.setState({
        me: null,
        screen: 'login',
        session: null,
        pairing: null,
        clients: [],
        sessions: [],
        riskCheck: null,
      })
    },
    refreshHome,
    async createClient(alias: string, sudsScale?: 10 | 100): Promise<string | null> {
      const r = await api.createClient(alias, sudsScale)
      if (!r.ok) return r.message
      store.setState((s) => ({ clients: [...s.clients.filter((c) => c.id !== r.value.id), r.value] }))
      return null
    },
    /** The client's SUDS scale, kept with the record; a running session of theirs switches at once. */
    async setClientScale(clientId: string, sudsScale: 10 | 100): Promise<string | null> {
      const r = await api.updateClient(clientId, { sudsScale })
      if (!r.ok) return r.message
      store.setState((s) => ({ clients: s.clients.map((c) => (c.id === r.value.id ? r.value : c)) }))
      return null
    },
    /** The client's language, kept with the record; a running session's headset changes its words at once. */
    async setClientLanguage(clientId: string, language: SupportedLanguage): Promise<string | null> {
      const r = await api.updateClient(clientId, { language })
      if (!r.ok) return r.message
      store.setState((s) => ({ clients: s.clients.map((c) => (c.id === r.value.id ? r.value : c)) }))
      return null
    },
    async startSession(clientId: string, approval: 'clinical' | 'open' = 'clinical'): Promise<string | null> {
      // The interval the therapist chose last on this computer carries over to the new session.
      const r = await api.startSession(clientId, approval, deps.breakDefault?.() ?? readBreakDefault())
      if (!r.ok) return r.message
      store.setState({
        screen: 'session',
        pairing: r.value.pairing,
        session: null,
        headset: false,
        riskCheck: null,
      })
      openSocket(r.value.session.id)
      return null
    },
    /** Re-opens a running session (after a console reload, or one still watched from another page). */
    resumeSession(sessionId: string) {
      if (socket && store.getState().session?.id === sessionId) return store.setState({ screen: 'session' })
      store.setState({ screen: 'session', pairing: null, session: null, headset: false, riskCheck: null })
      openSocket(sessionId)
    },
    async newPairingCode(): Promise<void> {
      const id = store.getState().session?.id
      if (!id) return
      const r = await api.newPairingCode(id)
      if (r.ok) store.setState({ pairing: r.value })
      else fail(r.message)
    },
    send,
    sendRecord,
    /**
     * The therapist is with the client: acknowledges the waiting risk events and opens the check of the first.
     * The sound stops at the click; if the state has not confirmed within a few seconds (a refusal, a lost
     * connection), the alert asks again.
     */
    acknowledgeRisks(riskIds: readonly string[]): void {
      if (!riskIds.length) return
      for (const riskId of riskIds) sendRecord({ type: 'risk-ack', riskId })
      store.setState((s) => ({
        riskAcking: [...new Set([...s.riskAcking, ...riskIds])],
        riskCheck: riskIds[0]!,
      }))
      setTimeout(
        () => store.setState((s) => ({ riskAcking: s.riskAcking.filter((id) => !riskIds.includes(id)) })),
        ACK_PATIENCE_MS,
      )
    },
    leaveSession() {
      const { session, connection } = store.getState()
      // A running session stays connected while the therapist looks at other pages: words raised for risk must
      // reach them wherever they are. Opening it again, or another session, or signing out lets it go.
      if (session && session.phase !== 'ended' && connection !== 'ended' && socket) {
        store.setState({ screen: 'home', riskCheck: null })
      } else {
        closeSocket()
        store.setState({
          screen: 'home',
          session: null,
          pairing: null,
          connection: 'idle',
          headset: false,
          riskCheck: null,
        })
      }
      void refreshHome()
    },
    nudge() {
      socket?.nudge()
    },
    dispose: closeSocket,
  }
}

export type ConsoleController = ReturnType<typeof createConsoleController>
