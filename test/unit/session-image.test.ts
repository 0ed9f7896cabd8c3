import { describe, expect, it } from 'vitest'
import type { Artwork } from '../../src/shared/artwork'
import { CommandSchema, canSend } from '../../src/shared/session/commands'
import type { Command } from '../../src/shared/session/commands'
import { applyCommand, checkCommand, commandForHeadset, findEntry } from '../../src/shared/session/reducer'
import {
  ArtworkImageStateSchema,
  SessionStateSchema,
  createSessionState,
  imageForHeadset,
  stateForHeadset,
} from '../../src/shared/session/state'
import type { ArtworkImageState, SessionState } from '../../src/shared/session/state'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/spec'

const ARTWORK_IMAGE_STATES = ArtworkImageStateSchema.options

// The AI picture's contract: the reducer's setImage and cancel, what the headset hears of each case, and
// that the headset's state never carries a notice or a failure.

const T0 = 1_700_000_000_000
const fresh = (approval: 'clinical' | 'open' = 'clinical') =>
  createSessionState({ id: 's1', clientId: 'c1', clientAlias: 'River', therapistId: 'u1', approval, now: T0 })

let nextId = 0
function artwork(held = false): Artwork {
  return {
    id: `a${++nextId}`,
    text: 'a quiet beach',
    createdAt: new Date(T0).toISOString(),
    spec: {
      ...DEFAULT_SCENE_SPEC,
      safety: held ? { held: true, reasons: ['violence'], mentioned: [] } : DEFAULT_SCENE_SPEC.safety,
    },
    seed: 7,
    status: held ? 'held' : 'shown',
  }
}

/** Applies each command after checking it parses and fits; the state must stay schema-valid. */
function run(state: SessionState, ...commands: Command[]): SessionState {
  let s = state
  for (const c of commands) {
    expect(CommandSchema.safeParse(c).success, JSON.stringify(c)).toBe(true)
    expect(checkCommand(s, c), JSON.stringify(c)).toBeNull()
    s = applyCommand(s, c, T0 + s.seq + 1)
    expect(SessionStateSchema.safeParse(s).success).toBe(true)
  }
  return s
}
const add = (a: Artwork): Command => ({ type: 'artwork-add', artwork: a, reasons: [], from: 'client' })
const image = (artworkId: string, state: ArtworkImageState, extra: { file?: string; notice?: string } = {}) =>
  ({ type: 'artwork-image', artworkId, state, ...extra }) as Command

