import fs from 'node:fs'
import path from 'node:path'
import { msg } from '../../src/shared/session/protocol'
import { TestSocket, pair, postClient, postSession } from './session-helpers'
import type { SessionServer } from './session-helpers'

/** A client with one session whose words go through the real socket, reducer and store; approved and painted. */
export async function seedClient(
  server: SessionServer,
  cookie: string,
  alias: string,
  words: readonly string[],
  options: { end?: boolean } = {},
) {
  const clientId = await postClient(server, cookie, alias)
  const { session, code } = await postSession(server, cookie, clientId)
  const { deviceToken } = await pair(server, code)
  const consoleWs = new TestSocket(server, { cookie })
  await consoleWs.open()
  consoleWs.send(msg.hello('therapist', { sessionId: session.id }))
  await consoleWs.next('welcome')
  const headset = new TestSocket(server)
  await headset.open()
  headset.send(msg.hello('headset', { deviceToken }))
  await headset.next('welcome')
  const artworkIds: string[] = []
  let n = 0
  for (const text of words) {
    // The client's words, from the headset: they wait for the therapist's approval (clinical mode).
    headset.send(msg.command(`d${++n}`, { type: 'describe', text }))
    const added = await consoleWs.next('applied', (m) => m.command.type === 'artwork-add')
    if (added.command.type !== 'artwork-add') throw new Error('unreachable')
    artworkIds.push(added.command.artwork.id)
    consoleWs.send(msg.command(`a${n}`, { type: 'approve', artworkId: added.command.artwork.id }))
    await consoleWs.next('ack', (m) => m.id === `a${n}`)
  }
  consoleWs.send(msg.command('suds', { type: 'suds-request' }))
  await consoleWs.next('ack', (m) => m.id === 'suds')
  headset.send(msg.command('ans', { type: 'suds-answer', value: 3 }))
  await headset.next('ack', (m) => m.id === 'ans')
  if (options.end) {
    consoleWs.send(msg.command('end', { type: 'end' }))
    await consoleWs.next('ack', (m) => m.id === 'end')
  }
  return { clientId, sessionId: session.id, deviceToken, artworkIds, consoleWs, headset }
}

/** Files a client's record has outside the database: an AI picture per artwork and a cached line of speech. */
export function writeClientFiles(
  dataDir: string,
  clientId: string,
  artworkIds: readonly string[],
  marker: string,
) {
  const images = path.join(dataDir, 'images', clientId)
  fs.mkdirSync(images, { recursive: true })
  for (const id of artworkIds) fs.writeFileSync(path.join(images, `${id}.png`), `PNG ${marker} ${id}`)
  const audio = path.join(dataDir, 'audio-cache', clientId)
  fs.mkdirSync(audio, { recursive: true })
  fs.writeFileSync(path.join(audio, 'line.mp3'), `MP3 ${marker}`)
}

/** Every file under `dir` (recursively) that contains any of the needles, as bytes. */
export function filesContaining(dir: string, needles: readonly string[]): string[] {
  const found: string[] = []
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name)
      if (entry.isDirectory()) walk(p)
      else if (entry.isFile()) {
        const bytes = fs.readFileSync(p)
        for (const needle of needles) {
          // UTF-8 and UTF-16 (SQLite may store text either way) both count as a trace.
          if (bytes.includes(Buffer.from(needle, 'utf8')) || bytes.includes(Buffer.from(needle, 'utf16le')))
            found.push(`${path.relative(dir, p)}: ${needle}`)
        }
      }
    }
  }
  walk(dir)
  return found
}
