// The server half of the socket fuzz (trust-fuzz.ts), in its own process so the fuzzer does not share its CPU or heap.
// Usage: tsx test/bench/trust-server.ts <dataDir>. Prints one JSON line {port} when ready; answers "rss" on stdin
// with {rss, heapUsed} (bytes); exits on "quit" or when stdin closes.
import path from 'node:path'
import readline from 'node:readline'
import { createAccounts } from '../../src/server/auth/accounts'
import { createApp } from '../../src/server/app'
import { interpret } from '../../src/shared/interpret'
import { createStorage } from '../../src/server/storage'
import { BENCH_PASSWORD, BENCH_USER } from './relay-shared'

const FAST = { N: 1024, r: 8, p: 1 }

const dir = process.argv[2]
if (!dir) throw new Error('usage: trust-server.ts <dataDir>')
const storage = createStorage(path.join(dir, 'stillroom.db'), { warn: () => {} })
await createAccounts(storage.sessions!, { scrypt: FAST }).createUser({
  name: BENCH_USER,
  role: 'therapist',
  password: BENCH_PASSWORD,
})
const app = await createApp({
  storage,
  interpret,
  rateLimit: false,
  session: {
    scrypt: FAST,
    pairAttemptsPerMinute: 100_000,
    // The limits as shipped, but one: an address's bad-frame budget would lock the fuzz out after its first 100
    // bad frames, and the point here is that every frame reaches the parser while a session runs beside it. That
    // budget is tested on its own in session-socket-gate.test.ts.
    socketLimits: { badFramesPer10s: 1_000_000 },
  },
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
  if (line === 'rss') {
    // A collection first (when exposed), so the numbers compare what is kept rather than what is not yet swept.
    ;(globalThis as { gc?: () => void }).gc?.()
    const m = process.memoryUsage()
    process.stdout.write(`${JSON.stringify({ rss: m.rss, heapUsed: m.heapUsed })}\n`)
  } else if (line === 'quit') void quit()
})
lines.on('close', () => void quit())
