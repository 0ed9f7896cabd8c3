import { describe, expect, it } from 'vitest'
import { applyCommand } from '../../src/shared/session/reducer'
import type { SessionState } from '../../src/shared/session/state'
import type { ServerMessage } from '../../src/shared/session/protocol'
import { msg } from '../../src/shared/session/protocol'
import { pair, postSession, seedTherapySession, createSessionFixture } from './session-helpers'

const env = createSessionFixture('stillroom-session-')

/** Mirrors what a real client does: apply each `applied` in order with the shared reducer. */
function follow(state: SessionState, messages: ServerMessage[]): SessionState {
  let s = state
  for (const m of messages) {
    if (m.type !== 'applied' || m.seq <= s.seq) continue
    expect(m.seq).toBe(s.seq + 1)
    s = applyCommand(s, m.command, m.at)
  }
  return s
}

describe('pairing and steering', () => {
  it('pairs with the code, then the console steers and the headset follows in order', async () => {
    const l = await env.live()
    expect(l.hWelcome.role).toBe('headset')
    expect(l.hWelcome.state.phase).toBe('active')
    expect(l.cWelcome.state.id).toBe(l.sessionId)
    await l.consoleWs.next('presence', (m) => m.headset)

    l.consoleWs.send(msg.command('c1', { type: 'set-scene', biome: 'forest', timeOfDay: 'dawn' }))
    const ack = await l.consoleWs.next('ack', (m) => m.id === 'c1')
    const applied = await l.headset.next('applied', (m) => m.seq === ack.seq)
    expect(applied.command).toEqual({ type: 'set-scene', biome: 'forest', timeOfDay: 'dawn' })

    l.consoleWs.send(msg.command('c2', { type: 'set-brightness', value: 0.7 }))
    l.consoleWs.send(msg.command('c3', { type: 'narrate', text: 'Notice your breath.' }))
    await l.headset.next('applied', (m) => m.command.type === 'narrate')
    const hs = follow(l.hWelcome.state, l.headset.messages)
    expect(hs.spec.biome).toBe('forest')
    expect(hs.brightness).toBe(0.7)
    expect(hs.narration?.text).toBe('Notice your breath.')
    // The server's own copy agrees with what both clients computed.
    const stored = (await env.server.storage.sessions!.getSession(l.sessionId))!.state
    expect(follow(l.cWelcome.state, l.consoleWs.messages)).toEqual(stored)
    expect(hs.seq).toBe(stored.seq)
  })

  it('a code works once; a wrong, reused or expired code is refused', async () => {
    const t = await seedTherapySession(env.server, 'ben')
    expect(
      (await env.server.app.inject({ method: 'POST', url: '/api/pair', payload: { code: 'AAAAAA' } }))
        .statusCode,
    ).toBe(404)
    await pair(env.server, t.code.toLowerCase())
    const again = await env.server.app.inject({ method: 'POST', url: '/api/pair', payload: { code: t.code } })
    expect(again.statusCode).toBe(404)
    expect(again.json()).toMatchObject({ error: 'bad_code' })

    const fresh = await env.server.app.inject({
      method: 'POST',
      url: `/api/sessions/${t.session.id}/pairing-code`,
      headers: { cookie: t.cookie },
    })
    const { code } = fresh.json<{ pairingCode: { code: string } }>().pairingCode
    env.server.clock.ms = Date.now() + 10 * 60 * 1000 + 1
    const late = await env.server.app.inject({ method: 'POST', url: '/api/pair', payload: { code } })
    expect(late.statusCode).toBe(404)
  })

  it('reconnect: the headset misses commands while away and the welcome resyncs it', async () => {
    const l = await env.live()
    l.headset.close()
    await l.headset.waitClosed()
    await l.consoleWs.next('presence', (m) => !m.headset)
    l.consoleWs.send(msg.command('c1', { type: 'set-view', view: 'landscape' }))
    l.consoleWs.send(msg.command('c2', { type: 'set-scene', weather: 'fog' }))
    await l.consoleWs.next('ack', (m) => m.id === 'c2')
    const back = await env.socket()
    back.send(msg.hello('headset', { deviceToken: l.deviceToken }))
    const w = await back.next('welcome')
    expect(w.state.view).toBe('landscape')
    expect(w.state.spec.weather).toBe('fog')
    await l.consoleWs.next('presence', (m) => m.headset)
    // A second hello on the same socket is a resync request: the full state again.
    back.send(msg.hello('headset', { deviceToken: l.deviceToken }))
    expect((await back.next('welcome')).state.seq).toBe(w.state.seq)
  })

  it('the head pose reaches the console at most 30 times a second and is never stored', async () => {
    const l = await env.live()
    for (let i = 0; i < 20; i++) {
      l.headset.send({
        v: 1,
        type: 'pose',
        t: i,
        head: { p: [i, 1.6, 0], q: [0, 0, 0, 1] },
        gaze: { dir: [0, 0, -1] },
      })
    }
    const last = await l.consoleWs.next('pose', (m) => m.t === 19)
    expect(last.head.p).toEqual([19, 1.6, 0])
    const poses = l.consoleWs.messages.filter((m) => m.type === 'pose')
    // 20 poses sent at once: the first goes straight through, the rest collapse into the latest.
    expect(poses.length).toBeLessThanOrEqual(3)
    const stored = JSON.stringify((await env.server.storage.sessions!.getSession(l.sessionId))!.state)
    expect(stored).not.toContain('"head"')
  })
})

