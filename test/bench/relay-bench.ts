// Relay load: N paired sessions, each headset streaming its pose at 30 Hz and each console sending one
// command a second; measures command sent → applied on the headset. The server runs in a child process
// (relay-server.ts); this process is the load. Run alone: npx tsx test/bench/relay-bench.ts
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'
import { WebSocket } from 'ws'
import type { CreateSessionResponse, PairResponse } from '../../src/shared/session/http'
import { SESSION_SOCKET_PATH, msg } from '../../src/shared/session/protocol'
import type { ServerMessage } from '../../src/shared/session/protocol'
import { BENCH_PASSWORD, BENCH_USER, createJsonPoster } from './relay-shared'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(HERE, '../..')

export interface RelayBenchOptions {
  sessions?: number
  /** Seconds of steady load after everyone is connected. */
  seconds?: number
  poseHz?: number
}

/** Command text → when it was sent, and whether it was sent inside the measured window. */
type Pending = Map<string, { at: number; measured: boolean }>

export async function benchRelay(options: RelayBenchOptions = {}): Promise<Record<string, number>> {
  const sessions = options.sessions ?? 200
  const seconds = options.seconds ?? 20
  const poseHz = options.poseHz ?? 30
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-relay-bench-'))
  // RELAY_CPU_PROF=<dir> writes a V8 CPU profile of the server process there (for finding hot spots).
  // RELAY_SERVER_FLAGS="--trace-gc" (say) passes node flags to the server process.
  const prof = [
    ...(process.env.RELAY_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.RELAY_CPU_PROF}`] : []),
    ...(process.env.RELAY_SERVER_FLAGS?.split(' ').filter(Boolean) ?? []),
  ]
  const child = spawn(
    process.execPath,
    [...prof, '--import', 'tsx', path.join(HERE, 'relay-server.ts'), dir],
    {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  )
  const replies = readline.createInterface({ input: child.stdout! })
  const nextLine = () => new Promise<string>((resolve) => replies.once('line', resolve))
  const sockets: WebSocket[] = []
  const timers: NodeJS.Timeout[] = []
  try {
    const { port } = JSON.parse(await nextLine()) as { port: number }
    const base = `http://127.0.0.1:${port}`
    const api = createJsonPoster(base)
    const loginRes = await api('/api/auth/login', { name: BENCH_USER, password: BENCH_PASSWORD })
    const cookie = (loginRes.headers.get('set-cookie') ?? '').split(';')[0]!

    const open = (extra: { cookie?: string } = {}) =>
      new Promise<WebSocket>((resolve, reject) => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}${SESSION_SOCKET_PATH}`, {
          origin: base,
          headers: extra.cookie ? { cookie: extra.cookie } : {},
          perMessageDeflate: false,
        })
        sockets.push(ws)
        ws.once('open', () => resolve(ws))
        ws.once('error', reject)
      })
    const welcomed = (ws: WebSocket) =>
      new Promise<void>((resolve, reject) => {
        const onMessage = (data: unknown) => {
          const m = JSON.parse(String(data)) as ServerMessage
          if (m.type === 'welcome') {
            ws.off('message', onMessage)
            resolve()
          } else if (m.type === 'error') reject(new Error(m.message))
        }
        ws.on('message', onMessage)
      })

    const latencies: number[] = []
    const safePlaceMs: number[] = []
    const pending: Pending = new Map()
    let measuring = false
    let posesReceived = 0
    const pairs: { console: WebSocket; headset: WebSocket }[] = []
    for (let i = 0; i < sessions; i++) {
      const client = await api<{ client: { id: string } }>('/api/clients', { alias: `Client ${i}` }, cookie)
      const created = await api<CreateSessionResponse>(
        '/api/sessions',
        { clientId: client.json.client.id },
        cookie,
      )
      const paired = await api<PairResponse>('/api/pair', { code: created.json.pairingCode.code })
      const consoleWs = await open({ cookie })
      const w1 = welcomed(consoleWs)
      consoleWs.send(JSON.stringify(msg.hello('therapist', { sessionId: created.json.session.id })))
      await w1
      const headset = await open()
      const w2 = welcomed(headset)
      headset.send(JSON.stringify(msg.hello('headset', { deviceToken: paired.json.deviceToken })))
      await w2
      headset.on('message', (data) => {
        const m = JSON.parse(String(data)) as ServerMessage
        if (m.type !== 'applied') return
        const c = m.command
        const key = c.type === 'narrate' ? c.text : c.type === 'safe-place-go' ? `safe:${i}` : undefined
        const sent = key ? pending.get(key) : undefined
        if (sent === undefined || !key) return
        pending.delete(key)
        const ms = performance.now() - sent.at
        if (c.type === 'safe-place-go') safePlaceMs.push(ms)
        else if (sent.measured) latencies.push(ms)
      })
      // Counting without decoding: all but ~2 frames a second to a console are poses.
      consoleWs.on('message', () => posesReceived++)
      pairs.push({ console: consoleWs, headset })
    }

    // Poses: each headset at poseHz, from one 5 ms ticker that spreads the headsets evenly over the period
    // (200 separate intervals cost the load process more than the sending itself).
    const period = 1000 / poseHz
    const poseStart = performance.now()
    const nextPose = pairs.map((_, i) => poseStart + (i * period) / pairs.length)
    let poseCount = 0
    timers.push(
      setInterval(() => {
        const now = performance.now()
        for (let i = 0; i < pairs.length; i++) {
          if (nextPose[i]! > now) continue
          // Catch up without bursts: a late ticker skips poses instead of sending them all at once.
          nextPose[i] = Math.max(nextPose[i]! + period, now)
          const t = ++poseCount
          pairs[i]!.headset.send(
            `{"v":1,"type":"pose","t":${t},"head":{"p":[${(t % 100) / 50},1.6,0],"q":[0,0,0,1]},"gaze":{"dir":[0,0,-1]}}`,
          )
        }
      }, 5),
    )
    // Commands: each console once a second, staggered over the second.
    let n = 0
    pairs.forEach(({ console: consoleWs }, i) => {
      const start = setTimeout(
        () => {
          timers.push(
            setInterval(() => {
              const text = `line ${i}.${n++}`
              pending.set(text, { at: performance.now(), measured: measuring })
              consoleWs.send(JSON.stringify(msg.command(`m${n}`, { type: 'narrate', text })))
            }, 1000),
          )
        },
        (i * 1000) / pairs.length,
      )
      timers.push(start)
    })

    await sleep(2000) // warm-up
    measuring = true
    type Probe = { rss: number; cpuMs: number; at: number }
    const probe = async (): Promise<Probe> => {
      child.stdin!.write('rss\n')
      return JSON.parse(await nextLine()) as Probe
    }
    const ask = async <T>(line: string): Promise<T> => {
      child.stdin!.write(`${line}\n`)
      return JSON.parse(await nextLine()) as T
    }
    // Stalls on either side show up in the latency: measure both loops to tell them apart.
    await ask('reset')
    const loadLoop = monitorEventLoopDelay({ resolution: 1 })
    loadLoop.enable()
    let rss = 0
    const posesBefore = posesReceived
    const first = await probe()
    const loadCpuStart = process.cpuUsage()
    let last = first
    for (let s = 0; s < seconds; s++) {
      await sleep(1000)
      last = await probe()
      rss = Math.max(rss, last.rss)
    }
    const serverCpuPct = ((last.cpuMs - first.cpuMs) / (last.at - first.at)) * 100
    const loadCpu = process.cpuUsage(loadCpuStart)
    const loadCpuPct = ((loadCpu.user + loadCpu.system) / 1000 / (last.at - first.at)) * 100
    measuring = false
    loadLoop.disable()
    const server = await ask<{
      loopP99: number
      loopMax: number
      saveP99: number
      saveMax: number
      gcMax: number
      gcTotal: number
    }>('stats')
    await sleep(1000) // let the last measured commands arrive
    const poseRate = (posesReceived - posesBefore) / seconds / sessions - 2

    // Safe place under the same load: sent → applied on the headset.
    for (let i = 0; i < Math.min(20, pairs.length); i++) {
      pending.set(`safe:${i}`, { at: performance.now(), measured: false })
      pairs[i]!.console.send(JSON.stringify(msg.command(`safe${i}`, { type: 'safe-place-go' })))
      await sleep(50)
    }
    await sleep(500)

    latencies.sort((a, b) => a - b)
    safePlaceMs.sort((a, b) => a - b)
    const open_ = pairs.filter(
      (p) => p.console.readyState === WebSocket.OPEN && p.headset.readyState === WebSocket.OPEN,
    )
    return {
      'relay.sessions': open_.length,
      'relay.command_p50_ms': round(quantile(latencies, 0.5)),
      'relay.command_p99_ms': round(quantile(latencies, 0.99)),
      'relay.commands_measured': latencies.length,
      'relay.pose_hz_at_console': round(poseRate),
      'relay.rss_mb': round(rss / 1024 / 1024),
      'relay.server_cpu_pct': round(serverCpuPct),
      'relay.load_cpu_pct': round(loadCpuPct),
      'relay.measured_s': round((last.at - first.at) / 1000),
      'relay.commands_lost': [...pending.values()].filter((p) => p.measured).length,
      'relay.safe_place_ms': round(quantile(safePlaceMs, 0.5)),
      'relay.server_loop_p99_ms': round(server.loopP99),
      'relay.server_loop_max_ms': round(server.loopMax),
      'relay.state_save_p99_ms': round(server.saveP99),
      'relay.state_save_max_ms': round(server.saveMax),
      'relay.server_gc_max_ms': round(server.gcMax),
      'relay.server_gc_pct': round((server.gcTotal / (last.at - first.at)) * 100),
      'relay.load_loop_p99_ms': round(loadLoop.percentile(99) / 1e6),
    }
  } finally {
    for (const t of timers) clearInterval(t)
    for (const ws of sockets) ws.terminate()
    child.stdin!.end('quit\n')
    await new Promise((resolve) => child.once('exit', resolve))
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
}
const round = (x: number) => Math.round(x * 100) / 100
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sessions = Number(process.env.RELAY_SESSIONS ?? 200)
  const seconds = Number(process.env.RELAY_SECONDS ?? 20)
  const poseHz = Number(process.env.RELAY_POSE_HZ ?? 30)
  console.log(JSON.stringify(await benchRelay({ sessions, seconds, poseHz }), null, 2))
}
