// Every command type × every kind of sender, over real sockets: the session's own therapist, its own headset, the
// headset of another session, another therapist (who must not get past hello) and a socket that never said hello.
// Only the roles commands.ts allows get anything but a refusal, and server-made commands are refused for everyone.
// A new command fails here until it is put in one of the lists and given a sample below.
import { describe, expect, it } from 'vitest'
import {
  CommandSchema,
  HEADSET_COMMANDS,
  SERVER_COMMANDS,
  THERAPIST_COMMANDS,
} from '../../src/shared/session/commands'
import type { Command, CommandOf, CommandType } from '../../src/shared/session/commands'
import { msg } from '../../src/shared/session/protocol'
import type { ServerMessage } from '../../src/shared/session/protocol'
import { BREAK_EVERY_MIN_MIN, MAX_SLOTS } from '../../src/shared/session/state'
import { createSessionFixture } from './session-helpers'
import type { LiveSession, TestSocket } from './session-helpers'

const env = createSessionFixture('stillroom-matrix-', {
  // Role rights are what is tested here, not the rate limits: every command must reach the check.
  session: { socketLimits: { commandsPerSecond: 1000, describesPerMinute: 1000, badFramesPer10s: 1000 } },
})

const ALL_TYPES: string[] = CommandSchema.options.map((o) => o.shape.type.value)
const THERAPIST = new Set<string>(THERAPIST_COMMANDS)
const HEADSET = new Set<string>(HEADSET_COMMANDS)
const SERVER = new Set<string>(SERVER_COMMANDS)

describe('every command is classified', () => {
  it('is in the therapist, headset or server list, and a server command in no other', () => {
    const unclassified = ALL_TYPES.filter((t) => !THERAPIST.has(t) && !HEADSET.has(t) && !SERVER.has(t))
    expect(unclassified, 'commands in no list of commands.ts').toEqual([])
    const both = ALL_TYPES.filter((t) => SERVER.has(t) && (THERAPIST.has(t) || HEADSET.has(t)))
    expect(both, 'server-made commands a socket may also send').toEqual([])
    const stale = [...THERAPIST, ...HEADSET, ...SERVER].filter((t) => !ALL_TYPES.includes(t))
    expect(stale, 'listed commands the schema does not know').toEqual([])
  })
})

/** Ids and server-made commands of a seeded session, so every sample is valid for it. */
interface Ctx {
  shown: string
  forRemove: string
  forEdit: string
  forDiscard: string
  forApprove: string
  versionId: string
  riskId: string
  add: CommandOf<'artwork-add'>
  version: CommandOf<'artwork-version'>
  show: CommandOf<'artwork-show'>
  risk: CommandOf<'risk-raise'>
}

