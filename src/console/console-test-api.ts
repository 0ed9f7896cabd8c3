import type { SessionState } from '../shared/session/state'
import type { ConsoleController } from './console-controller'
import type { ConsoleStore } from './console-store'
import type { RiskChime } from './risk/risk-chime'
import type { ConnectionStatus } from '../shared/session/session-socket'

/** `window.__stillroomConsole`, only with `?e2e=1`: what the browser tests read. Getters read the current state. */
export type ConsoleTestApi = {
  readonly screen: string
  readonly session: SessionState | null
  readonly connection: ConnectionStatus
  readonly headset: boolean
  readonly pairingCode: string | null
  /** Poses received from the headset so far. */
  readonly poses: number
  /** Commands sent, with the epoch time in ms (performance.timeOrigin + now) they left the console. */
  readonly sent: ReadonlyArray<{ type: string; id: string; at: number }>
  /** Points on the SUDS chart (read from the drawn uPlot data, not from the state). */
  readonly chartPoints: number
  /** Risk chimes actually played (audio running), whether one is sounding now, and whether audio is blocked. */
  readonly riskChimes: number
  readonly riskSoundPlaying: boolean
  readonly riskSoundBlocked: boolean
  /** Epoch ms (performance.timeOrigin + now) of the first frame that showed each risk event's alert. */
  readonly riskShown: Readonly<Record<string, number>>
  controller: ConsoleController
}

export type ConsoleRiskTestHooks = { riskSound: RiskChime; riskShown: Record<string, number> }

declare global {
  interface Window {
    __stillroomConsole?: ConsoleTestApi
  }
}

type UPlotHost = HTMLElement & { __uplot?: unknown }

export function installConsoleTestApi(
  store: ConsoleStore,
  controller: ConsoleController,
  sent: ConsoleTestApi['sent'],
  risk: ConsoleRiskTestHooks,
): void {
  window.__stillroomConsole = {
    get screen() {
      return store.getState().screen
    },
    get session() {
      return store.getState().session
    },
    get connection() {
      return store.getState().connection
    },
    get headset() {
      return store.getState().headset
    },
    get pairingCode() {
      return store.getState().pairing?.code ?? null
    },
    get poses() {
      return store.live.received
    },
    sent,
    get chartPoints() {
      const host = document.querySelector<UPlotHost>('.suds-chart')
      return Number(host?.dataset.points ?? 0)
    },
    get riskChimes() {
      return risk.riskSound.started
    },
    get riskSoundPlaying() {
      return risk.riskSound.playing
    },
    get riskSoundBlocked() {
      return risk.riskSound.blocked
    },
    riskShown: risk.riskShown,
    controller,
  }
}
