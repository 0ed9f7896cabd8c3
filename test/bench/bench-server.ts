// The shared half of the benches' server processes (relay-server.ts, trust-server.ts): each runs the real app in its
// own process so the load generator does not share its CPU time or heap. Prints one JSON line {port} when ready,
// answers the lines it reads on stdin through `onLine`, and exits on "quit" or when stdin closes.
import path from 'node:path'
import readline from 'node:readline'
import { createAccounts } from '../../src/server/auth/accounts'
import { createApp } from '../../src/server/app'
import type { SessionFeatureOptions } from '../../src/server/session-feature'
import { createStorage } from '../../src/server/storage'
import type { Storage } from '../../src/server/storage'
import { interpret } from '../../src/shared/interpret'
import { BENCH_PASSWORD, BENCH_USER } from './relay-shared'

const FAST = { N: 1024, r: 8, p: 1 }

export interface BenchServerOptions {
  /** The script's name, for the usage line. */
  name: string
  /** Session options besides the fast password hash and an unlimited pairing quota. */
  session?: Omit<SessionFeatureOptions, 'scrypt'>
  /** Runs before the app is made (the relay bench times each saved state). */
  prepare?: (storage: Storage) => void
  /** One line from stdin other than "quit"; `reply` writes one JSON line. */
  onLine?: (line: string, reply: (value: unknown) => void) => void
}

export async function serveBench(options: BenchServerOptions): Promise<void> {
  const dir = process.argv[2]
  if (!dir) throw new Error(`usage: ${options.name} <dataDir>`)
  const storage = createStorage(path.join(dir, 'stillroom.db'), { warn: () => {} })
  await createAccounts(storage.sessions!, { scrypt: FAST }).createUser({
    name: BENCH_USER,
    role: 'therapist',
    password: BENCH_PASSWORD,
  })
  options.prepare?.(storage)
  const app = await createApp({
    storage,
    interpret,
    rateLimit: false,
    session: { scrypt: FAST, pairAttemptsPerMinute: 100_000, ...options.session },
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  const reply = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`)
  reply({ port: typeof address === 'object' && address ? address.port : 0 })

  const quit = async () => {
    await app.close()
    await storage.close()
    process.exit(0)
  }
  const lines = readline.createInterface({ input: process.stdin })
  lines.on('line', (line) => (line === 'quit' ? void quit() : options.onLine?.(line, reply)))
  lines.on('close', () => void quit())
}
