import { msg } from '../../shared/session/protocol'
import type { SessionState } from '../../shared/session/state'
import { Participant } from './participant'
import type { RelayEvent } from './relay'

/** The console of the therapist who owns the session: sees everything, steers everything. */
export class TherapistConnection extends Participant {
  readonly role = 'therapist' as const

  pose(): void {
    this.error('forbidden', 'Only the headset sends its pose.')
  }

  protected view(state: SessionState): SessionState {
    return state
  }

  protected frameOf(event: Extract<RelayEvent, { kind: 'applied' }>): string {
    return event.consoleFrame
  }

  protected override afterWelcome(): void {
    this.sendMessage(msg.presence(this.hub.headsetConnected(this.sessionId)))
  }

  protected override onOtherEvent(event: RelayEvent): void {
    if (event.kind === 'pose') this.send(event.frame)
    else if (event.kind === 'presence') this.sendMessage(msg.presence(event.headset))
    else if (event.kind === 'ended') this.sendMessage(msg.ended())
    else if (event.kind === 'pairing-voided') this.sendMessage(msg.pairingVoided(event.until))
  }
}
