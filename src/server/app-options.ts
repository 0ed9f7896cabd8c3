import type { Clock } from '../shared/clock'
import type { Interpret } from './words-to-artwork'
import type { AiConfig } from './ai/config'
import type { CrisisTextSource } from './crisis-text'
import type { RateLimitOptions } from './rate-limit'
import type { SessionFeatureOptions } from './session-feature'
import type { Storage } from './storage'

/** Everything `createApp` is built from: main.ts fills it from the settings, tests hand in fakes. */
export interface AppOptions {
  storage: Storage
  /** Words → SceneSpec, safety screen included. Injected so tests can hand in a fake. */
  interpret: Interpret
  /** Folder with the vite build (index.html, assets/). Without it only the API is served. */
  staticDir?: string
  /** When set, every /api route needs it in `x-stillroom-key` or `?key=`; otherwise 401. */
  accessKey?: string
  /**
   * Per-address limits on /api; `false` turns them off (benchmarks that seed many artworks).
   * @default { create: { perMinute: 30 }, read: { perMinute: 300 } }
   */
  rateLimit?: RateLimitOptions | false
  /** HTTPS key and certificate (PEM). Without them the server speaks plain HTTP. */
  https?: { key: string | Buffer; cert: string | Buffer }
  /**
   * Send HSTS: only with the clinic's own certificate. A self-signed one may be regenerated, and a browser that
   * remembered HSTS would then refuse the new one with no way to click through.
   */
  hsts?: boolean
  /**
   * Host names (and addresses) accepted in the Host header besides localhost, 127.0.0.1 and [::1]; anything else
   * is refused, so a web page on a rebound DNS name cannot talk to this server from a browser on the LAN.
   */
  allowedHosts?: readonly string[]
  /** @default Date.now */
  now?: Clock
  /** @default 16 random url-safe characters */
  createId?: () => string
  /** Reported by /api/health. @default '0.0.0' */
  version?: string
  /** Fastify logger settings. @default false */
  logger?: boolean | { level?: string; stream?: { write(line: string): void } }
  /** @default 16 KiB — room for 2,000 characters even when every one is JSON-escaped. */
  bodyLimit?: number
  /** Accounts, live sessions and the session socket; on whenever the storage has `sessions`. */
  session?: SessionFeatureOptions
  /** Cloud AI settings, parsed by main.ts; needs the session feature for consent and login. */
  ai?: AiConfig
  /**
   * The data folder (AI pictures, cached audio live under it per client). Without it a client archive carries
   * no files and an erasure removes rows only.
   */
  dataDir?: string
  /** Erase client records whose last session ended more than N months ago; 0/undefined: never. */
  retentionMonths?: number
  /**
   * The clinic's crisis text for a client alone whose words were raised for risk.
   * @default the data folder's crisis/<lang>.txt, else the safe default text
   */
  crisisText?: CrisisTextSource
}
