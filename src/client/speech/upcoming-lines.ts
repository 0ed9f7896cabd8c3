import { breathPhases } from '../../shared/exercises'
import type { Timeline } from '../../shared/exercises'

/**
 * The next lines an exercise will speak after `elapsed` seconds of exercise time, in order and without repeats,
 * so the AI voice can fetch them before they are due (no gap between a caption and its voice). Pure.
 */
export function upcomingLines(timeline: Timeline, elapsed: number, count = 2): string[] {
  const out: string[] = []
  const add = (text: string) => {
    if (text && !out.includes(text)) out.push(text)
  }
  for (const step of timeline.steps) {
    if (out.length >= count) break
    if (step.start + step.duration <= elapsed) continue
    if (step.breath) {
      // The breath words repeat (and are spoken only for the first breaths): fetched once, cached after.
      if (step.start + 1 > elapsed)
        for (const [phase] of breathPhases(step.breath.pattern)) add(timeline.phaseWords[phase])
      continue
    }
    for (const line of step.lines) if (step.start + line.at > elapsed) add(line.text)
  }
  return out.slice(0, count)
}
