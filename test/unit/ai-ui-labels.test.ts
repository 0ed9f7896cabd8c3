import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import {
  capabilityLine,
  capLine,
  consentLine,
  formatElapsed,
  modeDetail,
  modeLabel,
  noticeText,
  paletteGradient,
  pictureLine,
} from '../../src/console/ai/ai-labels'
import { createPictureBoard } from '../../src/scene/gallery/picture-board'
import { startPictureFeed, type PictureEntries } from '../../src/scene/gallery/picture-feed'
import type { AiStatus, SessionAiInfo } from '../../src/shared/privacy/ai-contract'

const status = (over: Partial<AiStatus> = {}): AiStatus => ({
  mode: 'cloud',
  provider: 'ai.clinic.lan',
  capabilities: {
    images: 'on',
    text: 'on',
    speech: 'unavailable',
    transcription: 'off',
    moderation: 'unknown',
  },
  notice: null,
  checkedAt: null,
  ...over,
})
const info = (over: Partial<SessionAiInfo> = {}): SessionAiInfo => ({
  status: status(),
  consent: { capabilities: ['images'], givenBy: 'guardian', recordedBy: 'u1', at: '2026-11-29T10:00:00Z' },
  allowed: { images: true, text: false, speech: false, transcription: false, moderation: false },
  images: { session: { used: 1, cap: 10 }, day: { used: 3, cap: 50 } },
  notices: [],
  sentTexts: [],
  ...over,
})

describe('picture lines on the console', () => {
  const image = { state: 'painting' as const, startedAt: 1_000, at: 1_000 }
  it('counts the elapsed time while painting and offers Cancel', () => {
    expect(pictureLine(image, 'approved', 13_500)).toEqual({
      tone: 'progress',
      text: 'Making the AI picture · 0:12',
      cancellable: true,
    })
    expect(formatElapsed(65_000)).toBe('1:05')
    expect(formatElapsed(-5)).toBe('0:00')
    expect(formatElapsed(Number.NaN)).toBe('0:00')
  })
  it('says whether the client sees a ready picture yet', () => {
    const ready = { ...image, state: 'ready' as const, file: 'a.png' }
    expect(pictureLine(ready, 'pending', 0).text).toMatch(/once you approve/)
    expect(pictureLine(ready, 'approved', 0).text).toMatch(/the client sees it/)
    expect(pictureLine(ready, 'approved', 0).cancellable).toBe(false)
  })
  it('puts failures, cancels and the cap in plain words, the server notice first', () => {
    expect(pictureLine({ ...image, state: 'failed' }, 'approved', 0).text).toBe(
      'The AI picture could not be made. The painting stays.',
    )
    expect(
      pictureLine({ ...image, state: 'failed', notice: 'The provider took too long.' }, 'approved', 0).text,
    ).toBe('The provider took too long.')
    expect(pictureLine({ ...image, state: 'capped' }, 'approved', 0).text).toMatch(/limit/)
    expect(pictureLine({ ...image, state: 'cancelled' }, 'approved', 0)).toMatchObject({ tone: 'quiet' })
  })
  it('draws the painting stand-in from its own palette, ignoring anything that is not a colour', () => {
    expect(paletteGradient(['#112233', 'red;x', '#445566'])).toBe(
      'linear-gradient(180deg, #112233 0%, #445566 100%)',
    )
    expect(paletteGradient([])).toMatch(/^linear-gradient/)
  })
})

