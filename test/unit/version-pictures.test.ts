import { describe, expect, it } from 'vitest'
import type { Artwork } from '../../src/shared/artwork'
import { interpret } from '../../src/shared/interpret'
import { makeVersion } from '../../src/shared/refine/make-version'
import { paintingVersionId, paintingVersions, versionImage } from '../../src/shared/refine/session-versions'
import { namesPicture } from '../../src/server/ai/session-ai-routes'
import { CommandSchema } from '../../src/shared/session/commands'
import type { Command, CommandOf } from '../../src/shared/session/commands'
import { applyCommand, checkCommand, commandForHeadset, findEntry } from '../../src/shared/session/reducer'
import { SessionStateSchema, createSessionState, stateForHeadset } from '../../src/shared/session/state'
import type { ArtworkImageState, SessionState } from '../../src/shared/session/state'

// Each version keeps its own AI picture: the reducer puts a picture on its version (on the entry while
// that version hangs), the headset hears it for versions it may see, and picking versions swaps the pictures.

const T0 = 1_700_000_000_000
let n = 0
const deps = { interpret, createId: () => `v${++n}`, now: () => T0 }
const fresh = (approval: 'clinical' | 'open') =>
  createSessionState({ id: 's1', clientId: 'c1', clientAlias: 'River', therapistId: 'u1', approval, now: T0 })

function art(text: string): Artwork {
  const spec = interpret(text)
  return { id: `a${++n}`, text, createdAt: new Date(T0).toISOString(), spec, seed: 11, status: 'shown' }
}

/** Applies like the server (schema, check, reducer) and like the headset (its projection on its own state). */
function run(start: { s: SessionState; h: SessionState }, ...commands: Command[]) {
  let { s, h } = start
  const heard: Command[] = []
  for (const c of commands) {
    expect(CommandSchema.parse(c)).toEqual(c)
    expect(checkCommand(s, c), JSON.stringify(c)).toBeNull()
    const next = applyCommand(s, c, T0 + s.seq * 1000)
    SessionStateSchema.parse(next)
    const forHeadset = commandForHeadset(c, s, next)
    heard.push(forHeadset)
    h = applyCommand(h, forHeadset, T0 + s.seq * 1000)
    s = next
  }
  return { s, h, heard }
}

const image = (
  artworkId: string,
  state: ArtworkImageState,
  extra: { versionId?: string; file?: string; notice?: string } = {},
): Command => ({ type: 'artwork-image', artworkId, ...extra, state })

function refine(s: SessionState, role: 'therapist' | 'headset', req: Omit<CommandOf<'refine'>, 'type'>) {
  const made = makeVersion(s, role, { type: 'refine', ...req }, deps)
  if (!made.ok) throw new Error(made.message)
  return made.command
}

/** An approved artwork with its original picture ready, refined once (the version hangs). */
function refined(approval: 'clinical' | 'open' = 'open') {
  const a = art('a quiet beach at sunset')
  const s0 = fresh(approval)
  let w = run(
    { s: s0, h: stateForHeadset(s0) },
    { type: 'artwork-add', artwork: a, reasons: [], from: 'client' },
  )
  if (approval === 'clinical') w = run(w, { type: 'approve', artworkId: a.id })
  w = run(w, image(a.id, 'painting'), image(a.id, 'ready', { file: `${a.id}.png` }))
  const v = refine(w.s, 'therapist', { artworkId: a.id, choice: 'warmer' })
  w = run(w, v)
  return { ...w, id: a.id, v: v.version.id }
}

