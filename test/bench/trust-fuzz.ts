// The socket fuzz shared by test/integration/session-socket-probe.test.ts and trust-bench.ts: a real server in its own
// process (trust-server.ts), several fuzzing connections sending everything a probe might (random bytes, broken
// JSON, oversize and binary frames, wrong-role commands, wrong session ids, commands out of order, hello floods),
// and beside them one well-behaved session whose command round trips are timed.
import { spawn } from 'node:child_process'
import { seededRandom } from '../support/seeded-random'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { WebSocket } from 'ws'
import type { CreateSessionResponse, PairResponse } from '../../src/shared/session/http'
import { SESSION_SOCKET_PATH, msg } from '../../src/shared/session/protocol'
import { BENCH_PASSWORD, BENCH_USER, createJsonPoster } from './relay-shared'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(HERE, '../..')

export interface TrustFuzzResult {
  frames: number
  seconds: number
  /** Round trips (command sent → ack) of the well-behaved session while the fuzz ran. */
  sessionP99Ms: number
  sessionCommands: number
  rssBeforeMb: number
  rssAfterMb: number
  heapBeforeMb: number
  heapAfterMb: number
  /** Fuzzing sockets the server closed (bad UTF-8, big frames before hello, refused hellos) and we opened again. */
  reopened: number
  /** The server still served a fresh session after the fuzz. */
  aliveAfter: boolean
}

/** Frames a fuzzing socket sends before it waits for the server to catch up (a pong, or the socket closed). */
const BATCH = 25
/**
 * The fuzz's pace over all its sockets, in frames a second. Unpaced, one machine's fuzzer and server take turns at
 * full speed and the timing measures that contest on a 2-core box; at this pace it is a hard probe the server must
 * absorb while serving the session beside it.
 */
const DEFAULT_RATE = 1500

type Role = 'therapist' | 'headset' | 'anonymous'

/**
 * The well-behaved session (plain CommonJS, for an eval'd worker): console and headset say hello; on 'start' the
 * console sends set-brightness about ten times a second (a therapist's busiest moment) and times each ack; on 'stop'
 * it posts the round trips (ms).
 */
const STEADY_SESSION = String.raw`
const { parentPort, workerData } = require('node:worker_threads')
const { WebSocket } = require('ws')
const { port, cookie, sessionId, deviceToken } = workerData
const url = 'ws://127.0.0.1:' + port + '/api/session/socket'
const origin = 'http://127.0.0.1:' + port
const open = (headers) => new Promise((resolve, reject) => {
  const ws = new WebSocket(url, { origin, headers, perMessageDeflate: false })
  ws.once('open', () => resolve(ws))
  ws.once('error', reject)
})
;(async () => {
  const c = await open({ cookie })
  const h = await open({})
  const welcomed = (ws) => new Promise((resolve) => ws.on('message', (d) => String(d).includes('"type":"welcome"') && resolve()))
  const both = Promise.all([welcomed(c), welcomed(h)])
  c.send(JSON.stringify({ v: 1, type: 'hello', role: 'therapist', sessionId }))
  h.send(JSON.stringify({ v: 1, type: 'hello', role: 'headset', deviceToken }))
  await both
  const acks = new Map()
  c.on('message', (d) => {
    const m = /"type":"ack","id":"(g\d+)"/.exec(String(d))
    if (m && acks.has(m[1])) acks.get(m[1])()
  })
  let timing = false
  let stopped = false
  const latencies = []
  parentPort.on('message', (m) => {
    if (m === 'start') timing = true
    if (m === 'stop') stopped = true
  })
  parentPort.postMessage('ready')
  for (let i = 0; !stopped; i++) {
    const id = 'g' + i
    const started = performance.now()
    const acked = new Promise((resolve) => acks.set(id, resolve))
    c.send(JSON.stringify({ v: 1, type: 'command', id, command: { type: 'set-brightness', value: i % 2 ? 0.6 : 0.9 } }))
    await Promise.race([acked, new Promise((r) => setTimeout(r, 5000))])
    acks.delete(id)
    if (timing) latencies.push(performance.now() - started)
    await new Promise((r) => setTimeout(r, 100))
  }
  c.close()
  h.close()
  parentPort.postMessage(latencies)
})()
`

