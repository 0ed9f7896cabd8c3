/** The session clock and the gentle break reminder, as pure functions of the server's times. */

/** "0:07", "12:34", "1:02:03" — elapsed time as a clock reads, never negative. */
export function clockText(elapsedMs: number): string {
  const total = Math.max(0, Math.floor((Number.isFinite(elapsedMs) ? elapsedMs : 0) / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const ss = String(s).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}

/**
 * Whether to show the break reminder: every `everyMin` minutes of session time, until the therapist dismisses
 * it; a dismissal lasts until the next interval comes round.
 */
export function breakDue(
  elapsedMs: number,
  everyMin: number,
  dismissedAtMs: number | null,
): { due: boolean; breaks: number; nextAtMs: number } {
  const interval = Math.max(1, everyMin) * 60_000
  const breaks = Math.max(0, Math.floor(elapsedMs / interval))
  const lastDueAt = breaks * interval
  const due = breaks > 0 && (dismissedAtMs === null || dismissedAtMs < lastDueAt)
  return { due, breaks, nextAtMs: (breaks + 1) * interval }
}
