// The server half of the socket fuzz (trust-fuzz.ts). Usage: tsx test/bench/trust-server.ts <dataDir>. Prints one
// JSON line {port} when ready; answers "rss" on stdin with {rss, heapUsed} (bytes); exits on "quit".
import { serveBench } from './bench-server'

await serveBench({
  name: 'trust-server.ts',
  session: {
    // The limits as shipped, but one: an address's bad-frame budget would lock the fuzz out after its first 100
    // bad frames, and the point here is that every frame reaches the parser while a session runs beside it. That
    // budget is tested on its own in session-socket-gate.test.ts.
    socketLimits: { badFramesPer10s: 1_000_000 },
  },
  onLine(line, reply) {
    if (line !== 'rss') return
    // A collection first (when exposed), so the numbers compare what is kept rather than what is not yet swept.
    ;(globalThis as { gc?: () => void }).gc?.()
    const m = process.memoryUsage()
    reply({ rss: m.rss, heapUsed: m.heapUsed })
  },
})