export async function runTrustFuzz(options: {
  frames: number
  seed?: number
  /** Frames a second over all fuzzing sockets. */
  rate?: number
}): Promise<TrustFuzzResult> {
  const rate = options.rate ?? DEFAULT_RATE
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-trust-fuzz-'))
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      // TRUST_SERVER_FLAGS="--cpu-prof" (say) passes node flags to the server process.
      ...(process.env.TRUST_SERVER_FLAGS?.split(' ').filter(Boolean) ?? []),
      '--import',
      'tsx',
      path.join(HERE, 'trust-server.ts'),
      dir,
    ],
    {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  )
  let exited = false
  child.once('exit', () => (exited = true))
  const replies = readline.createInterface({ input: child.stdout! })
  const nextLine = () => new Promise<string>((resolve) => replies.once('line', resolve))
  const memory = async () => {
    child.stdin!.write('rss\n')
    return JSON.parse(await nextLine()) as { rss: number; heapUsed: number }
  }
  const sockets = new Set<WebSocket>()
  try {
    const { port } = JSON.parse(await nextLine()) as { port: number }
    const base = `http://127.0.0.1:${port}`
    const api = createJsonPoster(base)
    const login = await api('/api/auth/login', { name: BENCH_USER, password: BENCH_PASSWORD })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
    const newSession = async (alias: string) => {
      const client = await api<{ client: { id: string } }>('/api/clients', { alias }, cookie)
      const s = await api<CreateSessionResponse>('/api/sessions', { clientId: client.json.client.id }, cookie)
      const paired = await api<PairResponse>('/api/pair', { code: s.json.pairingCode.code })
      return { sessionId: s.json.session.id, deviceToken: paired.json.deviceToken }
    }
    const good = await newSession('Calm')
    const fuzzy = await newSession('Fuzzy')

    /** A socket with its received frames counted by type, for the sync points. */
    const open = (role: Role) =>
      new Promise<{ ws: WebSocket; seen: Map<string, number> }>((resolve, reject) => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}${SESSION_SOCKET_PATH}`, {
          origin: base,
          headers: role === 'therapist' ? { cookie } : {},
          perMessageDeflate: false,
        })
        const seen = new Map<string, number>()
        sockets.add(ws)
        ws.on('message', (data) => {
          const type = /"type":"([a-z-]+)"/.exec(String(data).slice(0, 200))?.[1] ?? '?'
          seen.set(type, (seen.get(type) ?? 0) + 1)
        })
        ws.on('close', () => sockets.delete(ws))
        ws.on('error', () => {})
        ws.once('open', () => resolve({ ws, seen }))
        ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)))
      })
    const waitFor = async (ok: () => boolean, ms: number) => {
      const until = Date.now() + ms
      while (!ok() && Date.now() < until) await new Promise((r) => setTimeout(r, 5))
      return ok()
    }
    const helloFor = (role: Role, session: { sessionId: string; deviceToken: string }) =>
      role === 'therapist'
        ? msg.hello('therapist', { sessionId: session.sessionId })
        : msg.hello('headset', { deviceToken: session.deviceToken })

    // Warm up what loads on first use (the language model behind `describe`, the risk screen, tsx compiling modules
    // on demand), so the timing below measures the fuzz and not a cold start.
    const warm = await newSession('Warm')
    const wc = await open('therapist')
    wc.ws.send(JSON.stringify(helloFor('therapist', warm)))
    for (const [i, text] of ['a quiet lake at dawn', 'I want to hurt myself'].entries()) {
      wc.ws.send(JSON.stringify(msg.command(`w${i}`, { type: 'describe', text })))
    }
    await waitFor(() => (wc.seen.get('ack') ?? 0) >= 2, 20_000)
    wc.ws.close()

    // The well-behaved session runs in a worker thread: timed in the fuzzer's own event loop, its round trips would
    // measure how busy the fuzzer is rather than the server.
    const steady = new Worker(STEADY_SESSION, { eval: true, workerData: { port, cookie, ...good } })
    const steadyDone = new Promise<number[]>((resolve, reject) => {
      steady.on('message', (m: unknown) => Array.isArray(m) && resolve(m as number[]))
      steady.once('error', reject)
    })
    await new Promise<void>((resolve, reject) => {
      steady.once('message', () => resolve())
      steady.once('error', reject)
    })

    const before = await memory()
    let sent = 0
    // The first frames of each kind still warm the server's code paths; the session is timed after them.
    const warmFrames = Math.min(2000, Math.floor(options.frames / 10))
    let timing = false

    const r = seededRandom(options.seed ?? 20260301)
    const badIds = [good.sessionId, good.deviceToken, 'a'.repeat(64), '../../etc/passwd', 'nope']
    const commands: Record<string, unknown>[] = [
      { type: 'resume' }, // out of order: not paused
      { type: 'exercise-pace', timeScale: 1 }, // no exercise running
      { type: 'approve', artworkId: 'missing' },
      { type: 'suds-answer', value: 7 }, // a therapist may not
      { type: 'set-scene', biome: 'forest' }, // a headset may not
      { type: 'risk-raise', risk: { id: 'x' } }, // server-made
      { type: 'artwork-add', artwork: {}, reasons: [], from: 'client' },
      { type: 'noop' },
      { type: 'set-brightness', value: 0.7 },
      { type: 'pause' },
      { type: 'narrate', text: 'Breathe' },
      { type: 'describe', text: 'a quiet lake' },
      { type: 'end' }, // may end the fuzzed session: what comes after it must be refused calmly
    ]
    const frame = (role: Role): string | Buffer | { binary: Buffer } => {
      const k = r.int(100)
      if (k < 12) return { binary: Buffer.from(Array.from({ length: 1 + r.int(300) }, () => r.int(256))) }
      if (k < 24)
        return Buffer.from(Array.from({ length: 1 + r.int(200) }, () => r.int(256))).toString('latin1')
      if (k < 26) return Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) // a text frame that is not UTF-8: closes (1007)
      if (k < 40)
        return JSON.stringify(msg.command(`f${r.int(1e6)}`, r.pick(commands) as never)).slice(
          0,
          -1 - r.int(20),
        )
      if (k < 42) return JSON.stringify({ v: 1, type: 'ping', pad: 'x'.repeat(r.int(2) ? 5000 : 70_000) })
      if (k < 70)
        return JSON.stringify({ v: 1, type: 'command', id: `f${r.int(1e6)}`, command: r.pick(commands) })
      if (k < 76) {
        // A hello naming another session, or with a token that is not one.
        const bad = r.pick(badIds)
        return JSON.stringify({
          v: 1,
          type: 'hello',
          role: r.pick(['therapist', 'headset']),
          sessionId: bad,
          deviceToken: bad,
        })
      }
      if (k < 86) return JSON.stringify(helloFor(role === 'anonymous' ? 'headset' : role, fuzzy)) // floods
      if (k < 93) {
        return JSON.stringify({
          v: 1,
          type: 'pose',
          t: r.next() * 1e6,
          head: { p: [0, 1.6, 0], q: [0, 0, 0, 1] },
        })
      }
      return JSON.stringify({
        v: r.pick([0, 2, '1', null]),
        type: r.pick(['hello', 'welcome', 'x', 'command']),
      })
    }

    const roles: Role[] = ['therapist', 'therapist', 'headset', 'headset', 'anonymous', 'anonymous']
    let reopened = 0
    const started = performance.now()
    await Promise.all(
      roles.map(async (role) => {
        const share = Math.ceil(options.frames / roles.length)
        let mine = 0
        let s: Awaited<ReturnType<typeof open>> | undefined
        while (mine < share) {
          if (!s || s.ws.readyState !== WebSocket.OPEN) {
            if (s) reopened++
            // The server may not have seen the old connection go yet (the per-address cap): try again shortly.
            for (let tries = 0; ; tries++) {
              try {
                s = await open(role)
                break
              } catch (err) {
                if (tries >= 20) throw err
                await new Promise((r) => setTimeout(r, 25))
              }
            }
            if (role !== 'anonymous') s.ws.send(JSON.stringify(helloFor(role, fuzzy)))
          }
          const batch = Math.min(BATCH, share - mine)
          for (let i = 0; i < batch && s.ws.readyState === WebSocket.OPEN; i++) {
            const f = frame(role)
            if (typeof f === 'object' && 'binary' in f) s.ws.send(f.binary, { binary: true })
            else s.ws.send(f, { binary: false })
            mine++
            sent++
            if (!timing && sent >= warmFrames) {
              timing = true
              steady.postMessage('start')
            }
          }
          // Keep pace with the server before the next batch: a pong, or the socket closed.
          const pongs = s.seen.get('pong') ?? 0
          if (s.ws.readyState === WebSocket.OPEN) s.ws.send(JSON.stringify(msg.ping()))
          const current = s
          const due = started + ((mine * roles.length) / rate) * 1000
          if (due > performance.now()) await new Promise((r) => setTimeout(r, due - performance.now()))
          await waitFor(
            () => (current.seen.get('pong') ?? 0) > pongs || current.ws.readyState !== WebSocket.OPEN,
            10_000,
          )
        }
      }),
    )
    const seconds = (performance.now() - started) / 1000
    steady.postMessage('stop')
    const latencies = await steadyDone
    await steady.terminate()

    const after = await memory()
    // A fresh session still works end to end.
    const fresh = await newSession('After')
    const fc = await open('therapist')
    const fh = await open('headset')
    fc.ws.send(JSON.stringify(helloFor('therapist', fresh)))
    fh.ws.send(JSON.stringify(helloFor('headset', fresh)))
    await waitFor(() => (fc.seen.get('welcome') ?? 0) > 0 && (fh.seen.get('welcome') ?? 0) > 0, 10_000)
    fc.ws.send(JSON.stringify(msg.command('after', { type: 'set-brightness', value: 0.5 })))
    const aliveAfter = !exited && (await waitFor(() => (fh.seen.get('applied') ?? 0) > 0, 10_000))

    const sorted = latencies.slice().sort((a, b) => a - b)
    const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10
    return {
      frames: sent,
      seconds,
      sessionP99Ms: sorted[Math.min(sorted.length - 1, Math.floor(0.99 * sorted.length))] ?? NaN,
      sessionCommands: latencies.length,
      rssBeforeMb: mb(before.rss),
      rssAfterMb: mb(after.rss),
      heapBeforeMb: mb(before.heapUsed),
      heapAfterMb: mb(after.heapUsed),
      reopened,
      aliveAfter,
    }
  } finally {
    for (const ws of sockets) ws.terminate()
    child.stdin!.end('quit\n')
    await new Promise((resolve) => (exited ? resolve(undefined) : child.once('exit', resolve)))
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
