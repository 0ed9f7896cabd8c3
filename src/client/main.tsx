import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { takeAccessKey } from './access-key'
import { createApi } from './api'
import { App } from './App'
import { createClientStore } from './client-store'
import { readFlags } from './flags'
import { createStillroomXRStore } from './xr-store'
import './styles.css'

const flags = readFlags(window.location.search)
const api = createApi({ accessKey: takeAccessKey() })
const store = createClientStore()
const xrStore = createStillroomXRStore({ emulate: flags.emulate, origin: window.location.origin })

const root = document.getElementById('root')
if (!root) throw new Error('index.html is missing #root')
const path = window.location.pathname
// The therapist console is its own lazily loaded chunk, so the headset never downloads it.
if (path === '/console' || path.startsWith('/console/')) {
  void import('../console/main').then((m) => m.mountConsole(root))
} else {
  createRoot(root).render(
    <StrictMode>
      <App flags={flags} api={api} store={store} xrStore={xrStore} />
    </StrictMode>,
  )
}
