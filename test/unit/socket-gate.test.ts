import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { createUpgradeGate } from '../../src/server/relay/socket-gate'
import type { GatePass, GateVerdict } from '../../src/server/relay/socket-gate'
import { createHostAllowList } from '../../src/server/security'

function upgrade(remoteAddress: string, host = 'localhost:8080'): IncomingMessage {
  return {
    url: '/api/session/socket',
    headers: { host, origin: `http://${host}` },
    socket: { remoteAddress },
  } as unknown as IncomingMessage
}

function passed(verdict: GateVerdict): GatePass {
  if (!verdict.ok) throw new Error(`refused with ${verdict.status}`)
  return verdict
}

const status = (verdict: GateVerdict) => (verdict.ok ? 101 : verdict.status)

describe('the upgrade gate', () => {
  const make = (clock: { ms: number }, overrides = {}) =>
    createUpgradeGate({
      hostAllowed: createHostAllowList(['localhost']),
      socketsPerAddress: 2,
      strangers: 100,
      badFramesPer10s: 3,
      now: () => clock.ms,
      ...overrides,
    })

  it('counts the addresses of one IPv6 /64 as one caller, and an IPv4 peer the same on a dual-stack socket', () => {
    const gate = make({ ms: 0 })
    passed(gate.admit(upgrade('2001:db8:1:2::10')))
    passed(gate.admit(upgrade('2001:db8:1:2:aaaa::99')))
    expect(status(gate.admit(upgrade('2001:db8:1:2::ffff')))).toBe(429)
    expect(status(gate.admit(upgrade('2001:db8:1:3::1')))).toBe(101)
    passed(gate.admit(upgrade('10.0.0.7')))
    passed(gate.admit(upgrade('::ffff:10.0.0.7')))
    expect(status(gate.admit(upgrade('10.0.0.7')))).toBe(429)
  })

  it('keeps a spent bad-frame budget across reconnects until it has refilled', () => {
    const clock = { ms: 0 }
    const gate = make(clock)
    const a = passed(gate.admit(upgrade('10.0.0.8')))
    expect([a.badFrame(), a.badFrame(), a.badFrame(), a.badFrame()]).toEqual([true, true, true, false])
    a.release()
    expect(status(gate.admit(upgrade('10.0.0.8')))).toBe(429)
    // Another address is not touched.
    expect(status(gate.admit(upgrade('10.0.0.9')))).toBe(101)
    clock.ms += 4000 // 0.3 a second: one frame's worth back after 3.4 s
    const again = passed(gate.admit(upgrade('10.0.0.8')))
    expect(again.badFrame()).toBe(true)
    expect(again.badFrame()).toBe(false)
  })

  it('holds one ceiling for strangers from every address, freed by hello or by closing', () => {
    const gate = make({ ms: 0 }, { strangers: 2 })
    const a = passed(gate.admit(upgrade('10.0.1.1')))
    const b = passed(gate.admit(upgrade('10.0.1.2')))
    expect(status(gate.admit(upgrade('10.0.1.3')))).toBe(503)
    a.greeted()
    a.greeted() // twice is once
    expect(gate.strangers()).toBe(1)
    const c = passed(gate.admit(upgrade('10.0.1.3')))
    expect(status(gate.admit(upgrade('10.0.1.4')))).toBe(503)
    b.release()
    c.release()
    a.release()
    expect(gate.strangers()).toBe(0)
    expect(gate.held('10.0.1.1')).toBe(0)
  })

  it('refuses a Host it does not answer to before anything is held', () => {
    const gate = make({ ms: 0 })
    expect(status(gate.admit(upgrade('10.0.2.1', 'rebind.example:8080')))).toBe(421)
    expect(gate.held('10.0.2.1')).toBe(0)
    expect(gate.strangers()).toBe(0)
  })
})
