import { BREAK_EVERY_MIN_MAX, BREAK_EVERY_MIN_MIN } from '../shared/session/state'

/**
 * The therapist's usual break interval on this computer: the session state holds each session's own interval
 * (`set-break`), and the last one chosen here is offered as the start value of the next new session.
 */
export const BREAK_KEY = 'stillroom.console.breakEveryMin'

/** The presets offered; the current session's value is added when it is another (set from elsewhere). */
export const BREAK_PRESETS = [10, 15, 20, 25, 30, 45, 60, 90] as const

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>

const defaultStorage = (): StorageLike | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

export function isBreakInterval(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= BREAK_EVERY_MIN_MIN && v <= BREAK_EVERY_MIN_MAX
}

/** The saved interval, or undefined (nothing saved, storage blocked, or junk): the server's default applies. */
export function readBreakDefault(storage = defaultStorage()): number | undefined {
  try {
    const raw = storage?.getItem(BREAK_KEY)
    const v = raw ? Number(raw) : NaN
    return isBreakInterval(v) ? v : undefined
  } catch {
    return undefined
  }
}

export function saveBreakDefault(minutes: number, storage = defaultStorage()): void {
  if (!isBreakInterval(minutes)) return
  try {
    storage?.setItem(BREAK_KEY, String(minutes))
  } catch {
    // Private mode: the session keeps its interval; only the next session's start value is lost.
  }
}

/** The options for the interval control: the presets, plus the session's own value when it is none of them. */
export function breakOptions(current: number): number[] {
  const list: number[] = [...BREAK_PRESETS]
  if (isBreakInterval(current) && !list.includes(current)) list.push(current)
  return list.sort((a, b) => a - b)
}
