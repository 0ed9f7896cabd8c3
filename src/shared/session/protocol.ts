import { z } from 'zod'
import { CommandSchema } from './commands'
import type { Command, Role } from './commands'
import { SessionStateSchema } from './state'
import type { SessionState } from './state'

export const PROTOCOL_VERSION = 1
/** Largest text frame the server accepts from a client, in bytes (UTF-8). */
export const MAX_FRAME_BYTES = 64 * 1024
/**
 * Largest frame a client accepts from the server: a `welcome` carries the whole state, which with 120
 * artworks of 2,000-character words is a few hundred KB.
 */
export const MAX_SERVER_FRAME_BYTES = 4 * 1024 * 1024
/** Path of the WebSocket, same origin as the app. */
export const SESSION_SOCKET_PATH = '/api/session/socket'
/** The console receives the client's head pose at most this often. */
export const POSE_RELAY_HZ = 30
/** Where the headset keeps its device token (localStorage key). */
export const DEVICE_STORAGE_KEY = 'stillroom.device'

export const ERROR_CODES = [
  'bad-frame',
  'unknown-type',
  'bad-version',
  'too-large',
  'forbidden',
  'not-found',
  'rate-limited',
  'bad-command',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

const V = z.literal(PROTOCOL_VERSION)
export const RoleSchema = z.enum(['therapist', 'headset'])
/** The sender's own id for a command, echoed in `ack` / `error`. */
export const MessageIdSchema = z.string().min(1).max(64)
export type MessageId = z.infer<typeof MessageIdSchema>

const Coord = z.number().finite().min(-10_000).max(10_000)
const Vec3 = z.tuple([Coord, Coord, Coord])
const Quat = z.tuple([Coord, Coord, Coord, Coord])

export const PoseSchema = z.strictObject({
  v: V,
  type: z.literal('pose'),
  /** Headset clock (ms), only for ordering on the console. */
  t: z.number().finite(),
  head: z.strictObject({ p: Vec3, q: Quat }),
  gaze: z.strictObject({ artworkId: z.string().min(1).max(64).optional(), dir: Vec3 }).optional(),
})
export type PoseMessage = z.infer<typeof PoseSchema>

// Client → server.
export const HelloSchema = z.strictObject({
  v: V,
  type: z.literal('hello'),
  role: RoleSchema,
  /** The therapist names the session to join; a headset's token already names it. */
  sessionId: z.string().min(1).max(64).optional(),
  deviceToken: z.string().min(1).max(128).optional(),
})
export const CommandMessageSchema = z.strictObject({
  v: V,
  type: z.literal('command'),
  id: MessageIdSchema,
  command: CommandSchema,
})
export const PingSchema = z.strictObject({ v: V, type: z.literal('ping') })
export const ClientMessageSchema = z.discriminatedUnion('type', [
  HelloSchema,
  CommandMessageSchema,
  PoseSchema,
  PingSchema,
])
export type ClientMessage = z.infer<typeof ClientMessageSchema>
export type HelloMessage = z.infer<typeof HelloSchema>

// Server → client.
export const WelcomeSchema = z.strictObject({
  v: V,
  type: z.literal('welcome'),
  role: RoleSchema,
  /** Full state (for the headset: `stateForHeadset`). Sent on every hello: this is the resync. */
  state: SessionStateSchema,
})
export const AppliedSchema = z.strictObject({
  v: V,
  type: z.literal('applied'),
  /** Equals the receiver's `state.seq + 1`; anything else means a gap → send `hello` again. */
  seq: z.number().int().positive(),
  command: CommandSchema,
  /** Server time (ms) of the command: pass it to `applyCommand` as `now`. */
  at: z.number().finite(),
})
export const AckSchema = z.strictObject({
  v: V,
  type: z.literal('ack'),
  id: MessageIdSchema,
  /** Sequence number of the resulting `applied` (describe/edit: of the `artwork-add`). */
  seq: z.number().int().nonnegative(),
})
export const ErrorSchema = z.strictObject({
  v: V,
  type: z.literal('error'),
  id: MessageIdSchema.optional(),
  code: z.enum(ERROR_CODES),
  message: z.string(),
})
export const PongSchema = z.strictObject({ v: V, type: z.literal('pong') })
export const EndedSchema = z.strictObject({ v: V, type: z.literal('ended') })
/** To the console: whether the headset is connected right now (not part of the state: it is not persisted). */
export const PresenceSchema = z.strictObject({
  v: V,
  type: z.literal('presence'),
  headset: z.boolean(),
})
/**
 * To the console: its pairing code was voided because too many wrong codes were tried on the network; pairing
 * opens again at `until` (ms since the epoch, the server's clock).
 */
export const PairingVoidedSchema = z.strictObject({
  v: V,
  type: z.literal('pairing-voided'),
  until: z.number().int().nonnegative(),
})
export const ServerMessageSchema = z.discriminatedUnion('type', [
  WelcomeSchema,
  AppliedSchema,
  AckSchema,
  ErrorSchema,
  PoseSchema,
  PongSchema,
  EndedSchema,
  PresenceSchema,
  PairingVoidedSchema,
])
export type ServerMessage = z.infer<typeof ServerMessageSchema>
export type AppliedMessage = z.infer<typeof AppliedSchema>
export type ErrorMessage = z.infer<typeof ErrorSchema>

export type Parsed<T> =
  { ok: true; message: T } | { ok: false; code: ErrorCode; message: string; id?: MessageId }

const CLIENT_TYPES = new Set(['hello', 'command', 'pose', 'ping'])
const SERVER_TYPES = new Set([
  'welcome',
  'applied',
  'ack',
  'error',
  'pose',
  'pong',
  'ended',
  'presence',
  'pairing-voided',
])

/** Reads one frame from a client, naming exactly what is wrong with it. Never throws. */
export function parseClientMessage(frame: string): Parsed<ClientMessage> {
  return parseWith(frame, ClientMessageSchema, CLIENT_TYPES, MAX_FRAME_BYTES)
}

/** Reads one frame from the server (used by the console and the headset). Never throws. */
export function parseServerMessage(frame: string): Parsed<ServerMessage> {
  return parseWith(frame, ServerMessageSchema, SERVER_TYPES, MAX_SERVER_FRAME_BYTES)
}

function parseWith<T>(
  frame: string,
  schema: z.ZodType<T>,
  types: ReadonlySet<string>,
  maxBytes: number,
): Parsed<T> {
  // Bytes, not characters: 64 KB of emoji is four times the characters' worth.
  if (frame.length > maxBytes || utf8Length(frame) > maxBytes) {
    return { ok: false, code: 'too-large', message: `Frames must be at most ${maxBytes} bytes.` }
  }
  let raw: unknown
  try {
    raw = JSON.parse(frame)
  } catch {
    return { ok: false, code: 'bad-frame', message: 'The frame is not JSON.' }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, code: 'bad-frame', message: 'The frame must be a JSON object.' }
  }
  const obj = raw as Record<string, unknown>
  const idParse = MessageIdSchema.safeParse(obj.id)
  const id = obj.type === 'command' && idParse.success ? { id: idParse.data } : {}
  if (obj.v !== PROTOCOL_VERSION) {
    return {
      ok: false,
      code: 'bad-version',
      message: `Protocol version ${JSON.stringify(obj.v ?? null).slice(0, 20)} is not supported; this server speaks v${PROTOCOL_VERSION}. Reload the page.`,
      ...id,
    }
  }
  if (typeof obj.type !== 'string' || !types.has(obj.type)) {
    return {
      ok: false,
      code: 'unknown-type',
      message: `Unknown message type ${JSON.stringify(obj.type ?? null).slice(0, 40)}.`,
      ...id,
    }
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
    const code: ErrorCode = obj.type === 'command' ? 'bad-command' : 'bad-frame'
    return {
      ok: false,
      code,
      message: `Invalid ${obj.type} message${where}: ${issue?.message ?? 'invalid'}.`,
      ...id,
    }
  }
  return { ok: true, message: parsed.data }
}

