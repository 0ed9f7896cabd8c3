import { describe, expect, it } from 'vitest'
import { makeArtwork, screenArtwork } from '../../src/server/relay/hub-artwork'
import { interpret } from '../../src/shared/interpret'
import type { Command } from '../../src/shared/session/commands'
import { applyCommand } from '../../src/shared/session/reducer'
import { createSessionState } from '../../src/shared/session/state'

const logged: string[] = []
const deps = {
  interpret,
  now: () => Date.UTC(2026, 10, 1),
  createId: () => 'art-1',
  log: (m: string) => logged.push(m),
}
const state = applyCommand(
  createSessionState({ id: 's1', clientId: 'c1', clientAlias: 'Robin', therapistId: 't1', now: 0 }),
  { type: 'headset-paired' },
  1,
)

function added(text: string) {
  const made = makeArtwork(deps, state, 'headset', { type: 'describe', text })
  if (!made.ok || made.command.type !== 'artwork-add') throw new Error(`not made: ${JSON.stringify(made)}`)
  return made.command
}
const held = (c: Command) => (c.type === 'artwork-add' ? c.artwork.status === 'held' : undefined)

describe('hub artwork: words to a screened artwork', () => {
  it('makes a shown artwork of calm words, from the client, seeded by its words', () => {
    const add = added('a quiet beach at sunset')
    expect(add).toMatchObject({ from: 'client', artwork: { id: 'art-1', status: 'shown' } })
    expect(add.reasons).toEqual([])
  })

  it('refuses empty words plainly', () => {
    const made = makeArtwork(deps, state, 'headset', { type: 'describe', text: '   ' })
    expect(made).toMatchObject({ ok: false, code: 'bad-command' })
  })

  it('a screen adds a hold with its reasons; one that breaks or finds nothing changes nothing', async () => {
    const add = added('a quiet beach at sunset')
    const clear = await screenArtwork(deps, [async () => ({ hold: [] })], state, add)
    expect(clear).toBe(add)
    logged.length = 0
    const broken = await screenArtwork(
      deps,
      [
        async () => {
          throw new Error('network down')
        },
      ],
      state,
      add,
    )
    expect(broken).toBe(add)
    expect(logged).toEqual(['screen failed'])
    const flagged = await screenArtwork(
      deps,
      [async () => ({ hold: [] }), async () => ({ hold: ['moderation: harassment'] })],
      state,
      add,
    )
    expect(held(flagged)).toBe(true)
    if (flagged.type !== 'artwork-add') throw new Error('unreachable')
    expect(flagged.reasons).toEqual(['moderation: harassment'])
    expect(flagged.artwork.spec.safety).toMatchObject({ held: true, reasons: ['moderation: harassment'] })
    expect(held(add)).toBe(false) // the original is not changed
  })

  it('a screen never clears the local hold', async () => {
    const add = added('a fight with a knife')
    expect(held(add)).toBe(true)
    const after = await screenArtwork(deps, [async () => ({ hold: [] })], state, add)
    expect(held(after)).toBe(true)
    expect(add.reasons.length).toBeGreaterThan(0)
  })
})