describe('approval, SUDS, safe place and the end', () => {
  it('clinical: the headset never sees pending or held words; approval shows them', async () => {
    const l = await env.live()
    l.headset.send(msg.command('h1', { type: 'describe', text: 'a quiet beach at dawn' }))
    const added = await l.consoleWs.next('applied', (m) => m.command.type === 'artwork-add')
    const hAck = await l.headset.next('ack', (m) => m.id === 'h1')
    expect(hAck.seq).toBe(added.seq)
    if (added.command.type !== 'artwork-add') throw new Error('unreachable')
    const id = added.command.artwork.id
    expect(added.command.from).toBe('client')
    expect((await l.headset.next('applied', (m) => m.seq === added.seq)).command).toEqual({ type: 'noop' })

    l.consoleWs.send(msg.command('c1', { type: 'describe', text: 'a soldier with a gun' }))
    const held = await l.consoleWs.next('applied', (m) => m.command.type === 'artwork-add')
    if (held.command.type !== 'artwork-add') throw new Error('unreachable')
    expect(held.command.reasons).toEqual(['weapons: "gun"'])
    l.consoleWs.send(
      msg.command('c2', { type: 'edit', artworkId: held.command.artwork.id, text: 'a calm beach' }),
    )
    const edited = await l.consoleWs.next('applied', (m) => m.command.type === 'artwork-add')
    if (edited.command.type !== 'artwork-add') throw new Error('unreachable')
    expect(edited.command.replaces).toBe(held.command.artwork.id)
    // The therapist's own words, calm once rewritten, hang at once: no approval of their own.
    const calm = await l.headset.next('applied', (m) => m.command.type === 'artwork-show')
    expect(calm.command).toMatchObject({ slot: 0, artwork: { text: 'a calm beach' } })

    l.consoleWs.send(msg.command('c3', { type: 'approve', artworkId: id }))
    const show = await l.headset.next(
      'applied',
      (m) => m.command.type === 'artwork-show' && m.command.artwork.id === id,
    )
    expect(show.command).toMatchObject({
      type: 'artwork-show',
      slot: 1,
      artwork: { id, text: 'a quiet beach at dawn' },
    })
    const everything = JSON.stringify(l.headset.messages)
    expect(everything).not.toContain('soldier')
    expect(everything).not.toContain('weapons')
    const hs = follow(l.hWelcome.state, l.headset.messages)
    expect(hs.artworks.map((e) => e.artwork.text)).toEqual(['a calm beach', 'a quiet beach at dawn'])
  })

  it("open mode shows the client's words at once, but held ones still wait", async () => {
    const l = await env.live('cleo', 'open')
    l.headset.send(msg.command('h1', { type: 'describe', text: 'a beach' }))
    expect((await l.headset.next('applied', (m) => m.command.type !== 'noop')).command.type).toBe(
      'artwork-show',
    )
    l.headset.send(msg.command('h2', { type: 'describe', text: 'a gun' }))
    const ack = await l.headset.next('ack', (m) => m.id === 'h2')
    expect((await l.headset.next('applied', (m) => m.seq === ack.seq)).command).toEqual({ type: 'noop' })
  })

  it('SUDS: asked on the console, answered on the headset, recorded with its request', async () => {
    const l = await env.live()
    l.consoleWs.send(msg.command('c1', { type: 'suds-request' }))
    await l.headset.next('applied', (m) => m.command.type === 'suds-request')
    l.headset.send(msg.command('h1', { type: 'suds-answer', value: 6 }))
    const answer = await l.consoleWs.next('applied', (m) => m.command.type === 'suds-answer')
    expect(answer.command).toEqual({ type: 'suds-answer', value: 6 })
    l.headset.send(msg.command('h2', { type: 'suds-answer', value: 11 }))
    expect(await l.headset.next('error', (m) => m.id === 'h2')).toMatchObject({ code: 'bad-command' })
    const state = follow(l.cWelcome.state, l.consoleWs.messages)
    expect(state.suds.ratings).toEqual([{ value: 6, at: answer.at, n: 1 }])
  })

  it('safe place: saved for the client, applied on the headset, remembered for the next session', async () => {
    const l = await env.live()
    l.consoleWs.send(msg.command('c1', { type: 'set-scene', biome: 'meadow' }))
    l.consoleWs.send(msg.command('c2', { type: 'safe-place-save', cueWord: 'meadow' }))
    l.consoleWs.send(msg.command('c3', { type: 'set-scene', biome: 'snow', weather: 'storm' }))
    l.consoleWs.send(msg.command('c4', { type: 'safe-place-go' }))
    await l.headset.next('applied', (m) => m.command.type === 'safe-place-go')
    const hs = follow(l.hWelcome.state, l.headset.messages)
    expect(hs.spec.biome).toBe('meadow')
    expect(hs.safePlace.activeSince).not.toBeNull()
    expect(hs.safePlace.saved?.cueWord).toBe('meadow')
    const next = await postSession(env.server, l.cookie, l.clientId)
    expect(next.session.safePlace.saved?.spec.biome).toBe('meadow')
  })

  it('end: the headset hears "ended", its token stops working, other routes refuse it', async () => {
    const l = await env.live()
    l.consoleWs.send(msg.command('c1', { type: 'end' }))
    await l.headset.next('applied', (m) => m.command.type === 'end')
    await l.headset.next('ended')
    expect((await l.headset.waitClosed()).code).toBe(1000)
    await l.consoleWs.next('ended')
    const again = await env.socket()
    again.send(msg.hello('headset', { deviceToken: l.deviceToken }))
    expect(await again.next('error')).toMatchObject({ code: 'forbidden' })
    expect((await again.waitClosed()).code).toBe(1008)
    l.consoleWs.send(msg.command('c2', { type: 'narrate', text: 'hi' }))
    expect(await l.consoleWs.next('error', (m) => m.id === 'c2')).toMatchObject({ code: 'bad-command' })
    const list = await env.server.app.inject({ url: '/api/sessions?active=1', headers: { cookie: l.cookie } })
    expect(list.json<{ sessions: unknown[] }>().sessions).toEqual([])
  })
})

