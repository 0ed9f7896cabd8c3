import type { WebSocket } from 'ws'
import { POSE_RELAY_HZ, msg } from '../../shared/session/protocol'
import type { PoseMessage } from '../../shared/session/protocol'
import { stateForHeadset } from '../../shared/session/state'
import type { SessionState } from '../../shared/session/state'
import { Participant } from './participant'
import type { RelayEvent } from './relay'
import type { SessionHub } from './session-hub'

const POSE_INTERVAL_MS = 1000 / POSE_RELAY_HZ

/**
 * The client's headset: sees only what is approved, sends only pose, SUDS answers and its own words.
 * Poses go on a droppable channel: at most POSE_RELAY_HZ per second reach the console, latest wins,
 * and none is ever stored.
 */
export class HeadsetConnection extends Participant {
  readonly role = 'headset' as const
  private lastPoseSent = -Infinity
  private pendingPose: string | undefined
  private poseTimer: NodeJS.Timeout | undefined
  private present = false

  constructor(
    ws: WebSocket,
    hub: SessionHub,
    sessionId: string,
    private readonly now: () => number,
  ) {
    super(ws, hub, sessionId)
  }

  pose(_message: PoseMessage, raw: string): void {
    // The raw frame passed the strict schema (no unknown fields, bounded numbers), so it is forwarded as is:
    // re-encoding 6,000 poses a second would cost more than everything else the relay does.
    this.pendingPose = raw
    const wait = this.lastPoseSent + POSE_INTERVAL_MS - this.now()
    if (wait <= 0) this.flushPose()
    else this.poseTimer ??= setTimeout(() => this.flushPose(), wait)
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
    if (this.poseTimer) clearTimeout(this.poseTimer)
    this.poseTimer = undefined
    this.pendingPose = undefined
    if (this.present) {
      this.present = false
      this.hub.headsetPresence(this.sessionId, -1)
    }
  }

  private flushPose(): void {
    this.poseTimer = undefined
    const frame = this.pendingPose
    if (frame === undefined) return
    this.pendingPose = undefined
    this.lastPoseSent = this.now()
    this.hub.relay.publish(this.sessionId, { kind: 'pose', frame })
  }
}