describe('the reducer puts each picture on its own version', () => {
  it("a version's picture lands on the entry while it hangs; the original's stays with the original", () => {
    const { s, h, id, v } = refined()
    let w = run({ s, h }, image(id, 'painting', { versionId: v }))
    let e = findEntry(w.s, id)!
    expect(e.current).toBe(v)
    expect(e.image?.state).toBe('painting')
    const startedAt = e.image!.startedAt
    expect(versionImage(e, id)).toMatchObject({ state: 'ready', file: `${id}.png` })
    w = run(w, image(id, 'ready', { versionId: v, file: `${v}.png` }))
    e = findEntry(w.s, id)!
    expect(e.image).toMatchObject({ state: 'ready', file: `${v}.png`, startedAt })
    // The headset's own state (built only from what it heard) agrees.
    expect(findEntry(w.h, id)?.image).toMatchObject({ state: 'ready', file: `${v}.png` })
    expect(w.heard.at(-1)).toEqual(image(id, 'ready', { versionId: v, file: `${v}.png` }))

    // Picking the original shows its picture; picking the version back shows the version's.
    w = run(w, { type: 'pick-version', artworkId: id, versionId: id })
    for (const state of [w.s, w.h]) {
      expect(findEntry(state, id)?.image?.file).toBe(`${id}.png`)
      expect(versionImage(findEntry(state, id)!, v)?.file).toBe(`${v}.png`)
    }
    w = run(w, { type: 'pick-version', artworkId: id, versionId: v })
    for (const state of [w.s, w.h]) expect(findEntry(state, id)?.image?.file).toBe(`${v}.png`)
  })

  it('a picture for a version that does not hang (or no longer) is kept with that version only', () => {
    const { s, h, id, v } = refined()
    // The original's late news (no versionId) while the version hangs: it must not land on the hanging version.
    const a = art('a meadow')
    let w = run(
      { s, h },
      { type: 'artwork-add', artwork: a, reasons: [], from: 'client' },
      image(a.id, 'painting'),
    )
    const v2 = refine(w.s, 'therapist', { artworkId: a.id, choice: 'calmer' })
    w = run(w, v2, image(a.id, 'ready', { file: `${a.id}.png` }))
    let e = findEntry(w.s, a.id)!
    expect(e.current).toBe(v2.version.id)
    expect(e.image).toBeUndefined()
    expect(versionImage(e, a.id)).toMatchObject({ state: 'ready', file: `${a.id}.png` })
    expect(findEntry(w.h, a.id)?.image).toBeUndefined()
    expect(versionImage(findEntry(w.h, a.id)!, a.id)?.file).toBe(`${a.id}.png`)
    expect(w.heard.at(-1)).toEqual(image(a.id, 'ready', { file: `${a.id}.png` }))

    // An unknown version: nothing changes (the late news of a version dropped by the cap).
    const before = w.s
    w = run(w, image(id, 'ready', { versionId: 'gone', file: 'gone.png' }))
    expect(w.s.artworks).toBe(before.artworks)
    expect(w.heard.at(-1)).toEqual({ type: 'noop' })
    e = findEntry(w.s, id)!
    expect(e.image).toBeUndefined()
    expect(versionImage(e, v)).toBeUndefined()
  })

  it('a settled version picture stays settled; ready without a file is ignored', () => {
    const { s, h, id, v } = refined()
    let w = run(
      { s, h },
      image(id, 'painting', { versionId: v }),
      image(id, 'failed', { versionId: v, notice: 'x' }),
    )
    w = run(w, image(id, 'ready', { versionId: v, file: `${v}.png` }))
    expect(findEntry(w.s, id)?.image).toMatchObject({ state: 'failed', notice: 'x' })
    const fresh2 = refined()
    const w2 = run({ s: fresh2.s, h: fresh2.h }, image(fresh2.id, 'painting', { versionId: fresh2.v }))
    const after = applyCommand(w2.s, image(fresh2.id, 'ready', { versionId: fresh2.v }), T0)
    expect(findEntry(after, fresh2.id)?.image?.state).toBe('painting')
  })

  it("cancel-image stops whichever version's picture is painting, hanging or not", () => {
    const { s, h, id, v } = refined()
    // No picture being made: refused.
    expect(checkCommand(s, { type: 'cancel-image', artworkId: id })?.code).toBe('bad-command')
    let w = run({ s, h }, image(id, 'painting', { versionId: v }), {
      type: 'pick-version',
      artworkId: id,
      versionId: id,
    })
    expect(paintingVersionId(findEntry(w.s, id)!)).toBe(v)
    w = run(w, { type: 'cancel-image', artworkId: id })
    const e = findEntry(w.s, id)!
    expect(versionImage(e, v)).toMatchObject({ state: 'cancelled', notice: /painting stays/ })
    expect(e.image?.file).toBe(`${id}.png`)
    // The headset hears it as the end of that version's progress, without the notice.
    expect(w.heard.at(-1)).toEqual(image(id, 'cancelled', { versionId: v }))
    expect(versionImage(findEntry(w.h, id)!, v)?.state).toBe('cancelled')
  })
})