/** One small valid body per command type; the mapped type makes a new command a compile error until added. */
const SAMPLES: { [T in CommandType]: (c: Ctx) => CommandOf<T> } = {
  'set-view': () => ({ type: 'set-view', view: 'landscape' }),
  'set-scene': () => ({ type: 'set-scene', biome: 'forest' }),
  'set-brightness': () => ({ type: 'set-brightness', value: 0.8 }),
  'set-sound': () => ({ type: 'set-sound', master: 0.5 }),
  describe: () => ({ type: 'describe', text: 'a quiet lake in the morning' }),
  approve: (c) => ({ type: 'approve', artworkId: c.forApprove }),
  edit: (c) => ({ type: 'edit', artworkId: c.forEdit, text: 'a quiet lake at dusk' }),
  discard: (c) => ({ type: 'discard', artworkId: c.forDiscard }),
  move: (c) => ({ type: 'move', artworkId: c.shown, slot: MAX_SLOTS - 1 }),
  remove: (c) => ({ type: 'remove', artworkId: c.forRemove }),
  'exercise-start': () => ({ type: 'exercise-start', id: 'grounding' }),
  'exercise-pace': () => ({ type: 'exercise-pace', timeScale: 1 }),
  'exercise-stop': () => ({ type: 'exercise-stop' }),
  narrate: () => ({ type: 'narrate', text: 'Breathe in slowly.' }),
  'safe-place-save': () => ({ type: 'safe-place-save', cueWord: 'lake' }),
  'safe-place-go': () => ({ type: 'safe-place-go' }),
  pause: () => ({ type: 'pause' }),
  resume: () => ({ type: 'resume' }),
  end: () => ({ type: 'end' }),
  'suds-request': () => ({ type: 'suds-request' }),
  'set-approval': () => ({ type: 'set-approval', approval: 'clinical' }),
  'set-suds-scale': () => ({ type: 'set-suds-scale', scale: 10 }),
  'set-language': () => ({ type: 'set-language', language: 'es' }),
  'set-break': () => ({ type: 'set-break', breakEveryMin: BREAK_EVERY_MIN_MIN }),
  'cancel-image': (c) => ({ type: 'cancel-image', artworkId: c.shown }),
  note: () => ({ type: 'note', text: 'Calm today.' }),
  refine: (c) => ({ type: 'refine', artworkId: c.shown, choice: 'warmer' }),
  'pick-version': (c) => ({ type: 'pick-version', artworkId: c.shown, versionId: c.versionId }),
  'compare-versions': () => ({ type: 'compare-versions', artworkId: null }),
  'suds-answer': () => ({ type: 'suds-answer', value: 3 }),
  'artwork-add': (c) => ({ ...c.add, artwork: { ...c.add.artwork, id: 'forged-artwork' } }),
  'artwork-version': (c) => ({ ...c.version, version: { ...c.version.version, id: 'forged-version' } }),
  'artwork-image': (c) => ({ type: 'artwork-image', artworkId: c.shown, state: 'painting' }),
  'artwork-spec': (c) => ({ type: 'artwork-spec', artworkId: c.shown, spec: c.add.artwork.spec }),
  'artwork-show': (c) => c.show,
  'risk-raise': (c) => ({ type: 'risk-raise', risk: { ...c.risk.risk, id: 'forged-risk' } }),
  'risk-ack': (c) => ({ type: 'risk-ack', riskId: c.riskId }),
  'risk-check': (c) => ({
    type: 'risk-check',
    riskId: c.riskId,
    check: {
      answers: {
        wishDead: 'no',
        thoughts: 'no',
        method: 'not-asked',
        intent: 'not-asked',
        plan: 'not-asked',
        behaviour: 'not-asked',
      },
      actions: ['stayed-with-client'],
      note: '',
    },
  }),
  'headset-paired': () => ({ type: 'headset-paired' }),
  noop: () => ({ type: 'noop' }),
}

type Answer = { kind: 'ack' } | { kind: 'error'; code: string } | { kind: 'closed' }

/** The server's answer to the command with this id: its ack, its error, or the socket closing. */
async function answerTo(s: TestSocket, id: string, ms = 3000): Promise<Answer> {
  const until = Date.now() + ms
  for (;;) {
    const m = s.messages.find(
      (x: ServerMessage) => (x.type === 'ack' || x.type === 'error') && 'id' in x && x.id === id,
    )
    if (m?.type === 'ack') return { kind: 'ack' }
    if (m?.type === 'error') return { kind: 'error', code: m.code }
    if (s.closed) return { kind: 'closed' }
    if (Date.now() > until) throw new Error(`no answer to ${id}`)
    await new Promise((r) => setTimeout(r, 2))
  }
}

const refused = (a: Answer) =>
  a.kind === 'closed' || (a.kind === 'error' && ['forbidden', 'not-found'].includes(a.code))

const appliedCount = (s: TestSocket) => s.messages.filter((m) => m.type === 'applied').length

/** Waits until everything the server sent this socket so far has arrived. */
async function settle(s: TestSocket): Promise<void> {
  const pongs = s.messages.filter((m) => m.type === 'pong').length
  s.send(msg.ping())
  await s.next('pong', () => true)
  while (s.messages.filter((m) => m.type === 'pong').length <= pongs)
    await new Promise((r) => setTimeout(r, 2))
}