describe('setImage', () => {
  it('painting → ready keeps the start time and stores the file', () => {
    const a = artwork()
    const s1 = run(fresh(), add(a), image(a.id, 'painting'))
    const painting = findEntry(s1, a.id)!.image!
    expect(painting).toMatchObject({ state: 'painting', startedAt: T0 + 2, at: T0 + 2 })
    const s2 = run(s1, image(a.id, 'ready', { file: `${a.id}.png` }))
    expect(findEntry(s2, a.id)!.image).toEqual({
      state: 'ready',
      startedAt: T0 + 2,
      at: T0 + 3,
      file: `${a.id}.png`,
    })
  })

  it('a settled picture stays settled: a late answer after a cancel changes nothing', () => {
    const a = artwork()
    const s1 = run(fresh(), add(a), image(a.id, 'painting'), { type: 'cancel-image', artworkId: a.id })
    expect(findEntry(s1, a.id)!.image).toMatchObject({ state: 'cancelled', notice: expect.any(String) })
    for (const late of ['ready', 'failed', 'painting', 'capped'] as const) {
      const s2 = run(s1, image(a.id, late, late === 'ready' ? { file: `${a.id}.png` } : {}))
      expect(findEntry(s2, a.id)!.image).toBe(findEntry(s1, a.id)!.image)
      expect(s2.seq).toBe(s1.seq + 1)
    }
  })

  it('ready without a file is ignored; failed and capped keep their notice for the console', () => {
    const a = artwork()
    const s1 = run(fresh(), add(a), image(a.id, 'painting'), image(a.id, 'ready'))
    expect(findEntry(s1, a.id)!.image!.state).toBe('painting')
    const s2 = run(s1, image(a.id, 'failed', { notice: 'The AI service took too long.' }))
    expect(findEntry(s2, a.id)!.image).toMatchObject({
      state: 'failed',
      notice: 'The AI service took too long.',
    })
    const b = artwork()
    const s3 = run(s2, add(b), image(b.id, 'capped', { notice: 'used up' }))
    expect(findEntry(s3, b.id)!.image).toMatchObject({
      state: 'capped',
      notice: 'used up',
      startedAt: T0 + 6,
    })
  })

  it('cancel is refused when nothing is painting; artwork-image for an unknown artwork is refused', () => {
    const a = artwork()
    const s = run(fresh(), add(a))
    expect(checkCommand(s, { type: 'cancel-image', artworkId: a.id })?.code).toBe('bad-command')
    expect(checkCommand(s, { type: 'cancel-image', artworkId: 'nope' })?.code).toBe('not-found')
    expect(checkCommand(s, image('nope', 'painting'))?.code).toBe('not-found')
    const ready = run(s, image(a.id, 'painting'), image(a.id, 'ready', { file: 'x.png' }))
    expect(checkCommand(ready, { type: 'cancel-image', artworkId: a.id })?.code).toBe('bad-command')
  })

  it('only the server sends artwork-image; only the therapist cancels', () => {
    expect(canSend('therapist', { type: 'cancel-image' })).toBe(true)
    expect(canSend('headset', { type: 'cancel-image' })).toBe(false)
    expect(canSend('therapist', { type: 'artwork-image' })).toBe(false)
    expect(canSend('headset', { type: 'artwork-image' })).toBe(false)
  })

  it('the file name cannot carry a path', () => {
    for (const file of ['../x.png', 'a/b.png', 'x.svg', '.png', 'x.png\u0000'])
      expect(
        CommandSchema.safeParse({ type: 'artwork-image', artworkId: 'a', state: 'ready', file }).success,
      ).toBe(false)
  })
})

describe('what the headset hears', () => {
  /** before → after through `command`, and what the headset receives for it. */
  const heard = (before: SessionState, command: Command) =>
    commandForHeadset(command, before, applyCommand(before, command, T0 + 100))

  it('a shown artwork hears every state, never a notice', () => {
    for (const state of ARTWORK_IMAGE_STATES) {
      const a = artwork()
      const shown = run(fresh('open'), add(a), ...(state === 'painting' ? [] : [image(a.id, 'painting')]))
      const file = state === 'ready' ? { file: `${a.id}.webp` } : {}
      const sent = heard(shown, image(a.id, state, { ...file, notice: 'for the console only' }))
      expect(sent, state).toEqual({ type: 'artwork-image', artworkId: a.id, state, ...file })
    }
  })

  it('a cancel reaches a shown artwork as the end of its progress, without the notice', () => {
    const a = artwork()
    const s = run(fresh('open'), add(a), image(a.id, 'painting'))
    expect(heard(s, { type: 'cancel-image', artworkId: a.id })).toEqual({
      type: 'artwork-image',
      artworkId: a.id,
      state: 'cancelled',
    })
  })

  it('pending and held artworks hear nothing of their picture', () => {
    const a = artwork()
    const h = artwork(true)
    const s = run(fresh('clinical'), add(a), add(h), image(a.id, 'painting'))
    expect(heard(s, image(a.id, 'ready', { file: `${a.id}.png` }))).toEqual({ type: 'noop' })
    expect(heard(s, image(h.id, 'failed', { notice: 'x' }))).toEqual({ type: 'noop' })
    expect(heard(s, { type: 'cancel-image', artworkId: a.id })).toEqual({ type: 'noop' })
  })

  it('a late answer that changes nothing is a noop for the headset', () => {
    const a = artwork()
    const s = run(fresh('open'), add(a), image(a.id, 'painting'), { type: 'cancel-image', artworkId: a.id })
    expect(heard(s, image(a.id, 'ready', { file: `${a.id}.png` }))).toEqual({ type: 'noop' })
  })

  it('approval shows the artwork with its picture: painting, or ready with the file; never a failure', () => {
    const cases: [ArtworkImageState, object | undefined][] = [
      ['painting', { state: 'painting' }],
      ['ready', { state: 'ready', file: 'F.png' }],
      ['failed', undefined],
      ['cancelled', undefined],
      ['capped', undefined],
    ]
    for (const [state, expected] of cases) {
      const a = artwork()
      let s = run(fresh('clinical'), add(a))
      if (state !== 'capped') s = run(s, image(a.id, 'painting'))
      if (state === 'cancelled') s = run(s, { type: 'cancel-image', artworkId: a.id })
      else if (state !== 'painting')
        s = run(s, image(a.id, state, { notice: 'n', ...(state === 'ready' ? { file: 'F.png' } : {}) }))
      const sent = heard(s, { type: 'approve', artworkId: a.id })
      expect(sent.type, state).toBe('artwork-show')
      const shown = sent as Extract<Command, { type: 'artwork-show' }>
      if (expected) expect(shown.image, state).toMatchObject(expected)
      else expect(shown.image, state).toBeUndefined()
      expect(JSON.stringify(shown)).not.toContain('"notice"')
      // The headset's own reducer takes the show as it is.
      const headset = applyCommand(stateForHeadset(fresh('clinical')), shown, T0)
      expect(findEntry(headset, a.id)?.image).toEqual(shown.image)
    }
  })
})

