import { Panel, PanelButton, PanelChoice, PanelText, PanelToggle, PANEL_THEME } from '../ui'
import { SOUND_PANEL } from './panel-layout'

export type SoundPanelLayer = { id: string; label: string; level: number }
export type SoundPanelExercise = { id: string; label: string }

/** The panel's own words, in the client's language (src/client/exercises/sound-panel-words.ts). */
export type SoundPanelWords = {
  title: string
  soundOn: string
  volume: string
  calm: string
  close: string
  soft: string
  medium: string
  full: string
  off: string
  low: string
  mid: string
}

export type SoundPanelProps = {
  master: number
  muted: boolean
  calm: boolean
  layers: readonly SoundPanelLayer[]
  exercises: readonly SoundPanelExercise[]
  /** The words on the button that stops the running exercise ("Stop box breathing"), or null when none runs. */
  stopLabel: string | null
  words: SoundPanelWords
  onMaster: (v: number) => void
  onMuted: (muted: boolean) => void
  onCalm: (on: boolean) => void
  onLayer: (id: string, level: number) => void
  onStart: (id: string) => void
  onStop: () => void
  onClose: () => void
}

// The steps' meshes are named by their English word in every language (`meshKey`), so tests find them.
const masterSteps = (w: SoundPanelWords) => [
  { value: 0.4, label: w.soft, meshKey: 'Soft' },
  { value: 0.65, label: w.medium, meshKey: 'Medium' },
  { value: 0.9, label: w.full, meshKey: 'Full' },
]
const layerSteps = (w: SoundPanelWords) => [
  { value: 0, label: w.off, meshKey: 'Off' },
  { value: 0.35, label: w.low, meshKey: 'Low' },
  { value: 0.7, label: w.mid, meshKey: 'Mid' },
  { value: 1, label: w.full, meshKey: 'Full' },
]
const nearest = (steps: ReadonlyArray<{ value: number }>, v: number) =>
  steps.reduce((best, s) => (Math.abs(s.value - v) < Math.abs(best - v) ? s.value : best), steps[0]!.value)

const ROW = SOUND_PANEL.row
const WIDTH = SOUND_PANEL.width

/**
 * The in-VR sound and exercise panel: master volume, sound on/off, a calm duck, each playing layer's level, and
 * the exercises to start (or the running one to stop). Big targets, few words.
 */
export function SoundPanel(p: SoundPanelProps) {
  const w = p.words
  const MASTER_STEPS = masterSteps(w)
  const LAYER_STEPS = layerSteps(w)
  const rows = 4 + p.layers.length + (p.stopLabel ? 1 : Math.ceil(p.exercises.length / 2)) + 1
  const height = rows * ROW + 0.16
  let y = height / 2 - 0.1
  const next = (step = ROW) => {
    const at = y
    y -= step
    return at
  }
  const inner = SOUND_PANEL.inner
  return (
    <Panel width={WIDTH} height={height} name="sound-panel">
      <PanelText size={PANEL_THEME.fontSize.title} weight="bold" position={[0, next(), 0.01]}>
        {w.title}
      </PanelText>
      <PanelToggle
        label={w.soundOn}
        meshKey="Sound on"
        value={!p.muted}
        onChange={(on) => p.onMuted(!on)}
        width={inner}
        position={[0, next(), 0.01]}
      />
      <PanelChoice
        label={w.volume}
        options={MASTER_STEPS}
        value={nearest(MASTER_STEPS, p.master)}
        onChange={p.onMaster}
        width={inner}
        position={[0, next(), 0.01]}
      />
      <PanelToggle
        label={w.calm}
        meshKey="Quieter for a while"
        value={p.calm}
        onChange={p.onCalm}
        width={inner}
        position={[0, next(), 0.01]}
      />
      {p.layers.map((l) => (
        <PanelChoice
          key={l.id}
          label={l.label}
          options={LAYER_STEPS}
          value={nearest(LAYER_STEPS, l.level)}
          onChange={(v) => p.onLayer(l.id, v)}
          width={inner}
          fontSize={PANEL_THEME.fontSize.small}
          labelShare={SOUND_PANEL.layerLabelShare}
          position={[0, next(), 0.01]}
        />
      ))}
      {p.stopLabel ? (
        <PanelButton
          label={p.stopLabel}
          meshKey="stop-exercise"
          width={inner}
          onPress={p.onStop}
          position={[0, next(), 0.01]}
        />
      ) : (
        Array.from({ length: Math.ceil(p.exercises.length / 2) }, (_, row) => {
          const at = next()
          return [0, 1].map((col) => {
            const e = p.exercises[row * 2 + col]
            if (!e) return null
            return (
              <PanelButton
                key={e.id}
                label={e.label}
                meshKey={e.id}
                width={inner / 2 - 0.02}
                fontSize={PANEL_THEME.fontSize.small}
                onPress={() => p.onStart(e.id)}
                position={[(col === 0 ? -1 : 1) * (inner / 4 + 0.005), at, 0.01]}
              />
            )
          })
        })
      )}
      <PanelButton label={w.close} meshKey="Close" onPress={p.onClose} position={[0, next(), 0.01]} />
    </Panel>
  )
}
