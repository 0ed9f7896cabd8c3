import { describe, expect, it } from 'vitest'
import type { Artwork } from '../../src/shared/artwork'
import { interpret } from '../../src/shared/interpret'
import { MAX_VERSIONS } from '../../src/shared/refine'
import { headsetMayPick, makeVersion } from '../../src/shared/refine/make-version'
import { CommandSchema } from '../../src/shared/session/commands'
import type { Command, CommandOf } from '../../src/shared/session/commands'
import { applyCommand, checkCommand, commandForHeadset, findEntry } from '../../src/shared/session/reducer'
import { SessionStateSchema, createSessionState, stateForHeadset } from '../../src/shared/session/state'
import type { SessionState } from '../../src/shared/session/state'

const T0 = 1_700_000_000_000
let n = 0
const deps = { interpret, createId: () => `v${++n}`, now: () => T0 }
const fresh = (approval: 'clinical' | 'open') =>
  createSessionState({ id: 's1', clientId: 'c1', clientAlias: 'River', therapistId: 'u1', approval, now: T0 })

function art(text: string): Artwork {
  const spec = interpret(text)
  return {
    id: `a${++n}`,
    text,
    createdAt: new Date(T0).toISOString(),
    spec,
    seed: 11,
    status: spec.safety.held ? 'held' : 'shown',
  }
}

/** Applies commands like the server: schema, check, reducer; the state stays valid. Returns the headset's view too. */
function run(state: SessionState, ...commands: Command[]) {
  let s = state
  const headset: Command[] = []
  for (const c of commands) {
    expect(CommandSchema.parse(c)).toEqual(c)
    expect(checkCommand(s, c)).toBeNull()
    const next = applyCommand(s, c, T0 + s.seq * 1000)
    SessionStateSchema.parse(next)
    headset.push(commandForHeadset(c, s, next))
    s = next
  }
  return { s, headset }
}

function version(s: SessionState, role: 'therapist' | 'headset', req: Omit<CommandOf<'refine'>, 'type'>) {
  const made = makeVersion(s, role, { type: 'refine', ...req }, deps)
  if (!made.ok) throw new Error(made.message)
  return made.command
}

function shown(approval: 'clinical' | 'open' = 'open') {
  const a = art('a quiet beach at sunset with birds')
  let { s } = run(fresh(approval), { type: 'artwork-add', artwork: a, reasons: [], from: 'client' })
  if (approval === 'clinical') s = run(s, { type: 'approve', artworkId: a.id }).s
  return { s, id: a.id }
}

