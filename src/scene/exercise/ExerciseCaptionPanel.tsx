import { Panel, PanelText, PANEL_THEME } from '../ui'
import { CAPTION_PANEL } from './panel-layout'

export type ExerciseCaptionPanelProps = {
  /** The exercise's name, small above the words. */
  title: string
  caption: string
  position?: readonly [number, number, number]
}

/** The narration in VR: large, plain words on a soft plate (the group around it follows the view). */
export function ExerciseCaptionPanel({ title, caption, position = [0, 0, 0] }: ExerciseCaptionPanelProps) {
  return (
    // Two metres away with the orb above it: a little larger than body text so it reads at a glance.
    <Panel
      width={CAPTION_PANEL.width}
      height={CAPTION_PANEL.height}
      position={position as [number, number, number]}
      name="exercise-caption"
    >
      <PanelText size={PANEL_THEME.fontSize.small} colour={PANEL_THEME.inkSoft} position={[0, 0.14, 0.01]}>
        {title}
      </PanelText>
      <PanelText
        size={CAPTION_PANEL.captionSize}
        maxWidth={CAPTION_PANEL.captionWidth}
        position={[0, -0.03, 0.01]}
      >
        {caption || ' '}
      </PanelText>
    </Panel>
  )
}
