import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { FastifyInstance } from 'fastify'
import { interpret } from '../shared/interpret'
import { resolveAllWithDns } from './ai/clinic-fetch'
import { AI_USAGE, AiConfigError, checkClinicHost, parseAiConfig } from './ai/config'
import type { AiConfig } from './ai/config'
import { createApp } from './app'
import { createCrisisTexts } from './crisis-text'
import { loadOrCreateAccessKey, preparePrivateDataDir, setPrivateUmask } from './data-dir'
import { parseRetentionMonths, RETENTION_USAGE } from './record/retention'
import { writeServerLock } from './record/server-lock'
import type { RateLimitOptions } from './rate-limit'
import { createStorage } from './storage'
import type { Storage } from './storage'
import { lanAddresses, loadTls } from './tls'

// The composition root, with createApp in app.ts: the only module that reads the environment and the command line,
// and the one that opens the storage; app.ts builds everything else from what this hands it.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export const SERVE_USAGE = `Usage: stillroom serve [--lan] [--port N] [--host H] [--data DIR] [--cert FILE --key FILE]

  --lan           serve HTTPS on the local network, with an access key (for headsets)
  --port N        port to listen on (env PORT, default 8080)
  --host H        address to bind (env HOST; default localhost, or 0.0.0.0 with --lan)
  --data DIR      data folder (env STILLROOM_DATA, default ./data)
  --cert, --key   the clinic's own certificate and key (PEM) instead of a generated one
Env STILLROOM_ALLOWED_HOSTS: more names the server answers to (comma list), besides localhost, 127.0.0.1, [::1]
  and, with --lan, this machine's LAN addresses; a request for any other Host gets 421.
Env STILLROOM_RATE_LIMIT: "off", or "<creates>,<reads>" per minute per address (default 30,300).
Env STILLROOM_CRISIS_TEXT: the clinic's crisis text, shown to a client alone whose words suggest they may not be
  safe (a file DATA/crisis/<lang>.txt, e.g. crisis/en.txt, takes precedence for its language).
${RETENTION_USAGE}

${AI_USAGE}`

export interface ServeConfig {
  port: number
  host: string
  dataDir: string
  lan: boolean
  certFile?: string
  keyFile?: string
  staticDir: string
  rateLimit: RateLimitOptions | false
  version: string
  logLevel: string
  /** Cloud AI settings; local by default. */
  ai: AiConfig
  /** Erase records whose last session ended more than N months ago; 0 keeps them forever. */
  retentionMonths: number
  /** The clinic's crisis text from the environment, if set (a file in the data folder wins for its language). */
  crisisText?: string
  /** Host names from STILLROOM_ALLOWED_HOSTS, besides the loopback names and (with --lan) the LAN addresses. */
  allowedHosts: string[]
}

export class UsageError extends Error {}

/** The data folder for commands other than serve (`stillroom user add`): env STILLROOM_DATA, else ./data. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.STILLROOM_DATA ?? 'data')
}

export function parseServeConfig(argv: readonly string[], env: NodeJS.ProcessEnv): ServeConfig {
  const flags: Record<string, string | true> = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const [name, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s, 2) : [undefined, undefined]
    if (!name) throw new UsageError(`Unexpected argument "${arg}".`)
    if (name === 'lan' || name === 'help') flags[name] = true
    else if (['port', 'host', 'data', 'cert', 'key'].includes(name)) {
      const value = inline ?? argv[++i]
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value.`)
      flags[name] = value
    } else throw new UsageError(`Unknown option --${name}.`)
  }
  if (flags.help) throw new UsageError('')
  const text = (name: string) => (typeof flags[name] === 'string' ? (flags[name] as string) : undefined)
  const lan = flags.lan === true
  const portText = text('port') ?? env.PORT ?? '8080'
  const port = Number(portText)
  if (!/^\d+$/.test(portText) || port > 65535) throw new UsageError(`"${portText}" is not a port number.`)
  const certFile = text('cert')
  const keyFile = text('key')
  if ((certFile || keyFile) && !lan) throw new UsageError('--cert and --key only make sense with --lan.')
  return {
    port,
    // Loopback unless asked: a client's words should not be reachable from the network by accident.
    host: text('host') ?? env.HOST ?? (lan ? '0.0.0.0' : 'localhost'),
    dataDir: path.resolve(text('data') ?? env.STILLROOM_DATA ?? 'data'),
    lan,
    ...(certFile ? { certFile: path.resolve(certFile) } : {}),
    ...(keyFile ? { keyFile: path.resolve(keyFile) } : {}),
    // STILLROOM_DIST lets parallel test runs each serve their own build.
    staticDir: path.resolve(env.STILLROOM_DIST ?? path.join(ROOT, 'dist')),
    rateLimit: parseRateLimit(env.STILLROOM_RATE_LIMIT),
    version: readVersion(),
    logLevel: env.LOG_LEVEL ?? 'warn',
    ai: parseAi(env),
    retentionMonths: parseRetention(env.STILLROOM_RETENTION_MONTHS),
    ...(env.STILLROOM_CRISIS_TEXT !== undefined ? { crisisText: env.STILLROOM_CRISIS_TEXT } : {}),
    allowedHosts: (env.STILLROOM_ALLOWED_HOSTS ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
  }
}

function parseRetention(value: string | undefined): number {
  try {
    return parseRetentionMonths(value)
  } catch (err) {
    throw new UsageError((err as Error).message)
  }
}

function parseRateLimit(value: string | undefined): RateLimitOptions | false {
  if (!value) return {}
  if (value === 'off') return false
  const [create, read] = value.split(',').map(Number)
  if (!create || !read || create < 1 || read < 1) {
    throw new UsageError(`STILLROOM_RATE_LIMIT must be "off" or "<creates>,<reads>", not "${value}".`)
  }
  return { create: { perMinute: create }, read: { perMinute: read } }
}