describe('stateForHeadset', () => {
  it('never carries a notice, a failure, a cancel or a cap — only painting and ready', () => {
    const ids: Record<ArtworkImageState, string> = {} as Record<ArtworkImageState, string>
    let s = fresh('open')
    for (const state of ARTWORK_IMAGE_STATES) {
      const a = artwork()
      ids[state] = a.id
      s = run(s, add(a))
      if (state !== 'capped') s = run(s, image(a.id, 'painting', { notice: 'progress note' }))
      if (state === 'cancelled') s = run(s, { type: 'cancel-image', artworkId: a.id })
      else if (state !== 'painting')
        s = run(
          s,
          image(a.id, state, { notice: 'console only', ...(state === 'ready' ? { file: 'R.jpg' } : {}) }),
        )
    }
    const headset = stateForHeadset(s)
    expect(SessionStateSchema.safeParse(headset).success).toBe(true)
    expect(JSON.stringify(headset)).not.toMatch(/notice|failed|cancelled|capped/)
    expect(findEntry(headset, ids.painting)?.image?.state).toBe('painting')
    expect(findEntry(headset, ids.ready)?.image).toMatchObject({ state: 'ready', file: 'R.jpg' })
    for (const state of ['failed', 'cancelled', 'capped'] as const) {
      expect(findEntry(headset, ids[state])).toBeDefined()
      expect(findEntry(headset, ids[state])?.image).toBeUndefined()
    }
    // And the console's own state keeps them all.
    expect(findEntry(s, ids.failed)?.image?.notice).toBe('console only')
  })

  it('imageForHeadset strips the notice and hides the settled failures', () => {
    const base = { startedAt: 1, at: 2, notice: 'x' }
    expect(imageForHeadset({ ...base, state: 'painting' })).toEqual({
      state: 'painting',
      startedAt: 1,
      at: 2,
    })
    expect(imageForHeadset({ ...base, state: 'ready', file: 'a.png' })).toEqual({
      state: 'ready',
      startedAt: 1,
      at: 2,
      file: 'a.png',
    })
    for (const state of ['failed', 'cancelled', 'capped'] as const)
      expect(imageForHeadset({ ...base, state })).toBeUndefined()
  })
})
