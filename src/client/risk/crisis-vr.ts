/** The risk panels in the headset (they bring the panel kit and troika): loaded through `./loader` in VR only. */
export { CrisisPanelVR } from './CrisisPanelVR'
export { RiskNoticeVR } from './RiskNoticeVR'
