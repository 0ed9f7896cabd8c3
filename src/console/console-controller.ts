import { SESSION_SOCKET_PATH } from '../shared/session/protocol'
import { readBreakDefault } from './break-default'
import type { ConsoleApi } from './console-api'
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

/** Everything the console does, outside React: login, clients, sessions and the one socket. */
export function createConsoleController(deps: ControllerDeps) {
  const { api, store } = deps
  let socket: SessionSocket | null = null
  const offs: Array<() => void> = []

  const fail = (message: string) => store.notify('error', message)

  async function refreshHome() {
    const [clients, sessions] = await Promise.all([api.listClients(), api.listSessions()])
    if (clients.ok) store.setState({ clients: clients.value })
    else if (clients.status === 401) return store.setState({ screen: 'login', me: null })
    else fail(clients.message)
    if (sessions.ok) store.setState({ sessions: sessions.value })
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
      store.setState({ me: null, screen: 'login', session: null, pairing: null, clients: [], sessions: [] })
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
    async startSession(clientId: string, approval: 'clinical' | 'open' = 'clinical'): Promise<string | null> {
      // The interval the therapist chose last on this computer carries over to the new session.
      const r = await api.startSession(clientId, approval, deps.breakDefault?.() ?? readBreakDefault())
      if (!r.ok) return r.message
      store.setState({ screen: 'session', pairing: r.value.pairing, session: null, headset: false })
      openSocket(r.value.session.id)
      return null
    },
    /** Re-opens a running session (after a console reload). */
    resumeSession(sessionId: string) {
      store.setState({ screen: 'session', pairing: null, session: null, headset: false })
      openSocket(sessionId)
    },
    async newPairingCode(): Promise<void> {
      const id = store.getState().session?.id
      if (!id) return
      const r = await api.newPairingCode(id)
      if (r.ok) store.setState({ pairing: r.value })
      else fail(r.message)
    },
    send(command: TherapistCommand): void {
      if (!socket) return fail('Not connected to a session.')
      const id = socket.send(command)
      deps.onSent?.(command, id)
      store.setState((s) => ({ unacked: [...s.unacked, id] }))
    },
    leaveSession() {
      closeSocket()
      store.setState({ screen: 'home', session: null, pairing: null, connection: 'idle', headset: false })
      void refreshHome()
    },
    nudge() {
      socket?.nudge()
    },
    dispose: closeSocket,
  }
}

export type ConsoleController = ReturnType<typeof createConsoleController>
