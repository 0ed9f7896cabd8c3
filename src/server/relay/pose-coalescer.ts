import type { Clock } from '../../shared/clock'
import { POSE_RELAY_HZ } from '../../shared/session/protocol'

/** Where a coalesced pose goes (the headset's session on the relay). */
export type PoseSink = (frame: string) => void

export interface PoseChannel {
  /** A pose frame arrived; it replaces any pose still waiting. `t` is the headset's clock. */
  offer(t: number, frame: string): void
  /** The headset's socket closed: the waiting pose is dropped and nothing more is sent. */
  close(): void
}

export interface PoseCoalescerOptions {
  /** Poses per second per headset at most. @default POSE_RELAY_HZ */
  hz?: number
  /**
   * The period is cut into this many slices and each headset is flushed in one of them, so 200 sessions
   * never send 200 frames in one burst (a command arriving behind such a burst would wait for all of it).
   * @default 4
   */
  slices?: number
  setInterval?: (fn: () => void, ms: number) => unknown
  clearInterval?: (handle: unknown) => void
  /** Monotonic clock (ms). @default performance.now */
  now?: Clock
  /** A sink that throws is reported here; the other headsets' poses still go out. */
  onError?: (err: unknown) => void
}

type Entry = { sink: PoseSink; frame: string | undefined; lastT: number; open: boolean }

/**
 * Poses are droppable by design: only the newest matters to the console's mirror. Instead of a timer per
 * socket, one ticker for the whole server sends each headset's latest pose at most `hz` times a second;
 * poses that arrive in between simply overwrite the waiting one (latest wins), and a pose older than one
 * already sent (by the headset's own clock) is ignored. Nothing is queued, nothing is stored.
 */
export class PoseCoalescer {
  private readonly slices: Set<Entry>[]
  private readonly periodMs: number
  private readonly setTimer: (fn: () => void, ms: number) => unknown
  private readonly clearTimer: (handle: unknown) => void
  private readonly onError: (err: unknown) => void
  private readonly now: Clock
  /** When each slice is next due; a late ticker (busy event loop) catches up on every slice that is due. */
  private readonly due: number[]
  private timer: unknown
  private next = 0
  private size = 0

  constructor(options: PoseCoalescerOptions = {}) {
    const slices = Math.max(1, Math.floor(options.slices ?? 4))
    this.slices = Array.from({ length: slices }, () => new Set<Entry>())
    this.periodMs = 1000 / (options.hz ?? POSE_RELAY_HZ)
    this.setTimer =
      options.setInterval ??
      ((fn, ms) => {
        const handle = setInterval(fn, ms)
        // The ticker alone must never keep a stopping server alive.
        handle.unref()
        return handle
      })
    this.clearTimer = options.clearInterval ?? ((handle) => clearInterval(handle as NodeJS.Timeout))
    this.onError = options.onError ?? (() => {})
    this.now = options.now ?? (() => performance.now())
    this.due = this.slices.map(() => 0)
  }

  /** One channel per headset connection. */
  open(sink: PoseSink): PoseChannel {
    const entry: Entry = { sink, frame: undefined, lastT: -Infinity, open: true }
    const slice = this.slices[this.next]!
    this.next = (this.next + 1) % this.slices.length
    slice.add(entry)
    this.size++
    // No headset, no ticker: an idle server does not wake up 120 times a second.
    if (this.timer === undefined) {
      const start = this.now()
      const step = this.periodMs / this.slices.length
      for (let i = 0; i < this.due.length; i++) this.due[i] = start + (i + 1) * step
      this.timer = this.setTimer(() => this.flush(), step)
    }
    return {
      offer: (t, frame) => {
        if (!entry.open || t < entry.lastT) return
        entry.lastT = t
        entry.frame = frame
      },
      close: () => {
        if (!entry.open) return
        entry.open = false
        entry.frame = undefined
        slice.delete(entry)
        if (--this.size === 0) this.stop()
      },
    }
  }

  /** Open channels (for tests). */
  get channels(): number {
    return this.size
  }

  /** Stops the ticker (server shutdown); waiting poses are not sent unless another channel opens. */
  stop(): void {
    if (this.timer !== undefined) this.clearTimer(this.timer)
    this.timer = undefined
  }

  private flush(): void {
    const now = this.now()
    // The interval timer may be late or early by a little; compare with half a step of slack.
    const step = this.periodMs / this.slices.length
    for (let i = 0; i < this.slices.length; i++) {
      if (this.due[i]! > now + step / 2) continue
      // Each slice about once per period, never a burst of catch-up periods for one headset.
      this.due[i] = Math.max(this.due[i]! + this.periodMs, now + this.periodMs - step)
      this.flushSlice(this.slices[i]!)
    }
  }

  private flushSlice(slice: Set<Entry>): void {
    for (const entry of slice) {
      const frame = entry.frame
      if (frame === undefined) continue
      entry.frame = undefined
      try {
        entry.sink(frame)
      } catch (err) {
        this.onError(err)
      }
    }
  }
}