describe('AI panel labels', () => {
  it('names the mode and the provider host', () => {
    expect(modeLabel(status({ mode: 'local', provider: null }))).toBe('Local: nothing leaves this computer')
    expect(modeLabel(status())).toBe('Cloud: ai.clinic.lan')
  })
  it('says in one line why a capability runs locally', () => {
    const i = info()
    expect(capabilityLine('images', i)).toEqual({ state: 'On', allowed: true, why: null })
    expect(capabilityLine('text', i).why).toBe('Runs locally: no consent from this client.')
    expect(capabilityLine('speech', i).why).toMatch(/does not offer it/)
    expect(capabilityLine('transcription', i).why).toMatch(/switched off/)
    const local = info({ status: status({ mode: 'local' }), allowed: { ...i.allowed, images: false } })
    expect(capabilityLine('images', local).why).toBe('Runs locally: Stillroom is in local mode.')
    expect(capabilityLine('moderation', i).state).toBe('Checking…')
  })
  it('names clinic mode as the clinic’s own server, and says when a clinic-only consent keeps a call local', () => {
    expect(modeLabel(status({ mode: 'clinic' }))).toBe('Clinic: ai.clinic.lan, on the clinic’s network')
    expect(modeDetail(status({ mode: 'clinic' }))).toMatch(/nothing leaves the clinic’s network/)
    const i = info()
    const clinicOnly = { ...i.consent!, where: 'clinic' as const }
    const cloud = info({ consent: clinicOnly, allowed: { ...i.allowed, images: false } })
    expect(capabilityLine('images', cloud).why).toBe(
      'Runs locally: the client agreed to the clinic’s own server only, not a cloud provider.',
    )
    expect(consentLine({ ...clinicOnly, at: '2026-11-29T10:00:00.000Z' }, 'UTC')).toMatch(
      /, on the clinic’s own server\.$/,
    )
  })
  it('explains the mode and each recent outcome in words', () => {
    expect(modeDetail(status({ mode: 'local' }))).toMatch(/on this computer/)
    expect(modeDetail(status())).toMatch(/Only what is marked Cloud/)
    expect(noticeText({ outcome: 'ok', notice: null })).toBe('sent and answered.')
    expect(noticeText({ outcome: 'rate_limited', notice: null })).toBe('rate limited')
    expect(noticeText({ outcome: 'timeout', notice: 'The provider took too long.' })).toBe(
      'The provider took too long.',
    )
  })
  it('shows caps and consent plainly', () => {
    expect(capLine({ used: 3, cap: 10 })).toBe('3 of 10')
    expect(capLine({ used: 10, cap: 10 })).toBe('none left (10 of 10)')
    expect(capLine({ used: 0, cap: 0 })).toBe('none allowed')
    const line = consentLine(
      {
        capabilities: ['images', 'speech', 'text'],
        givenBy: 'guardian',
        recordedBy: 'u',
        at: '2026-11-29T10:00:00Z',
      },
      'UTC',
    )
    expect(line).toBe(
      'Given by the guardian on 29 Nov 2026 for pictures, spoken voice and reading the words.',
    )
  })
})

describe('picture feed', () => {
  const tick = () => new Promise((r) => setTimeout(r, 0))
  function setup(load: (file: string) => Promise<THREE.Texture | null>) {
    let entries: PictureEntries = []
    const listeners = new Set<() => void>()
    const board = createPictureBoard()
    const loads: string[] = []
    const stop = startPictureFeed({
      board,
      entries: () => entries,
      subscribe: (l) => {
        listeners.add(l)
        return () => listeners.delete(l)
      },
      load: (file) => {
        loads.push(file)
        return load(file)
      },
      now: () => 42,
      retryMs: 1,
    })
    const push = (next: PictureEntries) => {
      entries = next
      for (const l of listeners) l()
    }
    return { board, loads, stop, push }
  }
  const entry = (id: string, image?: { state: string; file?: string }, state = 'approved') => ({
    artwork: { id },
    state,
    ...(image ? { image } : {}),
  })

  it('cue while painting, fetch once when ready, texture handed to the board, cue off', async () => {
    const texture = new THREE.Texture()
    const f = setup(async () => texture)
    f.push([entry('a', { state: 'painting' }), entry('p', { state: 'painting' }, 'pending')])
    expect(f.board.get('a')?.cue).toBe(true)
    expect(f.board.get('p')).toBeUndefined() // never for what the headset does not show
    f.push([entry('a', { state: 'ready', file: 'a.png' })])
    expect(f.board.get('a')).toMatchObject({ cue: true, loading: true, loadingSince: 42 })
    f.push([entry('a', { state: 'ready', file: 'a.png' })])
    await tick()
    expect(f.loads).toEqual(['a.png'])
    expect(f.board.get('a')).toMatchObject({ cue: false, loading: false, texture })
    f.stop()
  })

  it('a failure or an unreadable picture only ends the cue: no texture, retried a few times', async () => {
    const f = setup(async () => null)
    f.push([entry('a', { state: 'painting' }), entry('b', { state: 'painting' })])
    f.push([entry('a', { state: 'failed' }), entry('b', { state: 'ready', file: 'b.png' })])
    expect(f.board.get('a')?.cue).toBe(false)
    for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 5))
    expect(f.loads).toEqual(['b.png', 'b.png', 'b.png'])
    expect(f.board.get('b')).toMatchObject({ cue: false, loading: false, texture: null })
    f.stop()
  })

  it('forgets (and frees) pictures of artworks no longer shown, and everything when stopped', async () => {
    const textures = [new THREE.Texture(), new THREE.Texture()]
    let disposed = 0
    for (const t of textures) t.addEventListener('dispose', () => disposed++)
    let n = 0
    const f = setup(async () => textures[n++]!)
    f.push([entry('a', { state: 'ready', file: 'a.png' }), entry('b', { state: 'ready', file: 'b.png' })])
    await tick()
    f.push([entry('b', { state: 'ready', file: 'b.png' })])
    expect(f.board.ids()).toEqual(['b'])
    expect(disposed).toBe(1)
    f.stop()
    expect(disposed).toBe(2)
  })
})
