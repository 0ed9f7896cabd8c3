import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { takeAccessKey } from '../shared/ui/access-key'
import { createConsoleApi } from './console-api'
import { createConsoleController } from './console-controller'
import { createConsoleStore } from './console-store'
import { ConsoleApp } from './ConsoleApp'
import { installConsoleTestApi } from './console-test-api'
import { createRiskChime } from './risk/risk-chime'
import './console.css'

/** Mounts the therapist console: its own page (src/console/index.html), served for every `/console` path. */
export function mountConsole(root: HTMLElement, search = window.location.search): void {
  // On --lan the printed address carries the access key: kept for this tab, taken out of the address bar.
  const accessKey = takeAccessKey()
  const api = createConsoleApi({ accessKey })
  const store = createConsoleStore()
  const e2e = new URLSearchParams(search).get('e2e') === '1'
  const sent: Array<{ type: string; id: string; at: number }> = []
  const controller = createConsoleController({
    api,
    store,
    location: window.location,
    accessKey,
    onSent: e2e
      ? (c, id) => sent.push({ type: c.type, id, at: performance.timeOrigin + performance.now() })
      : undefined,
  })
  const riskSound = createRiskChime()
  // When each risk alert was first drawn (epoch ms, like `sent`): the e2e times words to alert with it.
  const riskShown: Record<string, number> = {}
  const onRiskShown = e2e
    ? (id: string) => void (riskShown[id] ??= performance.timeOrigin + performance.now())
    : undefined
  if (e2e) installConsoleTestApi(store, controller, sent, { riskSound, riskShown })
  createRoot(root).render(
    <StrictMode>
      <ConsoleApp store={store} controller={controller} riskSound={riskSound} onRiskShown={onRiskShown} />
    </StrictMode>,
  )
}
