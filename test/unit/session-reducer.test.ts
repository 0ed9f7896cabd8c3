import { describe, expect, it } from 'vitest'
import type { Artwork } from '../../src/shared/artwork'
import {
  CommandSchema,
  HEADSET_COMMANDS,
  SERVER_COMMANDS,
  THERAPIST_COMMANDS,
  canSend,
} from '../../src/shared/session/commands'
import type { Command } from '../../src/shared/session/commands'
import {
  applyCommand,
  checkCommand,
  commandForHeadset,
  exerciseElapsedMs,
  freeSlot,
  visibleArtworks,
} from '../../src/shared/session/reducer'
import {
  MAX_SLOTS,
  SessionStateSchema,
  createSessionState,
  stateForHeadset,
} from '../../src/shared/session/state'
import type { SessionState } from '../../src/shared/session/state'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/spec'

const T0 = 1_700_000_000_000
const fresh = (approval: 'clinical' | 'open' = 'clinical') =>
  createSessionState({ id: 's1', clientId: 'c1', clientAlias: 'River', therapistId: 'u1', approval, now: T0 })

let nextId = 0
function artwork(held = false, text = 'a quiet beach'): Artwork {
  return {
    id: `a${++nextId}`,
    text,
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
/** Applies commands in order, checking each is schema-valid and allowed by checkCommand, and the state stays valid. */
function run(state: SessionState, ...commands: Command[]): SessionState {
  let s = state
  for (const [i, c] of commands.entries()) {
    expect(CommandSchema.parse(c)).toEqual(c)
    expect(checkCommand(s, c)).toBeNull()
    const next = applyCommand(s, c, T0 + (i + 1) * 1000)
    expect(next.seq).toBe(s.seq + 1)
    SessionStateSchema.parse(next)
    s = next
  }
  return s
}
const add = (a: Artwork, from: 'client' | 'therapist' = 'client'): Command => ({
  type: 'artwork-add',
  artwork: a,
  reasons: a.spec.safety.reasons,
  from,
})

describe('createSessionState', () => {
  it('starts waiting, clinical, in the quiet default scene, valid by its own schema', () => {
    const s = fresh()
    expect(SessionStateSchema.parse(s)).toEqual(s)
    expect(s).toMatchObject({
      seq: 0,
      phase: 'waiting',
      approval: 'clinical',
      view: 'gallery',
      breakEveryMin: 20,
    })
    expect(s.spec).toEqual(DEFAULT_SCENE_SPEC)
  })
})

describe('applyCommand: steering', () => {
  it('set-view and set-scene change only what they name, and are marked as events', () => {
    const s = run(
      fresh(),
      { type: 'set-view', view: 'landscape' },
      { type: 'set-scene', biome: 'forest', weather: 'rain' },
    )
    expect(s.view).toBe('landscape')
    expect(s.spec).toMatchObject({
      biome: 'forest',
      weather: 'rain',
      timeOfDay: DEFAULT_SCENE_SPEC.timeOfDay,
    })
    expect(s.events.map((e) => e.kind)).toEqual(['view', 'scene'])
    expect(s.events[1]?.label).toBe('forest, rain')
  })

  it('set-brightness and set-sound (layers merge)', () => {
    const s = run(
      fresh(),
      { type: 'set-brightness', value: 0.6 },
      { type: 'set-sound', layers: { waves: 0.5, birds: 0.2 } },
      { type: 'set-sound', master: 0.3, layers: { birds: 0 } },
      { type: 'set-sound', muted: true },
    )
    expect(s.brightness).toBe(0.6)
    expect(s.sound).toEqual({ master: 0.3, muted: true, layers: { waves: 0.5, birds: 0 } })
  })

  it('narrate counts lines so the same words can be said twice', () => {
    const s = run(fresh(), { type: 'narrate', text: 'Breathe in' }, { type: 'narrate', text: 'Breathe in' })
    expect(s.narration).toEqual({ n: 2, text: 'Breathe in', at: T0 + 2000 })
  })

  it('exercise-start, -pace (no jump in progress) and -stop', () => {
    let s = run(fresh(), { type: 'exercise-start', id: 'breathing-box', options: { side: 4 } })
    expect(s.exercise).toMatchObject({ id: 'breathing-box', startedAt: T0 + 1000, timeScale: 1, baseMs: 0 })
    const e1 = s.exercise!
    expect(exerciseElapsedMs(e1, T0 + 5000)).toBe(4000)
    s = applyCommand(s, { type: 'exercise-pace', timeScale: 0.5 }, T0 + 5000)
    expect(exerciseElapsedMs(s.exercise!, T0 + 5000)).toBe(4000)
    expect(exerciseElapsedMs(s.exercise!, T0 + 7000)).toBe(5000)
    s = applyCommand(s, { type: 'exercise-stop' }, T0 + 8000)
    expect(s.exercise).toBeNull()
    expect(checkCommand(s, { type: 'exercise-pace', timeScale: 1 })?.code).toBe('bad-command')
  })

  it('pause, resume, end', () => {
    let s = run(fresh(), { type: 'headset-paired' })
    expect(s.phase).toBe('active')
    s = run(s, { type: 'pause' })
    expect(s.phase).toBe('paused')
    s = run(s, { type: 'resume' })
    expect(s.phase).toBe('active')
    expect(checkCommand(s, { type: 'resume' })?.code).toBe('bad-command')
    s = run(s, { type: 'end' })
    expect(s.phase).toBe('ended')
    expect(checkCommand(s, { type: 'narrate', text: 'hi' })).toMatchObject({
      code: 'bad-command',
      message: /ended/,
    })
  })

  it('set-approval and set-suds-scale', () => {
    const s = run(fresh(), { type: 'set-approval', approval: 'open' }, { type: 'set-suds-scale', scale: 100 })
    expect(s.approval).toBe('open')
    expect(s.suds.scale).toBe(100)
  })

  it('set-language: the client language, absent (English) in a fresh session', () => {
    expect(fresh().language).toBeUndefined()
    expect(run(fresh(), { type: 'set-language', language: 'fr' }).language).toBe('fr')
  })

  it('describe and edit are requests: the reducer leaves the state alone but counts them', () => {
    const s0 = fresh()
    const s1 = applyCommand(s0, { type: 'describe', text: 'a beach' }, T0)
    expect({ ...s1, seq: 0 }).toEqual(s0)
    expect(s1.seq).toBe(1)
  })
})

describe('applyCommand: artworks and approval', () => {
  it("clinical: the client's new artworks wait as pending; approve gives the lowest free slot", () => {
    const a = artwork()
    const b = artwork()
    let s = run(fresh(), add(a), add(b))
    expect(s.artworks.map((e) => [e.state, e.slot, e.from])).toEqual([
      ['pending', null, 'client'],
      ['pending', null, 'client'],
    ])
    s = run(s, { type: 'approve', artworkId: b.id }, { type: 'approve', artworkId: a.id })
    expect(s.artworks.map((e) => [e.artwork.id, e.state, e.slot])).toEqual([
      [a.id, 'approved', 1],
      [b.id, 'approved', 0],
    ])
    expect(checkCommand(s, { type: 'approve', artworkId: a.id })?.code).toBe('bad-command')
    expect(checkCommand(s, { type: 'approve', artworkId: 'nope' })?.code).toBe('not-found')
  })

  it("clinical: the therapist's own words hang at once, unless they are held", () => {
    const mine = artwork()
    const heldMine = artwork(true, 'a fight')
    const theirs = artwork()
    const s = run(fresh(), add(mine, 'therapist'), add(heldMine, 'therapist'), add(theirs))
    expect(s.artworks.map((e) => [e.state, e.slot, e.from])).toEqual([
      ['approved', 0, 'therapist'],
      ['held', null, 'therapist'],
      ['pending', null, 'client'],
    ])
  })

  it('open: shown at once — except held words, which always wait', () => {
    const a = artwork()
    const h = artwork(true, 'a fight')
    const s = run(fresh('open'), add(a), add(h))
    expect(s.artworks.map((e) => [e.state, e.slot])).toEqual([
      ['approved', 0],
      ['held', null],
    ])
    expect(s.artworks[1]?.reasons).toEqual(['violence: "fight"'])
  })

  it('edit replaces the pending entry (artwork-add with replaces); discard keeps it as discarded', () => {
    const a = artwork()
    const b = artwork(false, 'a calmer beach')
    const c = artwork()
    let s = run(fresh(), add(a))
    expect(checkCommand(s, { type: 'edit', artworkId: a.id, text: 'x' })).toBeNull()
    s = run(s, { ...add(b), replaces: a.id } as Command, add(c), { type: 'discard', artworkId: c.id })
    expect(s.artworks.map((e) => [e.artwork.id, e.state])).toEqual([
      [b.id, 'pending'],
      [c.id, 'discarded'],
    ])
    expect(checkCommand(s, { type: 'discard', artworkId: c.id })?.code).toBe('bad-command')
    expect(checkCommand(s, add(b))?.message).toMatch(/already/)
    expect(checkCommand(s, { ...add(artwork()), replaces: 'gone' } as Command)?.code).toBe('not-found')
  })

  it('move swaps with the occupant so slots stay unique; remove takes it off the wall', () => {
    const [a, b, c] = [artwork(), artwork(), artwork()]
    let s = run(fresh('open'), add(a), add(b), add(c))
    s = run(s, { type: 'move', artworkId: a.id, slot: 2 })
    expect(s.artworks.map((e) => e.slot)).toEqual([2, 1, 0])
    s = run(s, { type: 'move', artworkId: b.id, slot: 40 })
    expect(s.artworks.map((e) => e.slot)).toEqual([2, 40, 0])
    s = run(s, { type: 'remove', artworkId: c.id })
    expect(s.artworks.map((e) => e.artwork.id)).toEqual([a.id, b.id])
    expect(freeSlot(s)).toBe(0)
    const pending = run(fresh(), add(artwork()))
    expect(checkCommand(pending, { type: 'remove', artworkId: pending.artworks[0]!.artwork.id })?.code).toBe(
      'bad-command',
    )
  })

  it('refuses approval when every slot is taken', () => {
    let s = fresh('open')
    for (let i = 0; i < MAX_SLOTS; i++) s = applyCommand(s, add(artwork()), T0)
    s = applyCommand(s, { type: 'set-approval', approval: 'clinical' }, T0)
    s = applyCommand(s, add(artwork()), T0)
    const last = s.artworks.at(-1)!
    expect(last.state).toBe('pending')
    expect(checkCommand(s, { type: 'approve', artworkId: last.artwork.id })?.message).toMatch(/wall place/)
  })
})

describe('applyCommand: safe place and SUDS', () => {
  it('safe-place-save remembers scene, view, shown artworks, sound and cue word; go brings it back softly', () => {
    const a = artwork()
    let s = run(
      fresh('open'),
      { type: 'set-scene', biome: 'meadow' },
      { type: 'set-sound', master: 0.5, layers: { birds: 0.4 } },
      add(a),
      { type: 'safe-place-save', cueWord: '  meadow  ' },
      { type: 'set-scene', biome: 'snow', weather: 'storm' },
      { type: 'set-sound', master: 1 },
      { type: 'exercise-start', id: 'breathing-resonance' },
      add(artwork()),
    )
    s = run(s, { type: 'safe-place-go' })
    expect(s.spec.biome).toBe('meadow')
    const goAt = s.events.at(-1)?.at
    expect(s.sound.master).toBeCloseTo(0.3)
    expect(s.sound.layers).toEqual({ birds: 0.4 })
    expect(s.exercise).toBeNull()
    expect(s.safePlace.saved?.cueWord).toBe('meadow')
    expect(s.safePlace.activeSince).toBe(goAt)
    expect(s.events.at(-1)?.kind).toBe('safe-place')
    expect(visibleArtworks(s).map((e) => e.artwork.id)).toEqual([a.id])
    s = run(s, { type: 'set-view', view: 'landscape' })
    expect(s.safePlace.activeSince).toBeNull()
    expect(visibleArtworks(s)).toHaveLength(2)
  })

  it('a safe place saved while walking the timeline is the calm gallery, never the timeline', () => {
    const s = run(
      fresh('open'),
      { type: 'set-view', view: 'timeline' },
      { type: 'safe-place-save', cueWord: '' },
    )
    expect(s.view).toBe('timeline')
    expect(s.safePlace.saved?.view).toBe('gallery')
    expect(run(s, { type: 'safe-place-go' }).view).toBe('gallery')
  })

  it('safe-place-go without a saved place goes to the calm default scene; it also ends a pause', () => {
    const s = run(
      fresh(),
      { type: 'headset-paired' },
      { type: 'set-scene', biome: 'desert' },
      { type: 'pause' },
      { type: 'safe-place-go' },
    )
    expect(s.spec).toEqual(DEFAULT_SCENE_SPEC)
    expect(s.phase).toBe('active')
  })

  it('suds-request numbers requests; an answer is recorded with its request and clears it', () => {
    let s = run(fresh(), { type: 'suds-request' })
    expect(s.suds.request).toEqual({ n: 1, at: T0 + 1000 })
    s = run(s, { type: 'suds-answer', value: 7 })
    expect(s.suds.request).toBeNull()
    expect(s.suds.ratings).toEqual([{ value: 7, at: T0 + 1000, n: 1 }])
    s = run(s, { type: 'suds-request' })
    expect(s.suds.request?.n).toBe(2)
    expect(checkCommand(s, { type: 'suds-answer', value: 11 })?.message).toMatch(/0 and 10/)
    s = run(s, { type: 'set-suds-scale', scale: 100 }, { type: 'suds-answer', value: 55 })
    expect(s.suds.ratings.at(-1)).toMatchObject({ value: 55, n: 2 })
    expect(s.events.filter((e) => e.kind === 'suds-request')).toHaveLength(2)
  })
})

describe('headset view', () => {
  it('stateForHeadset drops pending, held and discarded artworks, reasons and events', () => {
    const [a, b, h] = [artwork(), artwork(), artwork(true, 'a fight')]
    let s = run(
      fresh(),
      add(a),
      add(b),
      add(h),
      { type: 'approve', artworkId: a.id },
      { type: 'approve', artworkId: h.id },
    )
    s = run(s, { type: 'discard', artworkId: b.id })
    const view = stateForHeadset(s)
    expect(view.artworks.map((e) => e.artwork.id)).toEqual([a.id, h.id])
    expect(JSON.stringify(view)).not.toContain('violence')
    expect(
      view.artworks.every(
        (e) => e.reasons.length === 0 && !e.artwork.spec.safety.held && e.artwork.status === 'shown',
      ),
    ).toBe(true)
    expect(view.events).toEqual([])
    SessionStateSchema.parse(view)
  })

  it('commandForHeadset: approvals become artwork-show, hidden commands become noop, the rest pass', () => {
    const a = artwork()
    const s0 = fresh()
    const s1 = applyCommand(s0, add(a), T0)
    expect(commandForHeadset(add(a), s0, s1)).toEqual({ type: 'noop' })
    const approve: Command = { type: 'approve', artworkId: a.id }
    const s2 = applyCommand(s1, approve, T0)
    const shown = commandForHeadset(approve, s1, s2)
    expect(shown).toMatchObject({ type: 'artwork-show', slot: 0 })
    const open = fresh('open')
    const o1 = applyCommand(open, add(a), T0)
    expect(commandForHeadset(add(a), open, o1)).toMatchObject({ type: 'artwork-show', slot: 0 })
    for (const c of [
      { type: 'describe', text: 'x' },
      { type: 'discard', artworkId: 'x' },
      { type: 'set-approval', approval: 'open' },
    ] as Command[]) {
      expect(commandForHeadset(c, s0, s0)).toEqual({ type: 'noop' })
    }
    const narrate: Command = { type: 'narrate', text: 'hello' }
    expect(commandForHeadset(narrate, s0, s0)).toBe(narrate)
  })

  it('the headset, applying only what it receives, ends up with the headset view of the server state', () => {
    const [a, b, h] = [artwork(), artwork(), artwork(true)]
    const commands: Command[] = [
      { type: 'headset-paired' },
      add(a),
      add(h),
      { type: 'set-scene', biome: 'forest' },
      { type: 'approve', artworkId: a.id },
      { type: 'set-approval', approval: 'open' },
      add(b),
      { type: 'move', artworkId: b.id, slot: 5 },
      { type: 'move', artworkId: a.id, slot: 5 },
      { type: 'discard', artworkId: h.id },
      { type: 'suds-request' },
      { type: 'suds-answer', value: 3 },
      { type: 'safe-place-save', cueWord: 'forest' },
      { type: 'remove', artworkId: a.id },
      { type: 'safe-place-go' },
    ]
    let server = fresh()
    let headset = stateForHeadset(server)
    for (const [i, c] of commands.entries()) {
      const at = T0 + i
      const next = applyCommand(server, c, at)
      headset = applyCommand(headset, commandForHeadset(c, server, next), at)
      server = next
      const expected = stateForHeadset(server)
      expect({ ...headset, events: [], approval: expected.approval }).toEqual(expected)
    }
    expect(headset.seq).toBe(commands.length)
  })
})

describe('roles', () => {
  it('a headset may send only its answers, words and refinements; a therapist every steering command; nobody the server ones', () => {
    // Refinement: the client may refine and pick versions of what is shown, like the therapist.
    const shared = ['describe', 'refine', 'pick-version', 'compare-versions']
    expect([...HEADSET_COMMANDS].sort()).toEqual([
      'compare-versions',
      'describe',
      'pick-version',
      'refine',
      'suds-answer',
    ])
    for (const type of THERAPIST_COMMANDS) {
      expect(canSend('therapist', { type })).toBe(true)
      expect(canSend('headset', { type })).toBe(shared.includes(type))
    }
    for (const type of SERVER_COMMANDS) {
      expect(canSend('therapist', { type })).toBe(false)
      expect(canSend('headset', { type })).toBe(false)
    }
    expect(canSend('therapist', { type: 'suds-answer' })).toBe(false)
  })

  it('every command type of the schema has exactly one owner', () => {
    const all = [
      ...THERAPIST_COMMANDS,
      ...HEADSET_COMMANDS.filter((t) => t === 'suds-answer'),
      ...SERVER_COMMANDS,
    ]
    expect(new Set(all).size).toBe(all.length)
    expect(all.sort()).toEqual([...CommandSchema.options.map((o) => o.shape.type.value)].sort())
  })
})
