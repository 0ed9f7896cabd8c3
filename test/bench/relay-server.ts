// The server half of the relay bench. Usage: tsx test/bench/relay-server.ts <dataDir>. Prints one JSON line {port}
// when ready; answers "reset", "stats" and "rss" on stdin with one JSON line each; exits on "quit".
import { PerformanceObserver, monitorEventLoopDelay } from 'node:perf_hooks'
import { serveBench } from './bench-server'

// Diagnostics for the bench's report: how long the event loop stalls, and how long each persisted state takes.
const loopDelay = monitorEventLoopDelay({ resolution: 1 })
const saves: number[] = []
const gcPauses: number[] = []
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses.push(entry.duration)
}).observe({ entryTypes: ['gc'] })

await serveBench({
  name: 'relay-server.ts',
  // Real per-socket limits: the load stays within what one person's devices would send. Only the per-address cap
  // is lifted, since all 400 sockets come from this one machine.
  session: { socketLimits: { socketsPerAddress: 10_000 } },
  prepare(storage) {
    const sessionStore = storage.sessions!
    const save = sessionStore.saveSessionState.bind(sessionStore)
    sessionStore.saveSessionState = (state, now) => {
      const start = performance.now()
      const done = save(state, now)
      saves.push(performance.now() - start)
      return done
    }
  },
  onLine(line, reply) {
    if (line === 'reset') {
      loopDelay.reset()
      loopDelay.enable()
      saves.length = 0
      gcPauses.length = 0
      reply({})
    } else if (line === 'stats') {
      const sorted = saves.slice().sort((a, b) => a - b)
      const q = (f: number) => sorted[Math.min(sorted.length - 1, Math.floor(f * sorted.length))] ?? NaN
      reply({
        loopP99: loopDelay.percentile(99) / 1e6,
        loopMax: loopDelay.max / 1e6,
        saveP99: q(0.99),
        saveMax: sorted.at(-1) ?? NaN,
        gcMax: Math.max(0, ...gcPauses),
        gcTotal: gcPauses.reduce((a, b) => a + b, 0),
      })
    } else if (line === 'rss') {
      const cpu = process.cpuUsage()
      reply({ rss: process.memoryUsage().rss, cpuMs: (cpu.user + cpu.system) / 1000, at: performance.now() })
    }
  },
})
