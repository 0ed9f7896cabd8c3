import { lazy } from 'react'

// The only part of the risk feature in the first bundle: a few lines that load the rest when it is needed.

/** The risk screen with the screen's crisis panel and session notice (see crisis-ui.ts). */
export const loadCrisisUi = () => import('./crisis-ui')
const loadCrisisVR = () => import('./crisis-vr')

export const LazyCrisisDialog = lazy(() => loadCrisisUi().then((m) => ({ default: m.CrisisDialog })))
export const LazySessionRiskNotice = lazy(() =>
  loadCrisisUi().then((m) => ({ default: m.SessionRiskNotice })),
)
export const LazyCrisisPanelVR = lazy(() => loadCrisisVR().then((m) => ({ default: m.CrisisPanelVR })))
export const LazyRiskNoticeVR = lazy(() => loadCrisisVR().then((m) => ({ default: m.RiskNoticeVR })))
