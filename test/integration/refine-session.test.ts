import { describe, expect, it } from 'vitest'
import { interpret } from '../../src/shared/interpret'
import { msg } from '../../src/shared/session/protocol'
import type { ServerMessage } from '../../src/shared/session/protocol'
import { applyCommand } from '../../src/shared/session/reducer'
import type { SessionState } from '../../src/shared/session/state'
import { createSessionFixture } from './session-helpers'
import type { LiveSession } from './session-helpers'

// Refinement over real sockets, with the real local interpreter (words are merged, so they must be read).
const env = createSessionFixture('stillroom-refine-', { interpret })

function follow(state: SessionState, messages: ServerMessage[]): SessionState {
  let s = state
  for (const m of messages) if (m.type === 'applied' && m.seq > s.seq) s = applyCommand(s, m.command, m.at)
  return s
}

/** A shown artwork: described by the therapist (so it hangs in either mode after approval). */
async function hang(l: LiveSession, text: string) {
  l.consoleWs.send(msg.command('d', { type: 'describe', text }))
  const added = await l.consoleWs.next('applied', (m) => m.command.type === 'artwork-add')
  if (added.command.type !== 'artwork-add') throw new Error('unreachable')
  const id = added.command.artwork.id
  l.consoleWs.send(msg.command('a', { type: 'approve', artworkId: id }))
  await l.headset.next('applied', (m) => m.command.type === 'artwork-show')
  return id
}

