import { useMemo } from 'react'
import { useStore } from 'zustand'
import type { ConsoleController } from '../console-controller'
import type { ConsoleStore } from '../console-store'
import { alertSounds, riskAlert, riskTitle } from './risk-alert'
import type { RiskChime } from './risk-chime'
import { RiskAlert } from './RiskAlert'
import { RiskCheckPanel } from './RiskCheckPanel'
import { useRiskSound, useRiskTitle } from './use-risk-signals'
import './risk.css'

/**
 * The risk alert and the structured check, above whichever console page is open while a session is connected:
 * an alert must reach the therapist wherever they are. Everything it shows comes from the session state, so a
 * reload (or a second console) raises the same alert for any event still waiting.
 */
export function RiskLayer(props: {
  store: ConsoleStore
  controller: ConsoleController
  sound: RiskChime
  onShown?: (riskId: string) => void
}) {
  const { store, controller, sound } = props
  const session = useStore(store, (s) => s.session)
  const screen = useStore(store, (s) => s.screen)
  const connection = useStore(store, (s) => s.connection)
  const acking = useStore(store, (s) => s.riskAcking)
  const openCheck = useStore(store, (s) => s.riskCheck)
  const alert = useMemo(() => riskAlert(session), [session])
  const inSession = screen === 'session'
  // Once the session's connection has closed, acknowledging and checking go over HTTP (sendRecord), so no dead end.
  const offline = connection === 'ended' || connection === 'closed'
  const waitingIds = alert?.waiting.map((r) => r.id) ?? []
  const acknowledging = waitingIds.length > 0 && waitingIds.every((id) => acking.includes(id))

  useRiskTitle(alert && !acknowledging ? riskTitle(alert.alias) : null)
  const soundBlocked = useRiskSound(sound, alertSounds(alert) && !acknowledging && !offline)

  const checkEvent = inSession && openCheck ? session?.risks?.find((r) => r.id === openCheck) : undefined
  const close = () => store.setState({ riskCheck: null })

  return (
    <div className={`risk-layer${inSession ? ' in-session' : ''}`}>
      {alert ? (
        <RiskAlert
          alert={alert}
          acknowledging={acknowledging}
          onAcknowledge={() => controller.acknowledgeRisks(waitingIds)}
          soundBlocked={soundBlocked}
          onAllowSound={() => sound.unlock()}
          onOpenSession={inSession ? undefined : () => controller.resumeSession(alert.sessionId)}
          onShown={props.onShown}
        />
      ) : null}
      {checkEvent && session ? (
        // A new alert comes first; a check being written stays as it is underneath until the alert is answered.
        <div hidden={alert !== null}>
          <RiskCheckPanel
            key={checkEvent.id}
            event={checkEvent}
            alias={session.clientAlias}
            send={controller.sendRecord}
            onClose={close}
          />
        </div>
      ) : null}
    </div>
  )
}
