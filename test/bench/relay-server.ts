// The server half of the relay bench, in its own process so the load generator does not share its CPU
// time or heap. Usage: tsx test/bench/relay-server.ts <dataDir>. Prints one JSON line {port} when ready;
// answers "rss" on stdin with {rss} (bytes); exits on "quit" or when stdin closes.
import path from 'node:path'
import { PerformanceObserver, monitorEventLoopDelay } from 'node:perf_hooks'
import readline from 'node:readline'
import { createAccounts } from '../../src/server/auth/accounts'
import { createApp } from '../../src/server/app'
import { interpret } from '../../src/shared/interpret'
import { createStorage } from '../../src/server/storage'
import { BENCH_PASSWORD, BENCH_USER } from './relay-shared'

const FAST = { N: 1024, r: 8, p: 1 }

const dir = process.argv[2]
if (!dir) throw new Error('usage: relay-server.ts <dataDir>')
const storage = createStorage(path.join(dir, 'stillroom.db'), { warn: () => {} })
await createAccounts(storage.sessions!, { scrypt: FAST }).createUser({
  name: BENCH_USER,
  role: 'therapist',
  password: BENCH_PASSWORD,
})
// Diagnostics for the bench's report: how long the event loop stalls, and how long each persisted state takes.
const loopDelay = monitorEventLoopDelay({ resolution: 1 })
const saves: number[] = []
const gcPauses: number[] = []
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses.push(entry.duration)
}).observe({ entryTypes: ['gc'] })
const sessionStore = storage.sessions!
const save = sessionStore.saveSessionState.bind(sessionStore)
sessionStore.saveSessionState = (state, now) => {
  const start = performance.now()
  const done = save(state, now)
  saves.push(performance.now() - start)
  return done
}
const app = await createApp({
  storage,
  interpret,
  rateLimit: false,
  // Real per-socket limits: the load stays within what one person's devices would send. Only the per-address cap
  // is lifted, since all 400 sockets come from this one machine.
  session: { scrypt: FAST, pairAttemptsPerMinute: 100_000, socketLimits: { socketsPerAddress: 10_000 } },
})
await app.listen({ port: 0, host: '127.0.0.1' })
const address = app.server.address()
process.stdout.write(
  `${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`,
)

const quit = async () => {
  await app.close()
  await storage.close()
  process.exit(0)
}
const lines = readline.createInterface({ input: process.stdin })
lines.on('line', (line) => {
  if (line === 'reset') {
    loopDelay.reset()
    loopDelay.enable()
    saves.length = 0
    gcPauses.length = 0
    process.stdout.write('{}\n')
  } else if (line === 'stats') {
    const sorted = saves.slice().sort((a, b) => a - b)
    const q = (f: number) => sorted[Math.min(sorted.length - 1, Math.floor(f * sorted.length))] ?? NaN
    const reply = {
      loopP99: loopDelay.percentile(99) / 1e6,
      loopMax: loopDelay.max / 1e6,
      saveP99: q(0.99),
      saveMax: sorted.at(-1) ?? NaN,
      gcMax: Math.max(0, ...gcPauses),
      gcTotal: gcPauses.reduce((a, b) => a + b, 0),
    }
    process.stdout.write(`${JSON.stringify(reply)}\n`)
  } else if (line === 'rss') {
    const cpu = process.cpuUsage()
    const reply = {
      rss: process.memoryUsage().rss,
      cpuMs: (cpu.user + cpu.system) / 1000,
      at: performance.now(),
    }
    process.stdout.write(`${JSON.stringify(reply)}\n`)
  } else if (line === 'quit') void quit()
})
lines.on('close', () => void quit())
