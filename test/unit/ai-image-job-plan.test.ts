// The image jobs' decisions, read from session states alone: which commands start or stop a picture, what a restart
// leaves to settle, whether a queued job may still paint, and whether its stored file is still the one shown.
import { describe, expect, it } from 'vitest'
import type { Artwork } from '../../src/shared/artwork'
import type { Command } from '../../src/shared/session/commands'
import { applyCommand } from '../../src/shared/session/reducer'
import { createSessionState } from '../../src/shared/session/state'
import type { SessionState } from '../../src/shared/session/state'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/spec'
import {
  DISCARD_NOTICE,
  RESTART_NOTICE,
  SUPERSEDED_NOTICE,
  abortedNews,
  imageNews,
  jobKey,
} from '../../src/server/ai/image-job-news'
import { fileShown, interruptedPictures, jobActions, paintPlan } from '../../src/server/ai/image-job-plan'
import {
  RESTART_NOTICE as RESTART_FROM_JOBS,
  SUPERSEDED_NOTICE as SUPERSEDED_FROM_JOBS,
} from '../../src/server/ai/image-jobs'

const T0 = 1_700_000_000_000
const fresh = (approval: 'clinical' | 'open' = 'clinical') =>
  createSessionState({ id: 's1', clientId: 'c1', clientAlias: 'River', therapistId: 'u1', approval, now: T0 })

function artwork(id: string, held = false): Artwork {
  return {
    id,
    text: 'a quiet beach',
    createdAt: new Date(T0).toISOString(),
    spec: {
      ...DEFAULT_SCENE_SPEC,
      biome: 'beach',
      safety: held
        ? { held: true, reasons: ['violence: "fight"'], mentioned: [] }
        : DEFAULT_SCENE_SPEC.safety,
    },
    seed: 7,
    status: held ? 'held' : 'shown',
  }
}

const add = (id: string, opts: { held?: boolean; from?: 'client' | 'therapist'; replaces?: string } = {}) =>
  ({
    type: 'artwork-add',
    artwork: artwork(id, opts.held),
    reasons: opts.held ? ['violence: "fight"'] : [],
    from: opts.from ?? 'therapist',
    ...(opts.replaces ? { replaces: opts.replaces } : {}),
  }) satisfies Command

const version = (artworkId: string, id: string, state: 'approved' | 'pending' | 'held' = 'approved') =>
  ({
    type: 'artwork-version',
    artworkId,
    version: {
      id,
      artwork: artwork(id, state === 'held'),
      state,
      from: 'client',
      choice: 'warmer',
      reasons: [],
    },
  }) satisfies Command

function apply(state: SessionState, ...commands: Command[]): SessionState {
  return commands.reduce((s, c, i) => applyCommand(s, c, T0 + (i + 1) * 1000), state)
}

describe('image news', () => {
  it("keeps the original's command without a versionId and names a refined version's", () => {
    expect(imageNews({ artworkId: 'a1', versionId: 'a1' }, { state: 'painting' })).toEqual({
      type: 'artwork-image',
      artworkId: 'a1',
      state: 'painting',
    })
    expect(imageNews({ artworkId: 'a1', versionId: 'v2' }, { state: 'ready', file: 'v2.png' })).toEqual({
      type: 'artwork-image',
      artworkId: 'a1',
      versionId: 'v2',
      state: 'ready',
      file: 'v2.png',
    })
  })

  it('settles only what someone would still see painting: a discard and a newer version', () => {
    const target = { artworkId: 'a1', versionId: 'a1' }
    expect(abortedNews(target, 'discard')).toMatchObject({ state: 'cancelled', notice: DISCARD_NOTICE })
    expect(abortedNews(target, 'superseded')).toMatchObject({ state: 'cancelled', notice: SUPERSEDED_NOTICE })
    for (const why of ['cancel', 'gone', 'ended', 'shutdown'] as const)
      expect(abortedNews(target, why)).toBeUndefined()
  })

  it('one key per artwork and session, and the jobs module still exports its notices', () => {
    expect(jobKey('s1', 'a1')).not.toBe(jobKey('s2', 'a1'))
    expect(RESTART_FROM_JOBS).toBe(RESTART_NOTICE)
    expect(SUPERSEDED_FROM_JOBS).toBe(SUPERSEDED_NOTICE)
  })
})

