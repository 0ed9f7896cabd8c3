import fs from 'node:fs'
import path from 'node:path'
import { expect } from 'vitest'
import { parseAiConfig } from '../../src/server/ai/config'
import type { AiConfig } from '../../src/server/ai/config'
import { DEVICE_TOKEN_HEADER } from '../../src/shared/session/http'
import type { Command } from '../../src/shared/session/commands'
import { msg } from '../../src/shared/session/protocol'
import type { ServerMessage } from '../../src/shared/session/protocol'
import type { SessionState } from '../../src/shared/session/state'
import { FAST, TEST_KEY } from '../support/ai-fixtures'
import { TestSocket, pair, startSessionServer, startTherapySession } from './session-helpers'
import type { SessionServer } from './session-helpers'

// A real server with the AI feature and a data folder, a console and a paired headset on real sockets.

export type Applied = Extract<ServerMessage, { type: 'applied' }>
export type ImageCommand = Extract<Command, { type: 'artwork-image' }>

export interface World {
  server: SessionServer
  logs: string[]
  sockets: TestSocket[]
  close(): Promise<void>
}

export async function startWorld(dir: string, ai: AiConfig): Promise<World> {
  const logs: string[] = []
  const server = await startSessionServer(dir, {
    ai,
    dataDir: dir,
    logger: { level: 'warn', stream: { write: (line: string) => void logs.push(line) } },
  })
  const sockets: TestSocket[] = []
  return {
    server,
    logs,
    sockets,
    async close() {
      for (const s of sockets.splice(0)) s.close()
      await server.close()
      for (const line of logs) expect(line).not.toContain(TEST_KEY)
    },
  }
}

/** A world in cloud mode against the mock (fast timeouts); `env` and `overrides` change what a test needs. */
export function startCloudWorld(
  dir: string,
  baseURL: string,
  env: Record<string, string> = {},
  overrides: Parameters<typeof parseAiConfig>[1] = {},
): Promise<World> {
  const config = parseAiConfig(
    { STILLROOM_PRIVACY: 'cloud', OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: baseURL, ...env },
    { ...FAST, ...overrides },
  )
  return startWorld(dir, config)
}

export async function socket(world: World, opts: { cookie?: string } = {}) {
  const s = new TestSocket(world.server, opts)
  world.sockets.push(s)
  await s.open()
  return s
}

/** A therapist, a client (with consent to every capability unless `consent: false`), a session and its headset. */
export async function liveSession(
  world: World,
  name: string,
  opts: {
    approval?: 'clinical' | 'open'
    consent?: boolean
    /** A new session for a client that is already there (its therapist's cookie), instead of a new therapist. */
    client?: { cookie: string; clientId: string }
  } = {},
) {
  const t = opts.client
    ? await nextSession(world, opts.client, opts.approval ?? 'open')
    : await startTherapySession(world.server, name, opts.approval ?? 'open')
  if (opts.consent !== false && !opts.client) {
    const res = await world.server.app.inject({
      method: 'PUT',
      url: `/api/clients/${t.clientId}/ai-consent`,
      headers: { cookie: t.cookie },
      payload: { capabilities: ['images', 'text', 'moderation'] },
    })
    expect(res.statusCode).toBe(200)
  }
  const { deviceToken, sessionId } = await pair(world.server, t.code)
  const consoleWs = await socket(world, { cookie: t.cookie })
  consoleWs.send(msg.hello('therapist', { sessionId }))
  await consoleWs.next('welcome')
  const headset = await socket(world)
  headset.send(msg.hello('headset', { deviceToken }))
  await headset.next('welcome')
  let n = 0
  return {
    ...t,
    sessionId,
    deviceToken,
    consoleWs,
    headset,
    /** The headset describes; resolves with the new artwork's id. */
    async describe(text: string): Promise<string> {
      headset.send(msg.command(`h${++n}`, { type: 'describe', text }))
      const added = await consoleWs.next('applied', (m) => m.command.type === 'artwork-add', 8000)
      if (added.command.type !== 'artwork-add') throw new Error('unreachable')
      return added.command.artwork.id
    },
    /** The next picture news the console hears for this artwork in this state. */
    async image(artworkId: string, state: ImageCommand['state'], ms = 8000): Promise<ImageCommand> {
      const m = await consoleWs.next(
        'applied',
        (a) =>
          a.command.type === 'artwork-image' &&
          a.command.artworkId === artworkId &&
          a.command.state === state,
        ms,
      )
      return m.command as ImageCommand
    },
    async send(command: Command): Promise<Extract<ServerMessage, { type: 'ack' }>> {
      const id = `c${++n}`
      consoleWs.send(msg.command(id, command))
      return consoleWs.next('ack', (m) => m.id === id)
    },
    async state(): Promise<SessionState> {
      const res = await world.server.app.inject({
        method: 'GET',
        url: `/api/sessions/${sessionId}`,
        headers: { cookie: t.cookie },
      })
      return res.json<{ session: SessionState }>().session
    },
    /** A picture of this session (or of `as.session`, e.g. an earlier one), as the console or a headset. */
    fetchImage(file: string, as: { cookie?: string; device?: string; session?: string } = {}) {
      return world.server.app.inject({
        method: 'GET',
        url: `/api/sessions/${as.session ?? sessionId}/images/${file}`,
        headers: {
          ...(as.cookie ? { cookie: as.cookie } : {}),
          ...(as.device ? { [DEVICE_TOKEN_HEADER]: as.device } : {}),
        },
      })
    },
  }
}

/** Another session for an existing client, through the real route (the client's earlier sessions stay). */
async function nextSession(
  world: World,
  client: { cookie: string; clientId: string },
  approval: 'clinical' | 'open',
) {
  const res = await world.server.app.inject({
    method: 'POST',
    url: '/api/sessions',
    headers: { cookie: client.cookie },
    payload: { clientId: client.clientId, approval },
  })
  expect(res.statusCode, res.body).toBeLessThan(300)
  const body = res.json<{ session: SessionState; pairingCode: { code: string } }>()
  return { ...client, session: body.session, code: body.pairingCode.code }
}

/** Every file under `<dir>/images`, relative. */
export function imageFiles(dir: string): string[] {
  const root = path.join(dir, 'images')
  if (!fs.existsSync(root)) return []
  return fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.\w+$/.test(f))
}

/** Polls until `check` is true (state-based waiting, not a fixed sleep). */
export async function waitFor(check: () => boolean | Promise<boolean>, ms = 8000, what = 'condition') {
  const deadline = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}
