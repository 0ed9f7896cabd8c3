import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import { Readable } from 'node:stream'
import { isClinicAddress, type Network } from './clinic-network'

/** A call refused in clinic mode before anything was sent: the address is outside the clinic's own network. */
export class OutsideClinicError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'OutsideClinicError'
  }
}

/** Every address a name resolves to (dns.lookup with `all`), so one outside address among several is seen. */
export type ResolveAll = (hostname: string) => Promise<readonly LookupAddress[]>

export const resolveAllWithDns: ResolveAll = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))),
  )

const bare = (host: string) => host.replace(/^\[|\]$/g, '')

/**
 * A `fetch` for the openai SDK in clinic mode. Each connection's address is checked as the connection is made (a
 * lookup handed to node:http), so neither a hostname that resolves outside the clinic nor a DNS answer that changes
 * later can carry a client's words or voice away. Redirects are never followed: an answer that points elsewhere is
 * refused, and the SDK sees a connection error with an `OutsideClinicError` as its cause.
 */
export function createClinicFetch(networks: readonly Network[], resolve: ResolveAll = resolveAllWithDns) {
  const outside = (host: string, address: string) =>
    new OutsideClinicError(
      `${host} is at ${address}, outside the clinic's own network; in clinic mode nothing is sent there.`,
    )

  /** node:http's lookup: resolves, refuses when any address is outside, and connects to the first one. */
  const lookup: LookupFunction = (hostname, options, callback) => {
    resolve(hostname).then(
      (all) => {
        const wrong = all.find((a) => !isClinicAddress(a.address, networks))
        if (wrong) return callback(outside(hostname, wrong.address), '', 4)
        const first = all[0]
        if (!first) return callback(new OutsideClinicError(`${hostname} has no address.`), '', 4)
        if ((options as { all?: boolean }).all) return (callback as unknown as AllCallback)(null, [...all])
        callback(null, first.address, first.family)
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 4),
    )
  }

  // Sockets of our own: a connection is reused only for the address it was checked for when it was made, and never
  // shared with code that does not check.
  const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) }

  return async function clinicFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init)
    const url = new URL(request.url)
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new OutsideClinicError(`${url.protocol} is not a web address.`)
    const host = bare(url.hostname)
    // A typed address is never looked up by node:http, so it is checked here.
    if (isIP(host) && !isClinicAddress(host, networks)) throw outside(host, host)
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined
    const headers: Record<string, string> = {}
    request.headers.forEach((value, key) => (headers[key] = value))
    if (body) headers['content-length'] = String(body.length)
    const secure = url.protocol === 'https:'
    const send = secure ? https.request : http.request
    const agent = secure ? agents.https : agents.http
    return new Promise<Response>((resolveResponse, reject) => {
      const options = { method: request.method, headers, lookup, agent, signal: request.signal }
      const req = send(url, options, (res) => {
        const status = res.statusCode ?? 502
        if (status >= 300 && status < 400) {
          res.resume()
          const to = res.headers.location ?? 'elsewhere'
          reject(
            new OutsideClinicError(
              `The clinic's AI server sent Stillroom to ${to}; redirects are not followed.`,
            ),
          )
          return
        }
        const responseHeaders = new Headers()
        for (const [key, value] of Object.entries(res.headers)) {
          if (Array.isArray(value)) value.forEach((v) => responseHeaders.append(key, v))
          else if (value !== undefined) responseHeaders.set(key, value)
        }
        const stream = status === 204 || status === 304 ? null : (Readable.toWeb(res) as ReadableStream)
        resolveResponse(new Response(stream, { status, headers: responseHeaders }))
      })
      req.on('error', reject)
      req.end(body)
    })
  }
}

type AllCallback = (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void
