import net from 'node:net'

/**
 * The key one caller's limits are counted under. An IPv4 peer is itself (also when it arrives on a dual-stack
 * socket as ::ffff:a.b.c.d). An IPv6 peer is its /64: one home or one clinic network is given a whole /64 and can
 * pick a fresh address in it for every request, so counting addresses one by one would give a prober a fresh
 * budget each time.
 */
export function limitKey(raw: string | undefined): string {
  if (!raw) return 'unknown'
  const mapped = raw.toLowerCase().startsWith('::ffff:') ? raw.slice(7) : raw
  if (net.isIPv4(mapped)) return mapped
  const bare = raw.split('%')[0] ?? raw // a link-local zone ("%eth0") names the interface, not the peer
  if (!net.isIPv6(bare)) return raw
  return `${expandIPv6(bare).slice(0, 4).join(':')}::/64`
}

/** The eight groups of an IPv6 address, without leading zeros ("2001:db8::1" → 2001 db8 0 0 0 0 0 1). */
export function expandIPv6(address: string): string[] {
  let text = address.toLowerCase()
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text)
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number]
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head = '', tail] = text.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0')
  return [...left, ...fill, ...right].map((group) => parseInt(group, 16).toString(16))
}
