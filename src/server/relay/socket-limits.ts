/** Per-socket (and per-address) limits. Generous for a person, tight for a runaway script. */
export interface SocketLimits {
  /** Frames of any kind (pose at 30 Hz included). @default 120 a second, bursts of 240 */
  framesPerSecond: number
  /** Commands. @default 10 a second, bursts of 40 */
  commandsPerSecond: number
  /**
   * Bad frames tolerated per 10 s from one address (all its sockets together) before the socket is closed (1008)
   * and new upgrades from that address are refused (429) until the budget refills. @default 100
   */
  badFramesPer10s: number
  /** `describe`/`edit` (interpreted and screened on the server), as the solo API allows. @default 30 a minute, bursts of 10 */
  describesPerMinute: number
  /** `hello` frames (the first, then resyncs, each answered with the full state). @default 1 a second, bursts of 5 */
  hellosPerSecond: number
  /**
   * Sockets one address (an IPv6 /64) may hold open at once; more are refused at the upgrade (429). A clinic's headsets and
   * consoles behind one NAT address fit well within it. @default 32
   */
  socketsPerAddress: number
  /**
   * Sockets from everyone together that have not said hello yet; more are refused at the upgrade (503). Each is
   * closed after the hello timeout anyway, so this only bites when many addresses hold silent sockets. @default 256
   */
  strangers: number
  /** Largest frame a socket may send before its hello is accepted; a bigger one closes it (1009). @default 4 KB */
  preHelloFrameBytes: number
}
export const DEFAULT_SOCKET_LIMITS: SocketLimits = {
  framesPerSecond: 120,
  commandsPerSecond: 10,
  badFramesPer10s: 100,
  describesPerMinute: 30,
  hellosPerSecond: 1,
  socketsPerAddress: 32,
  strangers: 256,
  preHelloFrameBytes: 4 * 1024,
}