/** UTF-8 byte length without TextEncoder allocation of the whole frame. */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

// Small builders, so every sender spells messages the same way.
export const msg = {
  hello: (role: Role, extra: { sessionId?: string; deviceToken?: string } = {}): ClientMessage => ({
    v: PROTOCOL_VERSION,
    type: 'hello',
    role,
    ...extra,
  }),
  command: (id: MessageId, command: Command): ClientMessage => ({
    v: PROTOCOL_VERSION,
    type: 'command',
    id,
    command,
  }),
  ping: (): ClientMessage => ({ v: PROTOCOL_VERSION, type: 'ping' }),
  welcome: (role: Role, state: SessionState): ServerMessage => ({
    v: PROTOCOL_VERSION,
    type: 'welcome',
    role,
    state,
  }),
  applied: (seq: number, command: Command, at: number): ServerMessage => ({
    v: PROTOCOL_VERSION,
    type: 'applied',
    seq,
    command,
    at,
  }),
  ack: (id: MessageId, seq: number): ServerMessage => ({ v: PROTOCOL_VERSION, type: 'ack', id, seq }),
  error: (code: ErrorCode, message: string, id?: MessageId): ServerMessage => ({
    v: PROTOCOL_VERSION,
    type: 'error',
    code,
    message,
    ...(id !== undefined ? { id } : {}),
  }),
  pong: (): ServerMessage => ({ v: PROTOCOL_VERSION, type: 'pong' }),
  ended: (): ServerMessage => ({ v: PROTOCOL_VERSION, type: 'ended' }),
  presence: (headset: boolean): ServerMessage => ({ v: PROTOCOL_VERSION, type: 'presence', headset }),
  pairingVoided: (until: number): ServerMessage => ({ v: PROTOCOL_VERSION, type: 'pairing-voided', until }),
}
