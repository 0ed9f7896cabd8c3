import { describe, expect, it } from 'vitest'
import type { Artwork } from '../../src/shared/artwork'
import { CommandSchema, canSend } from '../../src/shared/session/commands'
import { applyCommand, checkCommand, commandForHeadset, findEntry } from '../../src/shared/session/reducer'
import { SessionStateSchema, createSessionState } from '../../src/shared/session/state'
import type { SessionState } from '../../src/shared/session/state'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/spec'

// `artwork-spec` (the interpretation upgrade): the model's richer spec replaces the local one, but the local
// safety result and the seed always stay, a hand-made version is never overwritten, and the headset hears of it only
// for a shown artwork, without safety notes.

const T0 = 1_700_000_000_000
const RICHER = { ...DEFAULT_SCENE_SPEC, motifs: ['slow waves', 'gulls far away'], title: 'Evening tide' }

function artwork(id: string, held = false): Artwork {
  return {
    id,
    text: 'a quiet beach',
    createdAt: new Date(T0).toISOString(),
    spec: {
      ...DEFAULT_SCENE_SPEC,
      safety: held ? { held: true, reasons: ['violence'], mentioned: ['gun'] } : DEFAULT_SCENE_SPEC.safety,
    },
    seed: 7,
    status: held ? 'held' : 'shown',
  }
}

function withArtworks(approval: 'open' | 'clinical', ...items: Artwork[]): SessionState {
  let s = createSessionState({
    id: 's1',
    clientId: 'c1',
    clientAlias: 'River',
    therapistId: 'u1',
    approval,
    now: T0,
  })
  for (const a of items)
    s = applyCommand(s, { type: 'artwork-add', artwork: a, reasons: [], from: 'client' }, T0)
  return s
}

describe('artwork-spec', () => {
  it('is a server command: neither the therapist nor the headset may send it', () => {
    const c = CommandSchema.parse({ type: 'artwork-spec', artworkId: 'a1', spec: RICHER })
    expect(canSend('therapist', c)).toBe(false)
    expect(canSend('headset', c)).toBe(false)
  })

  it('takes the detail, keeps the seed and the local safety result, whatever the command carries', () => {
    const s = withArtworks('open', artwork('a1', true))
    const cleared = { ...RICHER, safety: { held: false, reasons: [], mentioned: [] } }
    const after = applyCommand(s, { type: 'artwork-spec', artworkId: 'a1', spec: cleared }, T0 + 1)
    const entry = findEntry(after, 'a1')!
    expect(entry.artwork.spec.motifs).toEqual(RICHER.motifs)
    expect(entry.artwork.spec.safety).toEqual({ held: true, reasons: ['violence'], mentioned: ['gun'] })
    expect(entry.state).toBe('held')
    expect(entry.artwork.seed).toBe(7)
    expect(SessionStateSchema.safeParse(after).success).toBe(true)
  })

  it('reaches the headset only for a shown artwork, with neutral safety', () => {
    const s = withArtworks('clinical', artwork('pending'))
    const command = { type: 'artwork-spec' as const, artworkId: 'pending', spec: RICHER }
    const after = applyCommand(s, command, T0 + 1)
    expect(commandForHeadset(command, s, after).type).toBe('noop')
    const open = withArtworks('open', artwork('shown'))
    const shownCommand = { ...command, artworkId: 'shown' }
    const next = applyCommand(open, shownCommand, T0 + 1)
    const heard = commandForHeadset(shownCommand, open, next)
    expect(heard.type).toBe('artwork-spec')
    expect(heard.type === 'artwork-spec' && heard.spec.motifs).toEqual(RICHER.motifs)
    expect(heard.type === 'artwork-spec' && heard.spec.safety.held).toBe(false)
  })

  it('an unknown artwork is refused; a refined-by-hand artwork keeps its version', () => {
    const s = withArtworks('open', artwork('a1'))
    expect(checkCommand(s, { type: 'artwork-spec', artworkId: 'nope', spec: RICHER })?.code).toBe('not-found')
    const refined = {
      ...s,
      artworks: s.artworks.map((e) => ({
        ...e,
        versions: [
          { id: 'a1', artwork: e.artwork, state: 'approved' as const, from: 'client' as const, reasons: [] },
        ],
      })),
    }
    const after = applyCommand(refined, { type: 'artwork-spec', artworkId: 'a1', spec: RICHER }, T0 + 1)
    expect(findEntry(after, 'a1')!.artwork.spec.motifs).toEqual(DEFAULT_SCENE_SPEC.motifs)
  })
})
