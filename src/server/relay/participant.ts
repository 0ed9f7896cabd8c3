import type { WebSocket } from 'ws'
import type { Command, Role } from '../../shared/session/commands'
import { msg } from '../../shared/session/protocol'
import type { ErrorCode, MessageId, PoseMessage, ServerMessage } from '../../shared/session/protocol'
import type { SessionState } from '../../shared/session/state'
import type { RelayEvent } from './relay'
import type { SessionHub } from './session-hub'

/** Bytes queued on a socket before we call the receiver too slow and let it resync later. */
const MAX_BUFFERED = 4 * 1024 * 1024

/**
 * One authenticated participant of one session. Subclasses decide what their side may see and send;
 * this base keeps the ordering promise: after `welcome` at seq N, exactly the applied commands N+1, N+2, …
 */
export abstract class Participant {
  abstract readonly role: Role
  protected lastSeq = 0
  private unsubscribe: (() => void) | undefined
  private closed = false

  constructor(
    protected readonly ws: WebSocket,
    protected readonly hub: SessionHub,
    readonly sessionId: string,
  ) {}

  /** Sends the full state and starts listening. Called again on a repeated hello (resync). */
  welcome(state: SessionState): void {
    if (this.closed) return
    this.unsubscribe ??= this.hub.relay.subscribe(this.sessionId, (event) => this.onEvent(event))
    this.lastSeq = state.seq
    this.sendMessage(msg.welcome(this.role, this.view(state)))
    this.afterWelcome(state)
  }

  async command(id: MessageId, command: Command): Promise<void> {
    const result = await this.hub.submit(this.sessionId, this.role, command)
    if (result.ok) this.sendMessage(msg.ack(id, result.seq))
    else this.error(result.code, result.message, id)
  }

  abstract pose(message: PoseMessage, raw: string): void

  close(): void {
    if (this.closed) return
    this.closed = true
    this.unsubscribe?.()
    this.unsubscribe = undefined
    this.onClose()
  }

  error(code: ErrorCode, message: string, id?: MessageId): void {
    this.sendMessage(msg.error(code, message, id))
  }

  protected abstract view(state: SessionState): SessionState
  protected abstract frameOf(event: Extract<RelayEvent, { kind: 'applied' }>): string
  protected afterWelcome(_state: SessionState): void {}
  protected onClose(): void {}
  protected onOtherEvent(_event: RelayEvent): void {}

  private onEvent(event: RelayEvent): void {
    if (event.kind === 'applied') {
      // Already contained in the welcome this socket got.
      if (event.seq <= this.lastSeq) return
      this.lastSeq = event.seq
      this.send(this.frameOf(event))
      return
    }
    this.onOtherEvent(event)
    if (event.kind === 'ended' && event.erased) {
      // The record was erased: nothing more of this session may reach the socket, not even after a repeated hello.
      this.close()
      this.ws.close(1000, 'session erased')
    }
  }

  protected sendMessage(message: ServerMessage): void {
    this.send(JSON.stringify(message))
  }

  protected send(frame: string): void {
    if (this.ws.readyState !== this.ws.OPEN) return
    if (this.ws.bufferedAmount > MAX_BUFFERED) {
      // Never let one stalled receiver grow the server's memory; it reconnects and resyncs.
      this.ws.close(1013, 'too slow')
      return
    }
    this.ws.send(frame)
  }
}
