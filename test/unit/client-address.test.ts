import { describe, expect, it } from 'vitest'
import { expandIPv6, limitKey } from '../../src/server/client-address'

describe('limitKey', () => {
  it('counts an IPv4 peer as itself, also when it arrives on a dual-stack socket', () => {
    expect(limitKey('192.168.1.20')).toBe('192.168.1.20')
    expect(limitKey('::ffff:192.168.1.20')).toBe('192.168.1.20')
    expect(limitKey('::FFFF:10.0.0.1')).toBe('10.0.0.1')
  })

  it('counts every address of one IPv6 /64 together, however it is spelled', () => {
    const keys = [
      '2001:db8:1:2::1',
      '2001:0db8:0001:0002:abcd:ef01:2345:6789',
      '2001:DB8:1:2:ffff::',
      'fe80::1%eth0'.replace('fe80::1', '2001:db8:1:2::99'),
    ].map(limitKey)
    expect(new Set(keys)).toEqual(new Set(['2001:db8:1:2::/64']))
    expect(limitKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64')
  })

  it('keeps loopback, link-local zones and oddities apart from real prefixes', () => {
    expect(limitKey('::1')).toBe('0:0:0:0::/64')
    expect(limitKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
    expect(limitKey(undefined)).toBe('unknown')
    expect(limitKey('')).toBe('unknown')
    expect(limitKey('not an address')).toBe('not an address')
  })
})

describe('expandIPv6', () => {
  it('fills the :: gap and reads an embedded IPv4 tail as two groups', () => {
    expect(expandIPv6('2001:db8::1')).toEqual(['2001', 'db8', '0', '0', '0', '0', '0', '1'])
    expect(expandIPv6('::')).toEqual(['0', '0', '0', '0', '0', '0', '0', '0'])
    expect(expandIPv6('64:ff9b::192.0.2.33')).toEqual(['64', 'ff9b', '0', '0', '0', '0', 'c000', '221'])
    expect(expandIPv6('1:2:3:4:5:6:7:8')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
  })
})