describe('versions in the session', () => {
  it('a quick choice makes a version that hangs at once; the original is kept and can be picked back', () => {
    const { s: s0, id } = shown()
    const v = version(s0, 'headset', { artworkId: id, choice: 'calmer' })
    const { s: s1, headset } = run(s0, v)
    const e = findEntry(s1, id)!
    expect(e.versions?.map((x) => x.id)).toEqual([id, v.version.id])
    expect(e.current).toBe(v.version.id)
    expect(e.artwork.id).toBe(id)
    expect(e.artwork.spec.mood.arousal).toBeLessThan(findEntry(s0, id)!.artwork.spec.mood.arousal)
    expect(headset[0]?.type).toBe('artwork-version')
    const { s: s2, headset: h2 } = run(s1, { type: 'pick-version', artworkId: id, versionId: id })
    expect(findEntry(s2, id)!.artwork).toEqual(findEntry(s0, id)!.artwork)
    expect(h2[0]).toEqual({ type: 'pick-version', artworkId: id, versionId: id })
  })

  it('keeps at most MAX_VERSIONS, never dropping the one that hangs', () => {
    const start = shown('clinical')
    const id = start.id
    let s = start.s
    const choices = [
      'warmer',
      'cooler',
      'brighter',
      'softer',
      'add-light',
      'add-water',
      'less-crowded',
      'calmer',
    ] as const
    for (const choice of choices) s = run(s, version(s, 'therapist', { artworkId: id, choice })).s
    const second = findEntry(s, id)!.versions![1]!.id
    s = run(s, { type: 'pick-version', artworkId: id, versionId: second }).s
    const oldest = findEntry(s, id)!.versions![0]!.id
    // The client's words wait (clinical mode): they are kept but do not hang, so the picked one must survive.
    for (const text of ['a small boat', 'some shells'])
      s = run(s, version(s, 'headset', { artworkId: id, text })).s
    const e = findEntry(s, id)!
    expect(e.versions).toHaveLength(MAX_VERSIONS)
    expect(e.current).toBe(second)
    expect(e.versions!.map((v) => v.id)).toContain(second)
    expect(e.versions!.map((v) => v.id)).not.toContain(oldest)
  })

  it("clinical mode: a client's words wait for the therapist and never reach the headset; a quick choice hangs", () => {
    const { s: s0, id } = shown('clinical')
    const words = version(s0, 'headset', { artworkId: id, text: 'add a small boat' })
    expect(words.version.state).toBe('pending')
    const { s: s1, headset } = run(s0, words)
    expect(headset).toEqual([{ type: 'noop' }])
    expect(findEntry(s1, id)!.current).toBe(id)
    const seen = stateForHeadset(s1)
    expect(JSON.stringify(seen)).not.toContain('small boat')
    expect(headsetMayPick(s1, { type: 'pick-version', artworkId: id, versionId: words.version.id })).toBe(
      false,
    )
    // The therapist's pick approves it, and the headset hears of it as a new version.
    const { s: s2, headset: h2 } = run(s1, {
      type: 'pick-version',
      artworkId: id,
      versionId: words.version.id,
    })
    expect(findEntry(s2, id)!.versions!.find((v) => v.id === words.version.id)!.state).toBe('approved')
    expect(h2[0]?.type).toBe('artwork-version')
    const quick = version(s0, 'headset', { artworkId: id, choice: 'warmer' })
    expect(quick.version.state).toBe('approved')
  })

  it('held words in a refinement are held for everyone; the headset learns nothing', () => {
    const { s: s0, id } = shown('open')
    const held = version(s0, 'therapist', { artworkId: id, text: 'with a gun in the sand' })
    expect(held.version.state).toBe('held')
    expect(held.version.reasons.length).toBeGreaterThan(0)
    const { s, headset } = run(s0, held)
    expect(headset).toEqual([{ type: 'noop' }])
    expect(findEntry(s, id)!.current).toBe(id)
    expect(JSON.stringify(stateForHeadset(s))).not.toContain('gun')
  })

  it('refinements of a pending artwork travel with it when it is approved', () => {
    const a = art('a quiet meadow')
    let { s } = run(fresh('clinical'), { type: 'artwork-add', artwork: a, reasons: [], from: 'client' })
    s = run(s, version(s, 'therapist', { artworkId: a.id, choice: 'warmer' })).s
    const { headset } = run(s, { type: 'approve', artworkId: a.id })
    const show = headset[0] as CommandOf<'artwork-show'>
    expect(show.type).toBe('artwork-show')
    expect(show.versions).toHaveLength(2)
    expect(show.artwork.spec.palette).toEqual(findEntry(s, a.id)!.artwork.spec.palette)
  })

  it('bad ids and removed or discarded artworks get a clear problem and change nothing', () => {
    const { s, id } = shown('clinical')
    expect(checkCommand(s, { type: 'refine', artworkId: 'nope', choice: 'calmer' })?.code).toBe('not-found')
    expect(checkCommand(s, { type: 'pick-version', artworkId: id, versionId: 'nope' })?.code).toBe(
      'not-found',
    )
    expect(makeVersion(s, 'headset', { type: 'refine', artworkId: 'nope', choice: 'calmer' }, deps).ok).toBe(
      false,
    )
    const removed = run(s, { type: 'remove', artworkId: id }).s
    expect(checkCommand(removed, { type: 'refine', artworkId: id, choice: 'calmer' })?.message).toMatch(
      /no artwork/,
    )
    const b = art('a garden')
    const discarded = run(
      s,
      { type: 'artwork-add', artwork: b, reasons: [], from: 'client' },
      { type: 'discard', artworkId: b.id },
    ).s
    expect(checkCommand(discarded, { type: 'refine', artworkId: b.id, choice: 'calmer' })?.message).toMatch(
      /discarded/,
    )
    // The reducer is total: an unfit command changes only the sequence number.
    const after = applyCommand(s, { type: 'pick-version', artworkId: id, versionId: 'nope' }, T0)
    expect({ ...after, seq: s.seq }).toEqual(s)
  })

  it('stored states from before refinement still load', () => {
    const { s } = shown()
    const old = JSON.parse(JSON.stringify(s)) as SessionState
    for (const e of old.artworks) {
      delete e.versions
      delete e.current
    }
    expect(SessionStateSchema.parse(old).artworks[0]?.versions).toBeUndefined()
    const v = version(old, 'therapist', { artworkId: old.artworks[0]!.artwork.id, choice: 'softer' })
    expect(run(old, v).s.artworks[0]?.versions).toHaveLength(2)
  })
})
