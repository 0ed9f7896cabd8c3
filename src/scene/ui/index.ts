/**
 * The in-VR panel kit: calm, large, readable panels that work with the mouse and with controller rays.
 *
 * Load it lazily (it brings troika text): from a component that is itself `React.lazy`-loaded, or with
 * `await import('../scene/ui')`. Never re-export it from `src/scene/index.ts` (that would put it in the headset's
 * first bundle). See README.md in this folder for a worked example.
 *
 * - `Panel`: the soft rounded plate; children sit in its plane, centre origin, +z toward the viewer.
 * - `PanelText`: Source Sans 3 text (shipped font), generous line spacing.
 * - `PanelButton`: big target, hover highlight, `onPress` from mouse or controller trigger.
 * - `PanelToggle`: labelled on/off switch row.
 * - `PanelChoice`: one of a few options as a segmented row of buttons.
 * - `useFollowView` / `FollowView`: keep a panel gently in front of the view (dead zone, smooth glide, no jitter).
 */
export { Panel, type PanelProps } from './Panel'
export { PanelText, type PanelTextProps } from './PanelText'
export { PanelButton, type PanelButtonProps } from './PanelButton'
export { PanelToggle, type PanelToggleProps } from './PanelToggle'
export { PanelChoice, type PanelChoiceProps, type PanelChoiceOption } from './PanelChoice'
export { useFollowView, FollowView, type FollowViewProps } from './use-follow-view'
export { DEFAULT_FOLLOW, type FollowViewOptions } from './follow-view-math'
export { PANEL_THEME, PANEL_DISTANCE, PANEL_DROP } from './theme'
