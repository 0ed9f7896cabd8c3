// Versions side by side: the `compare-versions` command, its checks and when the view goes away by itself.
import { describe, expect, it } from 'vitest'
import type { Artwork } from '../../src/shared/artwork'
import { interpret } from '../../src/shared/interpret'
import { makeVersion } from '../../src/shared/refine/make-version'
import { canSend, CommandSchema } from '../../src/shared/session/commands'
import type { Command, CommandOf } from '../../src/shared/session/commands'
import { applyCommand, checkCommand, commandForHeadset } from '../../src/shared/session/reducer'
import { SessionStateSchema, createSessionState, stateForHeadset } from '../../src/shared/session/state'
import type { SessionState } from '../../src/shared/session/state'

const T0 = 1_700_000_000_000
let n = 0
const deps = { interpret, createId: () => `v${++n}`, now: () => T0 }

function art(text: string): Artwork {
  const spec = interpret(text)
  return { id: `a${++n}`, text, createdAt: new Date(T0).toISOString(), spec, seed: 7, status: 'shown' }
}

/** Like the server: schema, check, reducer; also the headset's copy, so both sides are seen to agree. */
function run(state: { s: SessionState; h: SessionState }, ...commands: Command[]) {
  let { s, h } = state
  for (const c of commands) {
    expect(CommandSchema.parse(c)).toEqual(c)
    expect(checkCommand(s, c)).toBeNull()
    const next = applyCommand(s, c, T0 + s.seq)
    SessionStateSchema.parse(next)
    h = applyCommand(h, commandForHeadset(c, s, next), T0 + s.seq)
    s = next
  }
  return { s, h }
}

const refine = (
  s: SessionState,
  artworkId: string,
  choice: CommandOf<'refine'>['choice'],
  role = 'headset',
) => {
  const made = makeVersion(s, role as 'headset', { type: 'refine', artworkId, choice }, deps)
  if (!made.ok) throw new Error(made.message)
  return made.command
}

/** Two artworks shown (open mode); the first refined twice (three versions). */
function gallery() {
  const fresh = createSessionState({
    id: 's',
    clientId: 'c',
    clientAlias: 'River',
    therapistId: 't',
    approval: 'open',
    now: T0,
  })
  const a = art('a quiet beach at sunset')
  const b = art('a calm forest in the morning')
  let st = run(
    { s: fresh, h: stateForHeadset(fresh) },
    { type: 'artwork-add', artwork: a, reasons: [], from: 'client' },
    { type: 'artwork-add', artwork: b, reasons: [], from: 'client' },
  )
  st = run(st, refine(st.s, a.id, 'warmer'))
  st = run(st, refine(st.s, a.id, 'add-light'))
  return { st, a: a.id, b: b.id }
}

describe('compare-versions', () => {
  it('both the therapist and the headset may open it; the headset state matches the server', () => {
    expect(canSend('headset', { type: 'compare-versions' })).toBe(true)
    expect(canSend('therapist', { type: 'compare-versions' })).toBe(true)
    const { st, a } = gallery()
    const opened = run(st, { type: 'compare-versions', artworkId: a })
    expect(opened.s.compare).toEqual({ artworkId: a })
    expect(opened.h.compare).toEqual({ artworkId: a })
    const closed = run(opened, { type: 'compare-versions', artworkId: null })
    expect(closed.s.compare).toBeNull()
    expect(closed.h.compare).toBeNull()
  })

  it('refuses an artwork with one version, an unknown or unshown one, with a clear message, and changes nothing', () => {
    const { st, b } = gallery()
    expect(checkCommand(st.s, { type: 'compare-versions', artworkId: b })).toEqual({
      code: 'bad-command',
      message: 'That painting has only one version so far.',
    })
    const unknown = checkCommand(st.s, { type: 'compare-versions', artworkId: 'nope' })
    expect(unknown?.code).toBe('not-found')
    // The reducer is total: an unchecked command changes nothing but the sequence.
    const after = applyCommand(st.s, { type: 'compare-versions', artworkId: b }, T0)
    expect(after.compare).toBeUndefined()
    expect(after.seq).toBe(st.s.seq + 1)
    // A pending artwork is as unknown as a wrong id (the headset learns nothing from the answer).
    const clinical = { ...st.s, artworks: st.s.artworks.map((e) => ({ ...e, state: 'pending' as const })) }
    expect(checkCommand(clinical, { type: 'compare-versions', artworkId: 'nope' })).toEqual(
      checkCommand(clinical, { type: 'compare-versions', artworkId: st.s.artworks[0]!.artwork.id }),
    )
    expect(CommandSchema.safeParse({ type: 'compare-versions', artworkId: '' }).success).toBe(false)
    expect(CommandSchema.safeParse({ type: 'compare-versions' }).success).toBe(false)
  })

  it('stays open while a version is picked or a new one made, and counts only approved versions', () => {
    const { st, a } = gallery()
    let s = run(st, { type: 'compare-versions', artworkId: a })
    const first = s.s.artworks.find((e) => e.artwork.id === a)!.versions![0]!.id
    s = run(s, { type: 'pick-version', artworkId: a, versionId: first })
    expect(s.s.compare).toEqual({ artworkId: a })
    s = run(s, refine(s.s, a, 'calmer', 'therapist'))
    expect(s.h.compare).toEqual({ artworkId: a })
  })

  it('goes away with the artwork, another view, the safe place or the end', () => {
    const { st, a } = gallery()
    const open = run(st, { type: 'compare-versions', artworkId: a })
    const leaving: Command[] = [
      { type: 'remove', artworkId: a },
      { type: 'set-view', view: 'landscape' },
      { type: 'safe-place-go' },
      { type: 'end' },
    ]
    for (const c of leaving) {
      const after = run(open, c)
      expect(after.s.compare, c.type).toBeNull()
      expect(after.h.compare, c.type).toBeNull()
    }
    // Everyday steering leaves it open.
    expect(run(open, { type: 'set-brightness', value: 0.9 }).s.compare).toEqual({ artworkId: a })
  })

  it('a stored state from before the field existed still reads', () => {
    const { st } = gallery()
    const { compare: _c, ...old } = st.s
    expect(SessionStateSchema.parse(old).compare).toBeUndefined()
  })
})
