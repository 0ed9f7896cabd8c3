// One image job's turn with everything it touches handed in: a session state the fake hub commits to with the real
// reducer, a provider that answers at once, and a picture store that remembers what was written and removed.
import { describe, expect, it } from 'vitest'
import type { AiResult } from '../../src/shared/privacy/ai-contract'
import type { AiImage } from '../../src/server/ai/provider'
import type { Command } from '../../src/shared/session/commands'
import { applyCommand, findEntry } from '../../src/shared/session/reducer'
import { createSessionState } from '../../src/shared/session/state'
import type { SessionState } from '../../src/shared/session/state'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/spec'
import { DISCARD_NOTICE, type ImageJob } from '../../src/server/ai/image-job-news'
import { createJobPainter, type JobPainterDeps } from '../../src/server/ai/image-job-paint'
import { versionImage } from '../../src/shared/refine/session-versions'

const T0 = 1_700_000_000_000

function world(opts: { cap?: string; picture?: 'ok' | 'refused' } = {}) {
  let state: SessionState = createSessionState({
    id: 's1',
    clientId: 'c1',
    clientAlias: 'River',
    therapistId: 'u1',
    approval: 'clinical',
    now: T0,
  })
  const committed: Command[] = []
  const written: string[] = []
  const removed: string[] = []
  const reserved: string[] = []
  let beforeReady: Command | undefined
  const apply = (c: Command) => {
    state = applyCommand(state, c, T0 + state.seq + 1)
  }
  const deps: JobPainterDeps = {
    hub: { state: async () => state },
    provider: {
      allows: async () => true,
      refineSpec: async (_ctx, input) => ({ ok: true, value: input.spec }),
      generateImage: async (): Promise<AiResult<AiImage>> =>
        opts.picture === 'refused'
          ? { ok: false, reason: 'bad_response', notice: 'The picture was refused; the painting stays.' }
          : { ok: true, value: { data: Buffer.from('png'), mime: 'image/png', prompt: 'a beach' } },
    },
    files: {
      write: async (_client, versionId) => (written.push(`${versionId}.png`), `${versionId}.png`),
      remove: async (_client, file) => void removed.push(file),
    },
    reserve: async (sessionId) => (reserved.push(sessionId), opts.cap ?? null),
    release: (sessionId) => void reserved.splice(reserved.indexOf(sessionId), 1),
    commit: async (_sessionId, command) => {
      // A command another participant got into the queue just before the job's `ready`.
      if (command.type === 'artwork-image' && command.state === 'ready' && beforeReady) apply(beforeReady)
      committed.push(command)
      apply(command)
      return { ok: true, seq: state.seq }
    },
  }
  apply({
    type: 'artwork-add',
    artwork: {
      id: 'a1',
      text: 'a quiet beach',
      createdAt: new Date(T0).toISOString(),
      spec: DEFAULT_SCENE_SPEC,
      seed: 7,
      status: 'shown',
    },
    reasons: [],
    from: 'client',
  })
  apply({ type: 'artwork-image', artworkId: 'a1', state: 'painting' })
  const job: ImageJob = {
    sessionId: 's1',
    clientId: 'c1',
    artworkId: 'a1',
    versionId: 'a1',
    controller: new AbortController(),
  }
  return {
    paint: createJobPainter(deps),
    job,
    committed,
    written,
    removed,
    reserved,
    apply,
    raceBeforeReady: (c: Command) => void (beforeReady = c),
    image: () => versionImage(findEntry(state, 'a1')!, 'a1'),
  }
}

describe('an image job’s turn', () => {
  it('stores the picture and commits it ready, its cost released', async () => {
    const w = world()
    await w.paint(w.job)
    expect(w.image()).toMatchObject({ state: 'ready', file: 'a1.png' })
    expect(w.removed).toEqual([])
    expect(w.reserved).toEqual([])
  })

  it('a cap says so instead of asking the provider', async () => {
    const w = world({ cap: 'Today’s pictures are used up; the painting stays.' })
    await w.paint(w.job)
    expect(w.written).toEqual([])
    expect(w.image()).toMatchObject({
      state: 'capped',
      notice: 'Today’s pictures are used up; the painting stays.',
    })
  })

  it('a refused picture is failed with the provider’s notice, and nothing is stored', async () => {
    const w = world({ picture: 'refused' })
    await w.paint(w.job)
    expect(w.written).toEqual([])
    expect(w.image()).toMatchObject({
      state: 'failed',
      notice: 'The picture was refused; the painting stays.',
    })
    expect(w.reserved).toEqual([])
  })

  it('a discard before its turn is settled with the discard notice and costs nothing', async () => {
    const w = world()
    w.job.controller.abort('discard')
    await w.paint(w.job)
    expect(w.written).toEqual([])
    expect(w.committed).toEqual([
      { type: 'artwork-image', artworkId: 'a1', state: 'cancelled', notice: DISCARD_NOTICE },
    ])
  })

  it('a cancel that wins the race in the queue keeps its word: the stored file is removed again', async () => {
    const w = world()
    w.raceBeforeReady({ type: 'cancel-image', artworkId: 'a1' })
    await w.paint(w.job)
    expect(w.written).toEqual(['a1.png'])
    expect(w.removed).toEqual(['a1.png'])
    expect(w.image()?.state).toBe('cancelled')
  })
})
