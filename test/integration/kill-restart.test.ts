import { describe, expect, it } from 'vitest'
import { runUserCommand } from '../../src/server/cli/user-command'
import type { ArtworkCreatedResponse, ListArtworksResponse } from '../../src/shared/artwork'
import type { CreateSessionResponse, PairResponse } from '../../src/shared/session/http'
import { msg } from '../../src/shared/session/protocol'
import type { SessionState } from '../../src/shared/session/state'
import { createRealServerFixture } from './real-server'
import { PASSWORD, TestSocket } from './session-helpers'
import { SOLO } from './solo-helpers'

const real = createRealServerFixture('stillroom-kill-')
const startReal = () => real.start({ STILLROOM_RATE_LIMIT: 'off' })

const json = async <T>(res: Response): Promise<T> => {
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

describe('kill -9 during writes', () => {
  it('keeps everything that was acknowledged: solo artworks and session commands', async () => {
    const io = {
      out: () => {},
      err: () => {},
      readStdin: async () => PASSWORD,
      dataDir: async () => real.dir,
    }
    expect(await runUserCommand(['add', 'anna', '--role', 'therapist', '--password-stdin'], io)).toBe(0)

    const first = await startReal()
    const post = (url: string, body: unknown, cookie = '') =>
      fetch(`${first.origin}${url}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...SOLO, ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      })
    const loginRes = await post('/api/auth/login', { name: 'anna', password: PASSWORD })
    expect(loginRes.status).toBe(200)
    const cookie = (loginRes.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    const { client } = await json<{ client: { id: string } }>(
      await post('/api/clients', { alias: 'Robin' }, cookie),
    )
    const created = await json<CreateSessionResponse>(
      await post('/api/sessions', { clientId: client.id }, cookie),
    )
    const sessionId = created.session.id
    await json<PairResponse>(await post('/api/pair', { code: created.pairingCode.code }))
    const consoleWs = new TestSocket(first, { cookie })
    await consoleWs.open()
    consoleWs.send(msg.hello('therapist', { sessionId }))
    await consoleWs.next('welcome')

    // The burst: solo artworks over HTTP (four in flight) and session commands over the socket, all at once.
    const ackedArtworks: string[] = []
    const ackedCommands: { seq: number; words?: string }[] = []
    let stop = false
    const soloWriter = async (lane: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await post('/api/artworks', { text: `a calm lake at dawn, lane ${lane} number ${i}` })
          if (res.status === 201)
            ackedArtworks.push(((await res.json()) as ArtworkCreatedResponse).artwork.id)
        } catch {
          return // the server is gone
        }
      }
    }
    const sessionWriter = async () => {
      // Within the socket's limits (10 commands a second, bursts of 40; 10 describes in a burst).
      for (let i = 0; !stop && i < 200; i++) {
        const id = `k${i}`
        const words = i % 4 === 0 && i < 40 ? `a warm meadow with tall grass, number ${i}` : undefined
        consoleWs.send(
          msg.command(
            id,
            words ? { type: 'describe', text: words } : { type: 'set-brightness', value: 0.5 + (i % 5) / 10 },
          ),
        )
        try {
          const ack = await consoleWs.next('ack', (m) => m.id === id, 3000)
          ackedCommands.push({ seq: ack.seq, ...(words ? { words } : {}) })
        } catch {
          return
        }
      }
    }
    const writers = [soloWriter(0), soloWriter(1), soloWriter(2), soloWriter(3), sessionWriter()]
    const until = Date.now() + 15_000
    while ((ackedArtworks.length < 25 || ackedCommands.length < 15) && Date.now() < until)
      await new Promise((r) => setTimeout(r, 20))
    // Mid-burst: writes are in flight on both paths right now.
    first.child.kill('SIGKILL')
    await new Promise((r) => first.child.once('exit', r))
    stop = true
    consoleWs.close()
    await Promise.all(writers)
    expect(ackedArtworks.length).toBeGreaterThanOrEqual(25)
    expect(ackedCommands.length).toBeGreaterThanOrEqual(15)

    const second = await startReal()
    const { artworks } = await json<ListArtworksResponse>(
      await fetch(`${second.origin}/api/artworks`, { headers: SOLO }),
    )
    const stored = new Set(artworks.map((a) => a.id))
    expect(ackedArtworks.filter((id) => !stored.has(id))).toEqual([])
    // The login survived too: the same cookie reads the session back.
    const { session } = await json<{ session: SessionState }>(
      await fetch(`${second.origin}/api/sessions/${sessionId}`, { headers: { cookie } }),
    )
    const lastAcked = Math.max(...ackedCommands.map((c) => c.seq))
    expect(session.seq).toBeGreaterThanOrEqual(lastAcked)
    const texts = new Set(session.artworks.map((e) => e.artwork.text))
    const describes = ackedCommands.filter((c) => c.words)
    expect(describes.length).toBeGreaterThan(0)
    expect(describes.filter((c) => !texts.has(c.words!))).toEqual([])
    second.child.kill('SIGTERM')
    // About 10 s on a quiet machine (two server starts); the margin is for a busy one.
  }, 60_000)
})