async function seed(a: LiveSession): Promise<Ctx> {
  const adds: CommandOf<'artwork-add'>[] = []
  for (const [i, text] of [
    'a quiet lake',
    'a pine forest',
    'a calm beach',
    'a snowy hill',
    'a river',
  ].entries()) {
    a.headset.send(msg.command(`seed-d${i}`, { type: 'describe', text }))
    const applied = await a.consoleWs.next('applied', (m) => m.command.type === 'artwork-add')
    adds.push(applied.command as CommandOf<'artwork-add'>)
  }
  const [shown, forRemove, forEdit, forDiscard, forApprove] = adds.map((x) => x.artwork.id) as [
    string,
    string,
    string,
    string,
    string,
  ]
  for (const id of [shown, forRemove]) {
    a.consoleWs.send(msg.command(`seed-a-${id}`, { type: 'approve', artworkId: id }))
    expect(await answerTo(a.consoleWs, `seed-a-${id}`)).toEqual({ kind: 'ack' })
  }
  const show = (await a.headset.next('applied', (m) => m.command.type === 'artwork-show'))
    .command as CommandOf<'artwork-show'>
  a.consoleWs.send(msg.command('seed-r', { type: 'refine', artworkId: shown, choice: 'calmer' }))
  const version = (await a.consoleWs.next('applied', (m) => m.command.type === 'artwork-version'))
    .command as CommandOf<'artwork-version'>
  a.headset.send(msg.command('seed-risk', { type: 'describe', text: 'I want to hurt myself' }))
  const risk = (await a.consoleWs.next('applied', (m) => m.command.type === 'risk-raise'))
    .command as CommandOf<'risk-raise'>
  return {
    shown,
    forRemove,
    forEdit,
    forDiscard,
    forApprove,
    versionId: version.version.id,
    riskId: risk.risk.id,
    add: adds[0]!,
    version,
    show,
    risk,
  }
}

describe('socket command × role matrix', () => {
  it('only the roles commands.ts allows get past the check; server-made commands are refused for all', async () => {
    const a = await env.live('anna', 'clinical')
    const b = await env.live('bruno', 'clinical')
    const ctx = await seed(a)
    // 'end' last: after it nothing else of the session's would apply.
    const order = [...ALL_TYPES.filter((t) => t !== 'end'), 'end'] as CommandType[]
    let stranger = await env.socket()
    const table: string[] = []

    for (const type of order) {
      const sample = SAMPLES[type](ctx) as Command
      expect(CommandSchema.safeParse(sample).success, `sample of ${type} is valid`).toBe(true)
      const before = appliedCount(a.consoleWs)
      const row: Record<string, Answer> = {}

      // A socket that never said hello.
      if (stranger.closed) stranger = await env.socket()
      stranger.send(msg.command(`u-${type}`, sample))
      row.unauthenticated = await answerTo(stranger, `u-${type}`)

      // Another therapist: their hello for this session is refused and the socket closed.
      const other = await env.socket({ cookie: b.cookie })
      other.send(msg.hello('therapist', { sessionId: a.sessionId }))
      other.send(msg.command(`o-${type}`, sample))
      const refusedHello = await other.next('error', (m) => m.id === undefined)
      expect(refusedHello.code).toBe('not-found')
      row['other therapist'] = await answerTo(other, `o-${type}`)
      await other.waitClosed()
      expect(other.messages.some((m) => m.type === 'welcome')).toBe(false)

      // The headset of another session: whatever it may send lands in its own session, never in this one.
      b.headset.send(msg.command(`b-${type}`, sample))
      const foreign = await answerTo(b.headset, `b-${type}`)

      // This session's own sockets, the refused role first.
      const senders = [
        { role: 'therapist', socket: a.consoleWs, allowed: THERAPIST.has(type) },
        { role: 'headset', socket: a.headset, allowed: HEADSET.has(type) },
      ].sort((x, y) => Number(x.allowed) - Number(y.allowed))
      for (const { role, socket, allowed } of senders) {
        if (!allowed) {
          socket.send(msg.command(`${role}-${type}`, sample))
          row[role] = await answerTo(socket, `${role}-${type}`)
        }
      }
      await settle(a.consoleWs)
      expect(appliedCount(a.consoleWs), `${type}: a refused sender changed the session`).toBe(before)
      for (const { role, socket, allowed } of senders) {
        if (allowed) {
          socket.send(msg.command(`${role}-${type}`, sample))
          row[role] = await answerTo(socket, `${role}-${type}`)
        }
      }

      for (const [who, answer] of Object.entries(row)) {
        const allowed =
          (who === 'therapist' && THERAPIST.has(type)) || (who === 'headset' && HEADSET.has(type))
        expect(refused(answer), `${type} from ${who}: ${JSON.stringify(answer)}`).toBe(!allowed)
      }
      // The other session's headset is only ever allowed what a headset may send, and then in its own session.
      if (!HEADSET.has(type)) expect(refused(foreign), `${type} from another session's headset`).toBe(true)
      if (SERVER.has(type)) expect(Object.values(row).every(refused), `${type} is server-made`).toBe(true)
      table.push(
        `${type}: ${Object.entries(row)
          .map(([w, x]) => `${w}=${x.kind === 'error' ? x.code : x.kind}`)
          .join(' ')}`,
      )
    }
    expect(table).toHaveLength(ALL_TYPES.length)
  }, 60_000)
})
