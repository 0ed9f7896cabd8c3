import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { takeAccessKey } from '../shared/ui/access-key'
import { createApi } from './api'
import { App } from './App'
import { createClientStore } from './client-store'
import { readFlags } from './flags'
import { createStillroomXRStore } from './xr-store'

/** Mounts the headset page: the gallery, the words box and everything a client uses, desktop and VR. */
export function mountHeadset(root: HTMLElement): void {
  const flags = readFlags(window.location.search)
  const api = createApi({ accessKey: takeAccessKey() })
  const store = createClientStore()
  const xrStore = createStillroomXRStore({ emulate: flags.emulate, origin: window.location.origin })
  createRoot(root).render(
    <StrictMode>
      <App flags={flags} api={api} store={store} xrStore={xrStore} />
    </StrictMode>,
  )
}

