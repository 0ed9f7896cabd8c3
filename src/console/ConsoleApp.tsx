import { useEffect } from 'react'
import { useStore } from 'zustand'
import type { ConsoleController } from './console-controller'
import type { ConsoleStore } from './console-store'
import { HomePage } from './HomePage'
import { LoginPage } from './LoginPage'
import { SessionView } from './SessionView'

export function ConsoleApp({ store, controller }: { store: ConsoleStore; controller: ConsoleController }) {
  const screen = useStore(store, (s) => s.screen)
  const me = useStore(store, (s) => s.me)
  const clients = useStore(store, (s) => s.clients)
  const sessions = useStore(store, (s) => s.sessions)

  useEffect(() => {
    void controller.start()
    return controller.dispose
  }, [controller])

  switch (screen) {
    case 'checking':
      return <main className="session-loading" aria-busy="true" />
    case 'login':
      return <LoginPage onLogin={controller.login} />
    case 'home':
      return me ? (
        <HomePage
          me={me}
          clients={clients}
          sessions={sessions}
          onCreateClient={controller.createClient}
          onSetScale={controller.setClientScale}
          onStart={controller.startSession}
          onResume={controller.resumeSession}
          onLogout={() => void controller.logout()}
        />
      ) : null
    case 'session':
      return <SessionView store={store} controller={controller} />
  }
}