describe('restart', () => {
  it('a server restart mid-session keeps the state; both sides rejoin and carry on', async () => {
    const l = await env.live()
    l.headset.send(msg.command('h1', { type: 'describe', text: 'a beach' }))
    const added = await l.consoleWs.next('applied', (m) => m.command.type === 'artwork-add')
    l.consoleWs.send(msg.command('c1', { type: 'set-scene', biome: 'garden' }))
    const lastAck = await l.consoleWs.next('ack', (m) => m.id === 'c1')
    await env.restart()

    const h = await env.socket()
    h.send(msg.hello('headset', { deviceToken: l.deviceToken }))
    const w = await h.next('welcome')
    expect(w.state.seq).toBe(lastAck.seq)
    expect(w.state.spec.biome).toBe('garden')
    expect(w.state.artworks).toEqual([]) // still pending: not for the headset
    const c = await env.socket({ cookie: l.cookie })
    c.send(msg.hello('therapist', { sessionId: l.sessionId }))
    const cw = await c.next('welcome')
    if (added.command.type !== 'artwork-add') throw new Error('unreachable')
    expect(cw.state.artworks.map((e) => [e.artwork.id, e.state])).toEqual([
      [added.command.artwork.id, 'pending'],
    ])
    c.send(msg.command('c2', { type: 'approve', artworkId: added.command.artwork.id }))
    expect((await h.next('applied')).command.type).toBe('artwork-show')
  })
})
