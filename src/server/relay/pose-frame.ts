import { PROTOCOL_VERSION, parseClientMessage } from '../../shared/session/protocol'
import type { ClientMessage, Parsed, PoseMessage } from '../../shared/session/protocol'

/** Every client frame goes through here: poses on the fast path, the rest (and every bad frame) via the schema. */
export function readClientFrame(text: string): Parsed<ClientMessage> {
  const pose = readPoseFrame(text)
  return pose ? { ok: true, message: pose } : parseClientMessage(text)
}

/**
 * The hot path of the relay: a headset sends its pose 25–30 times a second, so 200 sessions are ~6,000
 * frames a second. Validating each with the zod union cost a tenth of a core; this hand-written check
 * accepts exactly the well-formed poses (a subset of what `PoseSchema` accepts, never more) and answers
 * `undefined` for everything else — the caller then runs `parseClientMessage`, which names the problem
 * with the usual error code. So the fast path can only speed up good frames, never change an answer.
 */
export function readPoseFrame(text: string): PoseMessage | undefined {
  // A pose is ~150 bytes; anything much larger is not one of ours (and gets the full size checks).
  if (text.length > POSE_MAX_CHARS || !text.includes('"pose"')) return undefined
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return undefined
  }
  return isPose(raw) ? raw : undefined
}

const POSE_MAX_CHARS = 1024
/** Same bounds as the schema's `Coord`. */
const COORD_LIMIT = 10_000
const ARTWORK_ID_MAX = 64

function isPose(raw: unknown): raw is PoseMessage {
  if (!isPlainObject(raw)) return false
  let keys = 0
  for (const key in raw) {
    if (key !== 'v' && key !== 'type' && key !== 't' && key !== 'head' && key !== 'gaze') return false
    keys++
  }
  if (raw.v !== PROTOCOL_VERSION || raw.type !== 'pose' || !isFiniteNumber(raw.t)) return false
  const head = raw.head
  if (!isPlainObject(head) || !onlyKeys(head, 'p', 'q') || !isCoords(head.p, 3) || !isCoords(head.q, 4)) {
    return false
  }
  if (!('gaze' in raw)) return keys === 4
  const gaze = raw.gaze
  if (!isPlainObject(gaze) || !onlyKeys(gaze, 'dir', 'artworkId') || !isCoords(gaze.dir, 3)) return false
  if ('artworkId' in gaze) {
    const id = gaze.artworkId
    if (typeof id !== 'string' || id.length < 1 || id.length > ARTWORK_ID_MAX) return false
  }
  return keys === 5
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** True when every own key is one of `allowed` (strict objects: an unknown key is an error). */
function onlyKeys(obj: Record<string, unknown>, a: string, b: string): boolean {
  for (const key in obj) if (key !== a && key !== b) return false
  return true
}

function isFiniteNumber(value: unknown): value is number {
  // JSON.parse turns 1e999 into Infinity, so finiteness is not a given.
  return typeof value === 'number' && Number.isFinite(value)
}

function isCoords(value: unknown, length: number): boolean {
  if (!Array.isArray(value) || value.length !== length) return false
  for (let i = 0; i < length; i++) {
    const c: unknown = value[i]
    if (!isFiniteNumber(c) || c < -COORD_LIMIT || c > COORD_LIMIT) return false
  }
  return true
}
