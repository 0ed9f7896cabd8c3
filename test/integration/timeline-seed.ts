// Session states with artworks for the timeline tests and bench, built with the one shared reducer (so they are
// exactly what a real session leaves behind) and written straight into a store.
import type { SessionStore } from '../../src/server/storage/session-store'
import type { Artwork } from '../../src/shared/artwork'
import type { Command } from '../../src/shared/session/commands'
import { applyCommand } from '../../src/shared/session/reducer'
import { createSessionState, type SessionState } from '../../src/shared/session/state'
import { BIOMES, DEFAULT_SCENE_SPEC, TIMES_OF_DAY } from '../../src/shared/spec'

export const DAY = 24 * 60 * 60 * 1000
const WORDS = [
  'a quiet beach at sunset, the waves coming in slowly',
  'a deep pine forest in the morning mist',
  'a wide meadow full of wildflowers',
  'a still alpine lake with mountains around it',
  'a snowy field under a pale winter sky',
  'warm sand dunes at golden hour',
  'a garden with a stone bench and roses',
  'a night sky full of stars over the hills',
]

export type SeedArtwork = {
  text?: string
  held?: boolean
  pending?: boolean
  discarded?: boolean
  /** An AI picture (PNG bytes): the state names `<id>.png` as ready and the server's data folder gets the file. */
  picture?: Buffer
}
export type SeedSession = {
  id: string
  startedAt: number
  artworks: Array<SeedArtwork>
  /** @default true */
  ended?: boolean
}

let counter = 0

function artwork(id: string, text: string, at: number, held: boolean, n: number): Artwork {
  return {
    id,
    text,
    createdAt: new Date(at).toISOString(),
    spec: {
      ...DEFAULT_SCENE_SPEC,
      biome: BIOMES[n % BIOMES.length]!,
      timeOfDay: TIMES_OF_DAY[(n * 3) % TIMES_OF_DAY.length]!,
      title: text.slice(0, 40) || 'untitled',
      safety: held
        ? { held: true, reasons: ['violence: "fight"'], mentioned: ['fight'] }
        : DEFAULT_SCENE_SPEC.safety,
    },
    seed: (n * 2654435761) >>> 0,
    status: held ? 'held' : 'shown',
  }
}

/** One session's final state: artworks added a minute apart, approved unless held/pending/discarded, then ended. */
export function seedSessionState(
  who: { clientId: string; clientAlias: string; therapistId: string },
  s: SeedSession,
): SessionState {
  let state = createSessionState({ id: s.id, ...who, now: s.startedAt })
  let t = s.startedAt
  const apply = (c: Command) => {
    t += 60_000
    state = applyCommand(state, c, t)
  }
  apply({ type: 'headset-paired' } as Command)
  for (const [i, a] of s.artworks.entries()) {
    const n = counter++
    const id = `${s.id}-a${i}`
    const text = a.text ?? `${WORDS[n % WORDS.length]} (${s.id} #${i + 1})`
    apply({
      type: 'artwork-add',
      artwork: artwork(id, text, t + 60_000, a.held === true, n),
      reasons: a.held ? ['violence: "fight"'] : [],
      from: 'client',
    } as Command)
    if (a.picture) {
      apply({ type: 'artwork-image', artworkId: id, state: 'painting' })
      apply({ type: 'artwork-image', artworkId: id, state: 'ready', file: `${id}.png` })
    }
    if (a.discarded) apply({ type: 'discard', artworkId: id })
    else if (!a.held && !a.pending) apply({ type: 'approve', artworkId: id })
  }
  if (s.ended !== false) apply({ type: 'end' } as Command)
  return state
}

/** Writes the sessions (ended, with their artworks) for one client into the store. */
export async function seedSessions(
  store: SessionStore,
  who: { clientId: string; clientAlias: string; therapistId: string },
  sessions: SeedSession[],
): Promise<SessionState[]> {
  const out: SessionState[] = []
  for (const s of sessions) {
    const state = seedSessionState(who, s)
    await store.insertSession(
      { id: s.id, therapistId: who.therapistId, clientId: who.clientId, state },
      s.startedAt,
    )
    out.push(state)
  }
  return out
}

/**
 * For the browser test and the bench: a data folder with a therapist, a client with `sessions` behind them, then a
 * real server, a live session and a device token for the headset page (put in its localStorage before it loads).
 */
export async function startTimelineServer(sessions: (clientId: string) => SeedSession[]) {
  const { mkdtempSync, rmSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const { join } = await import('node:path')
  const { createStorage } = await import('../../src/server/storage')
  const { createTherapist, THERAPIST } = await import('../e2e/console-driver')
  const { startServer } = await import('../e2e/harness')
  const dataDir = mkdtempSync(join(tmpdir(), 'stillroom-timeline-'))
  await createTherapist(dataDir)
  const storage = createStorage(join(dataDir, 'stillroom.db'), { warn: () => {} })
  const clientId = 'timeline-client'
  const seeded: SessionState[] = []
  try {
    const user = await storage.sessions!.getUserByName(THERAPIST.name)
    const who = { clientId, clientAlias: 'Robin', therapistId: user!.id }
    await storage.sessions!.insertClient({
      id: clientId,
      therapistId: user!.id,
      alias: 'Robin',
      sudsScale: 10,
      safePlace: null,
      createdAt: new Date(0).toISOString(),
    })
    const seeds = sessions(clientId)
    seeded.push(...(await seedSessions(storage.sessions!, who, seeds)))
    // The seeded AI pictures, where the server keeps them (one folder per client).
    const { writeFileSync, mkdirSync } = await import('node:fs')
    for (const s of seeds)
      for (const [i, a] of s.artworks.entries()) {
        if (!a.picture) continue
        mkdirSync(join(dataDir, 'images', clientId), { recursive: true, mode: 0o700 })
        writeFileSync(join(dataDir, 'images', clientId, `${s.id}-a${i}.png`), a.picture, { mode: 0o600 })
      }
  } finally {
    await storage.close()
  }
  const server = await startServer({ dataDir, env: { STILLROOM_RATE_LIMIT: 'off' } })
  const url = server.url
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify(THERAPIST),
  })
  if (!login.ok) throw new Error(`login ${login.status}`)
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
  const created = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url, cookie },
    body: JSON.stringify({ clientId }),
  })
  const { session, pairingCode } = (await created.json()) as {
    session: SessionState
    pairingCode: { code: string }
  }
  const paired = await fetch(`${url}/api/pair`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ code: pairingCode.code }),
  })
  const device = (await paired.json()) as { sessionId: string; deviceToken: string }
  return {
    server,
    url,
    cookie,
    clientId,
    sessionId: session.id,
    device,
    seeded,
    async stop() {
      await server.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** The therapist's socket, just enough to send commands (set-view) to the live session. */
export async function therapistSocket(url: string, cookie: string, sessionId: string) {
  const { default: WebSocket } = await import('ws')
  const ws = new WebSocket(`${url.replace('http', 'ws')}/api/session/socket`, {
    headers: { origin: url, cookie },
  })
  await new Promise((ok, fail) => ws.once('open', ok).once('error', fail))
  const welcome = new Promise((ok) =>
    ws.on('message', (d) => (JSON.parse(String(d)) as { type: string }).type === 'welcome' && ok(null)),
  )
  ws.send(JSON.stringify({ v: 1, type: 'hello', role: 'therapist', sessionId }))
  await welcome
  let n = 0
  return {
    send: (command: Command) => ws.send(JSON.stringify({ v: 1, type: 'command', id: `t${++n}`, command })),
    close: () => ws.close(),
  }
}
