import type { Clock } from '../../shared/clock'
import type { ImageCap } from '../../shared/privacy/ai-contract'
import type { AiStore } from '../storage/ai-store'

/** Local midnight of the server's day, in ms. */
export function startOfLocalDay(ms: number): number {
  const d = new Date(ms)
  d.setHours(0, 0, 0, 0)
  return d.getTime()
}

const pictures = (n: number) => (n === 1 ? '1 cloud picture is' : `${n} cloud pictures are`)

export interface CostGuard {
  /** Null when a picture may be made, else the plain notice of the cap that is used up. */
  capNotice(sessionId: string): Promise<string | null>
  /** Like capNotice, and when allowed counts the call as started until `release`. */
  reserve(sessionId: string): Promise<string | null>
  release(sessionId: string): void
  caps(sessionId: string): Promise<{ session: ImageCap; day: ImageCap }>
}

/**
 * The cost guard on cloud pictures: per session and per local day, counted from the audit log of outbound
 * calls (every started call, whatever its outcome: a failed one may still cost) plus the calls still in flight, which
 * the log records only when they end.
 */
export function createCostGuard(deps: {
  store: Pick<AiStore, 'countCalls'>
  caps: { session: number; day: number }
  now: Clock
}): CostGuard {
  const inFlight = new Map<string, number>()
  // The check and the in-flight mark happen together, so two sessions cannot both take the last picture.
  let lock: Promise<unknown> = Promise.resolve()

  const counts = async (sessionId: string) => {
    const [session, day] = await Promise.all([
      deps.store.countCalls({ capability: 'images', sessionId }),
      deps.store.countCalls({ capability: 'images', since: startOfLocalDay(deps.now()) }),
    ])
    const everywhere = [...inFlight.values()].reduce((a, b) => a + b, 0)
    return { session: session + (inFlight.get(sessionId) ?? 0), day: day + everywhere }
  }

  const capNotice = async (sessionId: string): Promise<string | null> => {
    const used = await counts(sessionId)
    const { session, day } = deps.caps
    if (used.session >= session)
      return `This session's ${pictures(session)} used; new paintings stay procedural.`
    if (used.day >= day) return `Today's ${pictures(day)} used; new paintings stay procedural.`
    return null
  }

  return {
    capNotice,
    reserve(sessionId) {
      const turn = lock.then(async () => {
        const notice = await capNotice(sessionId)
        if (!notice) inFlight.set(sessionId, (inFlight.get(sessionId) ?? 0) + 1)
        return notice
      })
      lock = turn.catch(() => undefined)
      return turn
    },
    release(sessionId) {
      const n = (inFlight.get(sessionId) ?? 1) - 1
      if (n <= 0) inFlight.delete(sessionId)
      else inFlight.set(sessionId, n)
    },
    async caps(sessionId) {
      const used = await counts(sessionId)
      return {
        session: { used: used.session, cap: deps.caps.session },
        day: { used: used.day, cap: deps.caps.day },
      }
    },
  }
}