describe('refinement over the session socket', () => {
  it('refines by choice and by words from the headset, and both sides pick versions', async () => {
    const l = await env.live('rita', 'open')
    const id = await hang(l, 'a quiet beach at sunset')
    l.headset.send(msg.command('h1', { type: 'refine', artworkId: id, choice: 'calmer' }))
    const v1 = await l.headset.next('applied', (m) => m.command.type === 'artwork-version')
    if (v1.command.type !== 'artwork-version') throw new Error('unreachable')
    expect(v1.command.version).toMatchObject({ state: 'approved', from: 'client', choice: 'calmer' })
    l.headset.send(
      msg.command('h2', { type: 'refine', artworkId: id, text: 'a little more sky, with birds' }),
    )
    const v2 = await l.consoleWs.next(
      'applied',
      (m) => m.command.type === 'artwork-version' && m.seq > v1.seq,
    )
    if (v2.command.type !== 'artwork-version') throw new Error('unreachable')
    expect(v2.command.version.artwork.spec.motifs).toContain('birds')
    expect(v2.command.version.words).toBe('a little more sky, with birds')
    // The headset goes back to the original; the console sees the same.
    l.headset.send(msg.command('h3', { type: 'pick-version', artworkId: id, versionId: id }))
    await l.headset.next('ack', (m) => m.id === 'h3')
    l.consoleWs.send(
      msg.command('c1', { type: 'pick-version', artworkId: id, versionId: v1.command.version.id }),
    )
    const ack = await l.consoleWs.next('ack', (m) => m.id === 'c1')
    await l.headset.next('applied', (m) => m.seq === ack.seq)
    const cs = follow(l.cWelcome.state, l.consoleWs.messages)
    const hs = follow(l.hWelcome.state, l.headset.messages)
    const entry = cs.artworks.find((e) => e.artwork.id === id)!
    expect(entry.versions).toHaveLength(3)
    expect(entry.current).toBe(v1.command.version.id)
    expect(hs.artworks.find((e) => e.artwork.id === id)!.artwork.spec).toEqual(entry.artwork.spec)
    // What the server keeps is what everyone followed.
    const stored = await env.server.storage.sessions!.getSession(l.sessionId)
    expect(stored?.state.artworks.find((e) => e.artwork.id === id)?.current).toBe(v1.command.version.id)
  })

  it('bad ids, removed artworks and empty requests get a clear error and change nothing', async () => {
    const l = await env.live('sam', 'open')
    const id = await hang(l, 'a meadow in the morning')
    const seq = follow(l.cWelcome.state, l.consoleWs.messages).seq
    const errors: string[] = []
    const ask = async (msgId: string, command: Record<string, unknown>, from = l.headset) => {
      from.send(msg.command(msgId, command as never))
      const e = await from.next('error', (m) => m.id === msgId)
      errors.push(e.message)
      return e
    }
    expect((await ask('b1', { type: 'refine', artworkId: 'nope', choice: 'calmer' })).code).toBe('not-found')
    expect((await ask('b2', { type: 'pick-version', artworkId: id, versionId: 'nope' })).code).toBe(
      'not-found',
    )
    await ask('b3', { type: 'refine', artworkId: id, choice: 'louder' })
    await ask('b4', { type: 'refine', artworkId: id })
    l.consoleWs.send(msg.command('r', { type: 'remove', artworkId: id }))
    await l.consoleWs.next('ack', (m) => m.id === 'r')
    await ask('b5', { type: 'refine', artworkId: id, choice: 'warmer' }, l.consoleWs)
    expect(errors.every((m) => m.length > 10)).toBe(true)
    expect(errors[4]).toMatch(/no artwork/i)
    const state = follow(l.cWelcome.state, l.consoleWs.messages)
    expect(state.seq).toBe(seq + 1) // only the removal was applied
  })

  it('held words in a refinement wait for the therapist and never reach the headset', async () => {
    const l = await env.live('uma', 'open')
    const id = await hang(l, 'a quiet lake at dawn')
    l.headset.send(msg.command('h1', { type: 'refine', artworkId: id, text: 'with a soldier holding a gun' }))
    const ack = await l.headset.next('ack', (m) => m.id === 'h1')
    const applied = await l.consoleWs.next('applied', (m) => m.seq === ack.seq)
    if (applied.command.type !== 'artwork-version') throw new Error('unreachable')
    expect(applied.command.version.state).toBe('held')
    expect(applied.command.version.reasons.join(' ')).toMatch(/weapon|violence|war/)
    expect((await l.headset.next('applied', (m) => m.seq === ack.seq)).command).toEqual({ type: 'noop' })
    // The headset cannot pick what it cannot see.
    l.headset.send(
      msg.command('h2', { type: 'pick-version', artworkId: id, versionId: applied.command.version.id }),
    )
    expect((await l.headset.next('error', (m) => m.id === 'h2')).code).toBe('not-found')
    const everything = JSON.stringify(l.headset.messages)
    expect(everything).not.toContain('soldier')
    expect(everything).not.toContain('gun')
  })

  it("clinical mode: the client's words wait for approval; a quick choice hangs at once", async () => {
    const l = await env.live('vera', 'clinical')
    const id = await hang(l, 'a garden in the afternoon')
    l.headset.send(msg.command('h1', { type: 'refine', artworkId: id, text: 'add a fountain' }))
    const a1 = await l.headset.next('ack', (m) => m.id === 'h1')
    const pending = await l.consoleWs.next('applied', (m) => m.seq === a1.seq)
    if (pending.command.type !== 'artwork-version') throw new Error('unreachable')
    expect(pending.command.version.state).toBe('pending')
    expect((await l.headset.next('applied', (m) => m.seq === a1.seq)).command).toEqual({ type: 'noop' })
    l.headset.send(msg.command('h2', { type: 'refine', artworkId: id, choice: 'warmer' }))
    const a2 = await l.headset.next('ack', (m) => m.id === 'h2')
    expect((await l.headset.next('applied', (m) => m.seq === a2.seq)).command.type).toBe('artwork-version')
    // The therapist keeps the waiting one: that approves it, and the headset now sees it.
    l.consoleWs.send(
      msg.command('k', { type: 'pick-version', artworkId: id, versionId: pending.command.version.id }),
    )
    const a3 = await l.consoleWs.next('ack', (m) => m.id === 'k')
    const seen = await l.headset.next('applied', (m) => m.seq === a3.seq)
    expect(seen.command).toMatchObject({
      type: 'artwork-version',
      version: { id: pending.command.version.id, state: 'approved' },
    })
    const hs = follow(l.hWelcome.state, l.headset.messages)
    expect(hs.artworks[0]?.current).toBe(pending.command.version.id)
    expect(hs.artworks[0]?.artwork.spec.motifs).toContain('fountain')
  })
})
