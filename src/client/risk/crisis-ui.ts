/**
 * The risk screen and the crisis panel for the screen, one lazily loaded chunk: the screen runs before solo words are
 * sent, so by the time it raises them the panel's code is already here. Load it through `./loader`.
 */
export { screenRisk } from '../../shared/safety/risk'
export { CrisisDialog } from './CrisisDialog'
export { SessionRiskNotice } from './SessionRiskNotice'
