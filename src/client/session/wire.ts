// The headset's view of the wire protocol (src/shared/session): one place to import from.
import type { Command } from '../../shared/session/commands'
import { parseServerMessage } from '../../shared/session/protocol'
import type { HelloMessage, PoseMessage, ServerMessage } from '../../shared/session/protocol'
import type { SessionState } from '../../shared/session/state'

export type WireCommand = Command
export type WireState = SessionState
export type { HelloMessage, PoseMessage, ServerMessage }

/** Socket parser: a valid server message, or null for anything else (logged once, never thrown). */
export function parseFrame(frame: string): ServerMessage | null {
  const r = parseServerMessage(frame)
  if (r.ok) return r.message
  console.warn(`session: ignored a frame from the server (${r.code}): ${r.message}`)
  return null
}