function parseAi(env: NodeJS.ProcessEnv): AiConfig {
  try {
    return parseAiConfig(env)
  } catch (err) {
    if (err instanceof AiConfigError) throw new UsageError(err.message)
    throw err
  }
}

function readVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
      .version
  } catch {
    return '0.0.0'
  }
}

export interface RunningServer {
  app: FastifyInstance
  storage: Storage
  /** Addresses to open, with the access key when there is one. */
  urls: string[]
  port: number
  close(): Promise<void>
}

export async function startServer(config: ServeConfig, log: (line: string) => void): Promise<RunningServer> {
  const dataDir = preparePrivateDataDir(config.dataDir)
  if (dataDir.warning) log(dataDir.warning)
  const built = fs.existsSync(path.join(config.staticDir, 'index.html'))
  if (!built)
    log(`The app is not built yet (no ${config.staticDir}); run \`npm run build\`. Serving the API only.`)

  const tls = config.lan
    ? await loadTls({
        dataDir: config.dataDir,
        ...(config.certFile ? { certFile: config.certFile } : {}),
        ...(config.keyFile ? { keyFile: config.keyFile } : {}),
      })
    : undefined
  const accessKey = config.lan ? loadOrCreateAccessKey(config.dataDir) : undefined
  // Clinic mode: the AI server's name must resolve on the clinic's own network before anything starts.
  const clinic = await checkClinicHost(config.ai, resolveAllWithDns)
  if (clinic && 'problem' in clinic) throw new UsageError(clinic.problem)
  if (clinic) log(clinic.warning)
  const storage = createStorage(path.join(config.dataDir, 'stillroom.db'))
  // So `stillroom restore` refuses to swap the folder under a running server.
  const releaseLock = writeServerLock(config.dataDir)
  let app: FastifyInstance
  try {
    app = await createApp({
      storage,
      interpret,
      ...(built ? { staticDir: config.staticDir } : {}),
      ...(accessKey ? { accessKey } : {}),
      ...(tls ? { https: { key: tls.key, cert: tls.cert }, hsts: tls.source === 'clinic' } : {}),
      allowedHosts: [
        ...config.allowedHosts,
        ...(config.lan ? lanAddresses() : []),
        ...(tls?.source === 'clinic' ? tls.names : []),
        // A specific address to bind is one the browser will use.
        ...(['0.0.0.0', '::'].includes(config.host) ? [] : [config.host]),
      ],
      rateLimit: config.rateLimit,
      ai: config.ai,
      version: config.version,
      logger: { level: config.logLevel },
      dataDir: config.dataDir,
      retentionMonths: config.retentionMonths,
      crisisText: createCrisisTexts({ envText: config.crisisText, dataDir: config.dataDir, warn: log }),
    })
    await app.listen({ port: config.port, host: config.host })
  } catch (err) {
    await storage.close()
    releaseLock()
    throw err
  }
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : config.port

  let urls: string[]
  if (config.lan) {
    const ips = config.host === '0.0.0.0' || config.host === '::' ? lanAddresses() : [config.host]
    // With the clinic's certificate, its names come first: only they open without a certificate warning.
    const named = tls?.source === 'clinic' ? tls.names.filter((name) => !name.includes('*')) : []
    urls = [...new Set([...named, ...ips, 'localhost'])].map(
      (host) => `https://${host}:${port}/?key=${accessKey ?? ''}`,
    )
    log('')
    log('  Stillroom is ready on the local network (HTTPS).')
    log('  Open this address in the headset browser (it carries the access key; keep it private):')
    for (const url of urls) log(`    ${url}`)
    log(
      tls?.source === 'clinic'
        ? `  Certificate: the clinic's own (${tls.certFile}).`
        : `  Certificate: self-signed (${tls?.source}, ${tls?.certFile}); the browser will ask once to accept it.`,
    )
    log(`  Fingerprint (SHA-256): ${tls?.fingerprint ?? ''}`)
    log('')
  } else {
    const shown = ['localhost', '127.0.0.1', '0.0.0.0', '::', '::1'].includes(config.host)
      ? 'localhost'
      : config.host
    urls = [`http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`]
    log(`Stillroom is ready at ${urls[0]}`)
  }

  return {
    app,
    storage,
    urls,
    port,
    async close() {
      await app.close()
      await storage.close()
      releaseLock()
    },
  }
}

/** Runs the server until SIGINT/SIGTERM. Returns a process exit code when it cannot start. */
export async function main(
  argv: readonly string[] = process.argv.slice(2),
  env = process.env,
): Promise<number> {
  // Before anything is written: the database, keys and pictures are for this account only.
  setPrivateUmask()
  let config: ServeConfig
  try {
    config = parseServeConfig(argv, env)
  } catch (err) {
    if (!(err instanceof UsageError)) throw err
    if (err.message) console.error(err.message)
    console.error(SERVE_USAGE)
    return err.message ? 2 : 0
  }
  let server: RunningServer
  try {
    server = await startServer(config, (line) => console.log(line))
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE')
      console.error(`Port ${config.port} is already in use. Try PORT=8081 npm start.`)
    else console.error(`Stillroom could not start: ${err instanceof Error ? err.message : String(err)}`)
    return 1
  }
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) process.exit(1) // a second Ctrl+C means "now"
    stopping = true
    console.log(`\nStillroom is stopping (${signal})…`)
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
  return 0
}

const entry = process.argv[1]
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  main().then((code) => {
    if (code !== 0) process.exitCode = code
  })
}
