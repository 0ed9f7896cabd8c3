import { Suspense, lazy, useEffect, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'
import { readAccessKey } from './console-api'
import type { ConsoleController } from './console-controller'
import { reportSessionId } from './report/report-route'
import type { ConsoleStore } from './console-store'
import { HomePage } from './HomePage'
import { LoginPage } from './LoginPage'
import { SessionView } from './SessionView'
import { createRiskChime, type RiskChime } from './risk/risk-chime'
import { RiskLayer } from './risk/RiskLayer'

// The admin's audit page is its own chunk, fetched only on its path.
const AdminAuditPage = lazy(() =>
  import('./admin/AdminAuditPage').then((m) => ({ default: m.AdminAuditPage })),
)
const AUDIT_PATH = '/console/admin/audit'
// Insight and the printable report are chunks of their own too, fetched only when opened.
const InsightPage = lazy(() => import('./insight/InsightPage').then((m) => ({ default: m.InsightPage })))
const ReportPage = lazy(() => import('./report/ReportPage').then((m) => ({ default: m.ReportPage })))

export type ConsoleAppProps = {
  store: ConsoleStore
  controller: ConsoleController
  /** The risk alert's chime (main.tsx makes it, so the e2e can count it); one of its own otherwise. */
  riskSound?: RiskChime
  /** Told on the first frame that shows a risk alert (the e2e times it). */
  onRiskShown?: (riskId: string) => void
}

/** The page for the current screen, with the risk alert above any of them while a session is connected. */
export function ConsoleApp(props: ConsoleAppProps) {
  const { store, controller } = props
  const screen = useStore(store, (s) => s.screen)
  const [ownSound] = useState(() => props.riskSound ?? createRiskChime())
  const sound = props.riskSound ?? ownSound

  useEffect(() => {
    void controller.start()
    return controller.dispose
  }, [controller])

  return (
    <>
      <ConsolePage store={store} controller={controller} />
      {screen !== 'login' && screen !== 'checking' ? (
        <RiskLayer store={store} controller={controller} sound={sound} onShown={props.onRiskShown} />
      ) : null}
    </>
  )
}

function ConsolePage({
  store,
  controller,
}: {
  store: ConsoleStore
  controller: ConsoleController
}): ReactNode {
  const screen = useStore(store, (s) => s.screen)
  const me = useStore(store, (s) => s.me)
  const clients = useStore(store, (s) => s.clients)
  const sessions = useStore(store, (s) => s.sessions)
  const insightClient = useStore(store, (s) => s.insightClient)

  switch (screen) {
    case 'checking':
      return <main className="session-loading" aria-busy="true" />
    case 'login':
      return <LoginPage onLogin={controller.login} />
    case 'home': {
      const reportId = reportSessionId(window.location.pathname)
      if (me && reportId)
        return (
          <Suspense fallback={<main className="session-loading" aria-busy="true" />}>
            <ReportPage sessionId={reportId} accessKey={readAccessKey()} />
          </Suspense>
        )
      if (me && window.location.pathname.replace(/\/$/, '') === AUDIT_PATH)
        return (
          <Suspense fallback={<main className="session-loading" aria-busy="true" />}>
            <AdminAuditPage me={me} />
          </Suspense>
        )
      return me ? (
        <HomePage
          me={me}
          clients={clients}
          sessions={sessions}
          onCreateClient={controller.createClient}
          onSetScale={controller.setClientScale}
          onSetLanguage={controller.setClientLanguage}
          onStart={controller.startSession}
          onResume={controller.resumeSession}
          onLogout={() => void controller.logout()}
          onInsight={(client) => store.setState({ screen: 'insight', insightClient: client })}
          onRecordChanged={() => void controller.refreshHome()}
        />
      ) : null
    }
    case 'insight':
      return insightClient ? (
        <Suspense fallback={<main className="session-loading" aria-busy="true" />}>
          <InsightPage
            clientId={insightClient.id}
            alias={insightClient.alias}
            accessKey={readAccessKey()}
            onBack={() => store.setState({ screen: 'home', insightClient: null })}
          />
        </Suspense>
      ) : null
    case 'session':
      return <SessionView store={store} controller={controller} />
  }
}