describe('what the headset hears of version pictures', () => {
  it("a client's waiting version: its picture never reaches the headset until the therapist picks it", () => {
    const { s, h, id } = refined('clinical')
    const waiting = refine(s, 'headset', { artworkId: id, text: 'a small boat' })
    expect(waiting.version.state).toBe('pending')
    const vw = waiting.version.id
    let w = run(
      { s, h },
      waiting,
      image(id, 'painting', { versionId: vw }),
      image(id, 'ready', { versionId: vw, file: `${vw}.png` }),
    )
    expect(w.heard).toEqual([{ type: 'noop' }, { type: 'noop' }, { type: 'noop' }])
    expect(JSON.stringify(w.h)).not.toContain(vw)
    // The pick sends the version with its picture, and the headset hangs it.
    w = run(w, { type: 'pick-version', artworkId: id, versionId: vw })
    const heard = w.heard.at(-1) as CommandOf<'artwork-version'>
    expect(heard.type).toBe('artwork-version')
    expect(heard.version.image).toMatchObject({ state: 'ready', file: `${vw}.png` })
    expect(heard.version.image).not.toHaveProperty('notice')
    expect(findEntry(w.h, id)?.image?.file).toBe(`${vw}.png`)
  })

  it('failures and caps of a version reach the headset only as the end of progress, never with a notice', () => {
    const { s, h, id, v } = refined()
    const w = run(
      { s, h },
      image(id, 'capped', { versionId: v, notice: 'This session has used its pictures.' }),
    )
    expect(w.heard.at(-1)).toEqual(image(id, 'capped', { versionId: v }))
    expect(JSON.stringify(stateForHeadset(w.s))).not.toContain('used its pictures')
  })
})

describe('the server side', () => {
  it('paintingVersions finds every version still painting (the restart sweep)', () => {
    const { s, h, id, v } = refined()
    let w = run({ s, h }, image(id, 'painting', { versionId: v }))
    expect(paintingVersions(findEntry(w.s, id)!)).toEqual([v])
    w = run(w, { type: 'pick-version', artworkId: id, versionId: id })
    expect(paintingVersions(findEntry(w.s, id)!)).toEqual([v])
    expect(paintingVersions(findEntry(s, id)!)).toEqual([])
  })

  it('namesPicture: the therapist sees every version, the headset approved ones, the timeline what hung', () => {
    const { s, h, id, v } = refined('clinical')
    const waiting = refine(s, 'headset', { artworkId: id, text: 'a small boat' })
    const vw = waiting.version.id
    let w = run(
      { s, h },
      image(id, 'painting', { versionId: v }),
      image(id, 'ready', { versionId: v, file: `${v}.png` }),
    )
    w = run(
      w,
      waiting,
      image(id, 'painting', { versionId: vw }),
      image(id, 'ready', { versionId: vw, file: `${vw}.png` }),
    )
    const as = (who: 'therapist' | 'headset' | 'timeline', file: string) =>
      namesPicture({ state: w.s, who }, file)
    expect([as('therapist', `${id}.png`), as('therapist', `${v}.png`), as('therapist', `${vw}.png`)]).toEqual(
      [true, true, true],
    )
    expect([as('headset', `${id}.png`), as('headset', `${v}.png`), as('headset', `${vw}.png`)]).toEqual([
      true,
      true,
      false,
    ])
    expect([as('timeline', `${id}.png`), as('timeline', `${v}.png`), as('timeline', `${vw}.png`)]).toEqual([
      false,
      true,
      false,
    ])
    expect(as('therapist', 'other.png')).toBe(false)
  })
})
