import type { WebSocket } from 'ws'
import { msg } from '../../shared/session/protocol'
import type { PoseMessage } from '../../shared/session/protocol'
import { stateForHeadset } from '../../shared/session/state'
import type { SessionState } from '../../shared/session/state'
import { Participant } from './participant'
import type { PoseChannel, PoseCoalescer } from './pose-coalescer'
import type { RelayEvent } from './relay'
import type { SessionHub } from './session-hub'

/**
 * The client's headset: sees only what is approved, sends only pose, SUDS answers and its own words.
 * Poses go on a droppable channel (the server's PoseCoalescer): at most POSE_RELAY_HZ per second reach
 * the console, latest wins, and none is ever stored.
 */
export class HeadsetConnection extends Participant {
  readonly role = 'headset' as const
  private readonly poses: PoseChannel
  private present = false

  constructor(ws: WebSocket, hub: SessionHub, sessionId: string, coalescer: PoseCoalescer) {
    super(ws, hub, sessionId)
    this.poses = coalescer.open((frame) => this.hub.relay.publish(this.sessionId, { kind: 'pose', frame }))
  }

  pose(message: PoseMessage, raw: string): void {
    // The raw frame passed the strict check (no unknown fields, bounded numbers), so it is forwarded as is:
    // re-encoding 6,000 poses a second would cost more than everything else the relay does.
    this.poses.offer(message.t, raw)
  }

  protected view(state: SessionState): SessionState {
    return stateForHeadset(state)
  }

  protected frameOf(event: Extract<RelayEvent, { kind: 'applied' }>): string {
    return event.headsetFrame
  }

  protected override afterWelcome(): void {
    if (!this.present) {
      this.present = true
      this.hub.headsetPresence(this.sessionId, 1)
    }
  }

  protected override onOtherEvent(event: RelayEvent): void {
    if (event.kind === 'ended') {
      this.sendMessage(msg.ended())
      // The headset forgets the session on `ended`; the socket closes gently after it.
      this.ws.close(1000, 'session ended')
    }
  }

  protected override onClose(): void {
    this.poses.close()
    if (this.present) {
      this.present = false
      this.hub.headsetPresence(this.sessionId, -1)
    }
  }
}
