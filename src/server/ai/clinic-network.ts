import { isIP } from 'node:net'

/**
 * Which addresses count as "the clinic's own network" in clinic privacy mode: loopback, the private ranges, and any
 * networks the clinic lists (STILLROOM_CLINIC_NETWORKS). Pure: the address checks of clinic-fetch.ts and the
 * settings check at startup both use these, so a name that resolves elsewhere is refused the same way as a typed
 * public address.
 */

/** One network: an address family, its bits and a prefix length. */
export type Network = { family: 4 | 6; bits: bigint; prefix: number; text: string }

/** Always the clinic's own: this computer, the private ranges, link-local, and IPv6's unique-local addresses. */
const OWN_NETWORKS = [
  '127.0.0.0/8',
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '169.254.0.0/16',
  '::1/128',
  'fc00::/7',
  'fe80::/10',
]

/** The address as a number (IPv4 in 32 bits, IPv6 in 128), or null when it is not an address. */
export function addressBits(address: string): { family: 4 | 6; bits: bigint } | null {
  const kind = isIP(address)
  if (kind === 4) {
    const parts = address.split('.').map(Number)
    return { family: 4, bits: parts.reduce((acc, p) => (acc << 8n) | BigInt(p), 0n) }
  }
  if (kind !== 6) return null
  // An IPv4 address written as IPv6 (::ffff:10.0.0.5) is that IPv4 address: checked as one.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped?.[1]) return addressBits(mapped[1])
  let text = address.replace(/%.*$/, '') // a zone (fe80::1%eth0) names the interface, not the address
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (dotted?.[1]) {
    const v4 = addressBits(dotted[1])!.bits
    text = text.slice(0, -dotted[1].length) + `${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`
  }
  const [head = '', tail] = text.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
  const bits = groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g || '0', 16)), 0n)
  // The same mapped IPv4 address in hex (::ffff:7f00:1, as URLs write it) is that IPv4 address too.
  if (bits >> 32n === 0xffffn) return { family: 4, bits: bits & 0xffffffffn }
  return { family: 6, bits }
}

/** "10.20.0.0/16", "fd12::/48" or a single address; null when it is none of these. */
export function parseNetwork(text: string): Network | null {
  const [address = '', prefixText, extra] = text.trim().split('/')
  if (extra !== undefined) return null
  const parsed = addressBits(address)
  if (!parsed) return null
  const width = parsed.family === 4 ? 32 : 128
  const prefix = prefixText === undefined ? width : Number(prefixText)
  if (!/^\d{1,3}$/.test(prefixText ?? String(width)) || prefix > width) return null
  const shift = BigInt(width - prefix)
  return { family: parsed.family, bits: (parsed.bits >> shift) << shift, prefix, text: text.trim() }
}

export function inNetwork(address: string, network: Network): boolean {
  const parsed = addressBits(address)
  if (!parsed || parsed.family !== network.family) return false
  const shift = BigInt((parsed.family === 4 ? 32 : 128) - network.prefix)
  return parsed.bits >> shift === network.bits >> shift
}

/** The clinic's networks: its own ranges plus the listed ones. Throws a plain sentence for a bad entry. */
export function clinicNetworks(listed: string | undefined): Network[] {
  const extra = (listed ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
  return [...OWN_NETWORKS, ...extra].map((text) => {
    const network = parseNetwork(text)
    if (!network)
      throw new Error(
        `STILLROOM_CLINIC_NETWORKS: "${text.slice(0, 60)}" is not an address or a network such as 10.20.0.0/16.`,
      )
    return network
  })
}

/** True when the address is on one of the clinic's networks. Anything that is not an address is not. */
export function isClinicAddress(address: string, networks: readonly Network[]): boolean {
  return networks.some((n) => inNetwork(address, n))
}
