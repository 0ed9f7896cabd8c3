// Which addresses are the clinic's own network in clinic privacy mode: every spelling of an address that URLs and
// DNS answers use, and the networks a clinic may add.
import { describe, expect, it } from 'vitest'
import {
  addressBits,
  clinicNetworks,
  inNetwork,
  isClinicAddress,
  parseNetwork,
} from '../../src/server/ai/clinic-network'

const own = clinicNetworks(undefined)

describe('the clinic’s own network', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.255.0.9', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.254', true],
    ['172.32.0.1', false],
    ['172.15.255.255', false],
    ['192.168.1.20', true],
    ['192.169.0.1', false],
    ['169.254.10.1', true],
    ['8.8.8.8', false],
    ['93.184.216.34', false],
    ['100.64.0.1', false],
    ['::1', true],
    ['fd12:3456::1', true],
    ['fc00::1', true],
    ['fe80::1', true],
    ['fe80::1%eth0', true],
    ['2001:db8::1', false],
    ['2a00:1450::1', false],
    ['::', false],
    ['0.0.0.0', false],
    // An IPv4 address inside IPv6 is that IPv4 address, however it is written.
    ['::ffff:10.0.0.5', true],
    ['::ffff:8.8.8.8', false],
    ['::ffff:7f00:1', true],
    ['::ffff:808:808', false],
    ['0:0:0:0:0:ffff:c0a8:0101', true],
    // Not addresses at all: never the clinic's.
    ['localhost', false],
    ['clinic.example', false],
    ['', false],
    ['1.2.3', false],
    ['300.1.1.1', false],
  ])('%s → %s', (address, expected) => {
    expect(isClinicAddress(address, own)).toBe(expected)
  })

  it('reads networks and single addresses, and refuses what is neither', () => {
    expect(parseNetwork('10.20.0.0/16')).toMatchObject({ family: 4, prefix: 16 })
    expect(parseNetwork('10.20.7.7/16')?.bits).toBe(addressBits('10.20.0.0')!.bits)
    expect(parseNetwork('203.0.113.9')).toMatchObject({ family: 4, prefix: 32 })
    expect(parseNetwork('2001:db8:5::/48')).toMatchObject({ family: 6, prefix: 48 })
    for (const bad of [
      '10.0.0.0/33',
      '10.0.0.0/',
      '10.0.0.0/x',
      'abc',
      '1.2.3.4/8/2',
      '::/129',
      '10.0.0.0/-1',
    ])
      expect(parseNetwork(bad), bad).toBeNull()
    expect(inNetwork('203.0.113.9', parseNetwork('203.0.113.0/24')!)).toBe(true)
    expect(inNetwork('203.0.114.9', parseNetwork('203.0.113.0/24')!)).toBe(false)
    expect(inNetwork('::1', parseNetwork('127.0.0.0/8')!)).toBe(false)
  })

  it('adds the networks a clinic lists, and says plainly which entry is wrong', () => {
    const withCarrier = clinicNetworks(' 100.64.0.0/10 , 2001:db8:5::/48 ')
    expect(isClinicAddress('100.64.3.4', withCarrier)).toBe(true)
    expect(isClinicAddress('2001:db8:5::7', withCarrier)).toBe(true)
    expect(isClinicAddress('2001:db8:6::7', withCarrier)).toBe(false)
    expect(isClinicAddress('100.64.3.4', own)).toBe(false)
    expect(() => clinicNetworks('10.0.0.0/8, the clinic')).toThrow(
      /"the clinic" is not an address or a network/,
    )
  })
})
