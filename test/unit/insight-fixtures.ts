// Session states for the insight and report tests, built with the real reducer (never hand-made JSON).
import type { Artwork } from '../../src/shared/artwork'
import type { Command } from '../../src/shared/session/commands'
import { applyCommand } from '../../src/shared/session/reducer'
import { createSessionState, type SessionState } from '../../src/shared/session/state'
import { DEFAULT_SCENE_SPEC, type SceneSpec } from '../../src/shared/spec'

export type Words = {
  text: string
  valence?: number
  arousal?: number
  motifs?: string[]
  biome?: SceneSpec['biome']
  held?: boolean
}

let n = 0
export function artwork(w: Words, at: number): Artwork {
  const held = w.held ?? false
  return {
    id: `a${++n}`,
    text: w.text,
    createdAt: new Date(at).toISOString(),
    seed: n,
    status: held ? 'held' : 'shown',
    spec: {
      ...DEFAULT_SCENE_SPEC,
      biome: w.biome ?? 'beach',
      mood: { valence: w.valence ?? 0, arousal: w.arousal ?? 0 },
      motifs: w.motifs ?? [],
      title: w.text.slice(0, 40) || 'Untitled',
      safety: held
        ? { held: true, reasons: ['violence: "fight"'], mentioned: [] }
        : DEFAULT_SCENE_SPEC.safety,
    },
  }
}

/** One session: its words (approved unless held), SUDS ratings (minutes, value), exercises and notes. */
export function session(
  id: string,
  startedAt: number,
  opts: {
    words?: Words[]
    suds?: Array<[minute: number, value: number]>
    exercises?: string[]
    notes?: string[]
    scale?: 10 | 100
    end?: number
  } = {},
): SessionState {
  let s = createSessionState({
    id,
    clientId: 'c1',
    clientAlias: 'Robin',
    therapistId: 't1',
    now: startedAt,
    sudsScale: opts.scale ?? 10,
  })
  let t = startedAt
  const run = (c: Command, at = (t += 1000)) => (s = applyCommand(s, c, at))
  run({ type: 'headset-paired' })
  for (const w of opts.words ?? []) {
    const a = artwork(w, t)
    run({ type: 'artwork-add', artwork: a, reasons: a.spec.safety.reasons, from: 'client' })
    if (!w.held) run({ type: 'approve', artworkId: a.id })
  }
  for (const id of opts.exercises ?? []) {
    run({ type: 'exercise-start', id })
    run({ type: 'exercise-stop' })
  }
  for (const [minute, value] of opts.suds ?? []) {
    run({ type: 'suds-request' }, startedAt + minute * 60_000 - 1)
    run({ type: 'suds-answer', value }, startedAt + minute * 60_000)
  }
  for (const text of opts.notes ?? []) run({ type: 'note', text })
  if (opts.end !== undefined) run({ type: 'end' }, startedAt + opts.end * 60_000)
  return s
}
