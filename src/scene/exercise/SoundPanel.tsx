import { Panel, PanelButton, PanelChoice, PanelText, PanelToggle, PANEL_THEME } from '../ui'

export type SoundPanelLayer = { id: string; label: string; level: number }
export type SoundPanelExercise = { id: string; label: string }

export type SoundPanelProps = {
  master: number
  muted: boolean
  calm: boolean
  layers: readonly SoundPanelLayer[]
  exercises: readonly SoundPanelExercise[]
  /** The running exercise's title, or null. */
  running: string | null
  onMaster: (v: number) => void
  onMuted: (muted: boolean) => void
  onCalm: (on: boolean) => void
  onLayer: (id: string, level: number) => void
  onStart: (id: string) => void
  onStop: () => void
  onClose: () => void
}

const MASTER_STEPS = [
  { value: 0.4, label: 'Soft' },
  { value: 0.65, label: 'Medium' },
  { value: 0.9, label: 'Full' },
]
const LAYER_STEPS = [
  { value: 0, label: 'Off' },
  { value: 0.35, label: 'Low' },
  { value: 0.7, label: 'Mid' },
  { value: 1, label: 'Full' },
]
const nearest = (steps: ReadonlyArray<{ value: number }>, v: number) =>
  steps.reduce((best, s) => (Math.abs(s.value - v) < Math.abs(best - v) ? s.value : best), steps[0]!.value)

const ROW = 0.14
const WIDTH = 1.3

/**
 * The in-VR sound and exercise panel: master volume, sound on/off, a calm duck, each playing layer's level, and
 * the exercises to start (or the running one to stop). Big targets, few words.
 */
export function SoundPanel(p: SoundPanelProps) {
  const rows = 4 + p.layers.length + (p.running ? 1 : Math.ceil(p.exercises.length / 2)) + 1
  const height = rows * ROW + 0.16
  let y = height / 2 - 0.1
  const next = (step = ROW) => {
    const at = y
    y -= step
    return at
  }
  const inner = WIDTH - 0.12
  return (
    <Panel width={WIDTH} height={height} name="sound-panel">
      <PanelText size={PANEL_THEME.fontSize.title} weight="bold" position={[0, next(), 0.01]}>
        Sound and exercises
      </PanelText>
      <PanelToggle
        label="Sound on"
        value={!p.muted}
        onChange={(on) => p.onMuted(!on)}
        width={inner}
        position={[0, next(), 0.01]}
      />
      <PanelChoice
        label="Volume"
        options={MASTER_STEPS}
        value={nearest(MASTER_STEPS, p.master)}
        onChange={p.onMaster}
        width={inner}
        position={[0, next(), 0.01]}
      />
      <PanelToggle
        label="Quieter for a while"
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
          labelShare={0.38}
          position={[0, next(), 0.01]}
        />
      ))}
      {p.running ? (
        <PanelButton
          label={`Stop ${p.running.toLowerCase()}`}
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
                width={inner / 2 - 0.02}
                fontSize={PANEL_THEME.fontSize.small}
                onPress={() => p.onStart(e.id)}
                position={[(col === 0 ? -1 : 1) * (inner / 4 + 0.005), at, 0.01]}
              />
            )
          })
        })
      )}
      <PanelButton label="Close" onPress={p.onClose} position={[0, next(), 0.01]} />
    </Panel>
  )
}
