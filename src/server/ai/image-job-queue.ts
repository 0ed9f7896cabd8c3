// The order image jobs run in, apart from what they do: one job at a time per session, a few at a time
// server-wide, and a record of everything in flight so shutdown and tests can wait for quiet. Promises only, no
// clock and no I/O.

/** At most `max` holders at once; the others wait in arrival order. */
export function createSlots(max: number) {
  let held = 0
  const waiting: (() => void)[] = []
  return {
    async acquire(): Promise<void> {
      if (held < max) {
        held++
        return
      }
      await new Promise<void>((resolve) => waiting.push(resolve))
    },
    /** Hands the slot straight to the next waiting job, so a newcomer cannot jump the queue. */
    release(): void {
      const next = waiting.shift()
      if (next) next()
      else held--
    },
  }
}

/**
 * Each session's chain: its work runs one after another, in the order it was queued. A failure ends only its own
 * work; the next in line still runs. A session whose chain has emptied leaves no entry behind.
 */
export function createSessionChains() {
  const chains = new Map<string, Promise<void>>()
  return {
    /** Runs `work` after everything queued before it for the session; settles as `work` does. */
    enqueue(sessionId: string, work: () => Promise<void>): Promise<void> {
      const previous = chains.get(sessionId) ?? Promise.resolve()
      const mine = previous.then(work)
      const tail = mine.catch(() => undefined)
      chains.set(sessionId, tail)
      void tail.then(() => {
        if (chains.get(sessionId) === tail) chains.delete(sessionId)
      })
      return mine
    },
    /** Sessions with queued or running work. */
    size: () => chains.size,
  }
}

/** Promises still in flight; `idle` waits until none is left, including ones started while it waited. */
export function createTracker() {
  const all = new Set<Promise<void>>()
  return {
    track(p: Promise<void>): void {
      all.add(p)
      void p.finally(() => all.delete(p))
    },
    async idle(): Promise<void> {
      while (all.size > 0) await Promise.allSettled([...all])
    },
  }
}
