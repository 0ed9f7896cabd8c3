// The console's break interval and exercise options through the real server and real `ws` sockets.
import { describe, expect, it } from 'vitest'
import { msg } from '../../src/shared/session/protocol'
import { createSessionFixture } from './session-helpers'

const env = createSessionFixture('stillroom-console-')

describe('break interval and exercise options', () => {
  it('the therapist sets them, the headset follows, the headset may not, and a restart keeps the interval', async () => {
    const { consoleWs: con, headset: head, cWelcome, cookie, sessionId } = await env.live()
    expect(cWelcome.state.breakEveryMin).toBe(20)

    con.send(msg.command('b1', { type: 'set-break', breakEveryMin: 35 }))
    const ack = await con.next('ack', (m) => m.id === 'b1')
    const seen = await head.next('applied', (m) => m.seq === ack.seq)
    expect(seen.command).toEqual({ type: 'set-break', breakEveryMin: 35 })

    // Out of range: refused as a bad frame before it reaches the reducer; the headset may not set it at all.
    con.send({ v: 1, type: 'command', id: 'b2', command: { type: 'set-break', breakEveryMin: 0 } })
    expect((await con.next('error', (m) => m.id === 'b2')).code).toBe('bad-command')
    head.send(msg.command('h1', { type: 'set-break', breakEveryMin: 5 }))
    expect((await head.next('error', (m) => m.id === 'h1')).code).toBe('forbidden')

    // Exercise options: a resonance rate the headset cannot breathe is refused; a chosen one reaches it.
    const tooFast = { rate: 30 }
    con.send(msg.command('e1', { type: 'exercise-start', id: 'breathing-resonance', options: tooFast }))
    const refused = await con.next('error', (m) => m.id === 'e1')
    expect(refused.code).toBe('bad-command')
    expect(refused.message).toMatch(/rate/)
    const options = { rate: 7.5, minutes: 12, inShare: 0.4 }
    con.send(msg.command('e2', { type: 'exercise-start', id: 'breathing-resonance', options }))
    const started = await con.next('ack', (m) => m.id === 'e2')
    const got = await head.next('applied', (m) => m.seq === started.seq)
    expect(got.command).toMatchObject({ type: 'exercise-start', id: 'breathing-resonance', options })

    await env.restart()
    const again = await env.socket({ cookie })
    again.send(msg.hello('therapist', { sessionId }))
    const w = await again.next('welcome')
    expect(w.state.breakEveryMin).toBe(35)
    expect(w.state.exercise).toMatchObject({ id: 'breathing-resonance', options })
  })
})