describe('jobActions', () => {
  it("asks for a picture of the therapist's words and of a client's words waiting for approval", () => {
    const s0 = fresh()
    const c1 = add('a1')
    const s1 = apply(s0, c1)
    expect(jobActions(s0, s1, c1)).toEqual([{ do: 'request', artworkId: 'a1', versionId: 'a1' }])
    const c2 = add('a2', { from: 'client' })
    const s2 = apply(s1, c2)
    expect(s2.artworks.find((e) => e.artwork.id === 'a2')?.state).toBe('pending')
    expect(jobActions(s1, s2, c2)).toEqual([{ do: 'request', artworkId: 'a2', versionId: 'a2' }])
  })

  it('never asks for held words', () => {
    const s0 = fresh()
    const c = add('a1', { held: true })
    expect(jobActions(s0, apply(s0, c), c)).toEqual([])
  })

  it("an edit stops the replaced words' picture before asking for the new one", () => {
    const s1 = apply(fresh(), add('a1', { from: 'client' }))
    const c = add('a2', { from: 'client', replaces: 'a1' })
    expect(jobActions(s1, apply(s1, c), c)).toEqual([
      { do: 'abort', artworkId: 'a1', why: 'gone' },
      { do: 'request', artworkId: 'a2', versionId: 'a2' },
    ])
  })

  it('a new version gets its own picture unless its words are held', () => {
    const s1 = apply(fresh(), add('a1'))
    const ok = version('a1', 'v2')
    expect(jobActions(s1, apply(s1, ok), ok)).toEqual([{ do: 'request', artworkId: 'a1', versionId: 'v2' }])
    const held = version('a1', 'v3', 'held')
    expect(jobActions(s1, apply(s1, held), held)).toEqual([])
  })

  it('a version the reducer did not keep (its artwork discarded) asks for nothing', () => {
    const s1 = apply(fresh(), add('a1', { from: 'client' }), { type: 'discard', artworkId: 'a1' })
    const c = version('a1', 'v2')
    expect(jobActions(s1, apply(s1, c), c)).toEqual([])
  })

  it('cancel, discard and remove stop the artwork’s job, each with its reason', () => {
    const s1 = apply(fresh(), add('a1'))
    const reasons = (['cancel-image', 'discard', 'remove'] as const).map((type) => {
      const c: Command = { type, artworkId: 'a1' }
      return jobActions(s1, apply(s1, c), c)
    })
    expect(reasons).toEqual([
      [{ do: 'abort', artworkId: 'a1', why: 'cancel' }],
      [{ do: 'abort', artworkId: 'a1', why: 'discard' }],
      [{ do: 'abort', artworkId: 'a1', why: 'gone' }],
    ])
  })

  it('the end stops every job of the session, once', () => {
    const s1 = apply(fresh(), add('a1'))
    const end: Command = { type: 'end' }
    const s2 = apply(s1, end)
    expect(s2.phase).toBe('ended')
    expect(jobActions(s1, s2, end)).toEqual([{ do: 'abort-session' }])
    const note: Command = { type: 'noop' }
    expect(jobActions(s2, s2, note)).toEqual([])
  })
})

describe('interruptedPictures', () => {
  const painting = (artworkId: string, versionId = artworkId): Command =>
    imageNews({ artworkId, versionId }, { state: 'painting' })

  it('settles every version still painting after a restart, except where a job already runs', () => {
    const s = apply(fresh(), add('a1'), painting('a1'), add('a2'), version('a2', 'v2'), painting('a2', 'v2'))
    expect(interruptedPictures(s, () => false)).toEqual([
      imageNews({ artworkId: 'a1', versionId: 'a1' }, { state: 'failed', notice: RESTART_NOTICE }),
      imageNews({ artworkId: 'a2', versionId: 'v2' }, { state: 'failed', notice: RESTART_NOTICE }),
    ])
    expect(interruptedPictures(s, (id) => id === 'a1')).toHaveLength(1)
  })

  it('leaves an ended session alone', () => {
    const s = apply(fresh(), add('a1'), painting('a1'), { type: 'end' })
    expect(interruptedPictures(s, () => false)).toEqual([])
  })
})

describe('paintPlan and fileShown', () => {
  const painting: Command = { type: 'artwork-image', artworkId: 'a1', state: 'painting' }

  it('paints the version whose picture is awaited, from its own words', () => {
    const s = apply(fresh(), add('a1'), painting)
    const plan = paintPlan(s, 'a1', 'a1')
    expect(plan.do).toBe('paint')
    if (plan.do === 'paint') expect(plan.version.artwork.id).toBe('a1')
  })

  it('skips what is gone or no longer awaited', () => {
    const s = apply(fresh(), add('a1'), painting)
    expect(paintPlan(undefined, 'a1', 'a1')).toEqual({ do: 'skip' })
    expect(paintPlan(s, 'nope', 'nope')).toEqual({ do: 'skip' })
    expect(paintPlan(s, 'a1', 'v9')).toEqual({ do: 'skip' })
    expect(paintPlan(apply(s, { type: 'cancel-image', artworkId: 'a1' }), 'a1', 'a1')).toEqual({ do: 'skip' })
  })

  it('settles words set aside while the picture was still awaited', () => {
    const s = apply(fresh(), add('a1', { from: 'client' }), painting, { type: 'discard', artworkId: 'a1' })
    expect(paintPlan(s, 'a1', 'a1')).toEqual({ do: 'set-aside' })
  })

  it('keeps a file only while the version shows it', () => {
    const ready: Command = { type: 'artwork-image', artworkId: 'a1', state: 'ready', file: 'a1.png' }
    const s = apply(fresh(), add('a1'), painting, ready)
    expect(fileShown(s, 'a1', 'a1', 'a1.png')).toBe(true)
    expect(fileShown(s, 'a1', 'a1', 'other.png')).toBe(false)
    expect(fileShown(undefined, 'a1', 'a1', 'a1.png')).toBe(false)
    // A cancel that won the race in the queue: `ready` found nothing painting, so the file is nobody's.
    const cancelled = apply(fresh(), add('a1'), painting, { type: 'cancel-image', artworkId: 'a1' }, ready)
    expect(fileShown(cancelled, 'a1', 'a1', 'a1.png')).toBe(false)
  })
})
