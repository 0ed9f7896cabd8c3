import { BIOMES, TIMES_OF_DAY, WEATHERS } from '../shared/spec'
import { BRIGHTNESS_MAX, BRIGHTNESS_MIN, type SessionState } from '../shared/session/state'
import { Choice, Section, Slider, prettify } from './controls-kit'
import { BIOME_TABLE } from '../shared/biomes/table'
import type { TherapistCommand } from './console-store'

/** The soundscape's layer ids; only the ones present in the session are shown as well as these. */
export const SOUND_LAYERS = ['waves', 'wind', 'rain', 'stream', 'birds', 'crickets', 'leaves', 'pad'] as const

type Props = { state: SessionState; send: (c: TherapistCommand) => void; disabled: boolean }

export function SceneControls({ state, send, disabled }: Props) {
  return (
    <Section id="scene" title="Scene">
      <Choice
        label="View"
        value={state.view}
        options={['gallery', 'landscape', 'timeline'] as const}
        onChange={(view) => send({ type: 'set-view', view })}
        disabled={disabled}
      />
      <Choice
        label="Place"
        value={state.spec.biome}
        options={BIOMES}
        onChange={(biome) => send({ type: 'set-scene', biome })}
        format={(b) => BIOME_TABLE[b].label}
        disabled={disabled}
      />
      <Choice
        label="Time of day"
        value={state.spec.timeOfDay}
        options={TIMES_OF_DAY}
        onChange={(timeOfDay) => send({ type: 'set-scene', timeOfDay })}
        disabled={disabled}
      />
      <Choice
        label="Weather"
        value={state.spec.weather}
        options={WEATHERS}
        onChange={(weather) => send({ type: 'set-scene', weather })}
        disabled={disabled}
      />
      <Slider
        label="Brightness"
        value={state.brightness}
        min={BRIGHTNESS_MIN}
        max={BRIGHTNESS_MAX}
        step={0.05}
        onCommit={(value) => send({ type: 'set-brightness', value })}
        disabled={disabled}
      />
    </Section>
  )
}

export function SoundControls({ state, send, disabled }: Props) {
  const names = [...new Set([...SOUND_LAYERS, ...Object.keys(state.sound.layers)])]
  return (
    <Section id="sound" title="Sound">
      <div className="row">
        <Slider
          label="Volume"
          value={state.sound.master}
          min={0}
          max={1}
          step={0.05}
          onCommit={(master) => send({ type: 'set-sound', master })}
          disabled={disabled}
        />
        <button
          type="button"
          aria-pressed={state.sound.muted}
          disabled={disabled}
          onClick={() => send({ type: 'set-sound', muted: !state.sound.muted })}
        >
          {state.sound.muted ? 'Unmute' : 'Mute'}
        </button>
      </div>
      <details className="layers">
        <summary>Sound layers</summary>
        <div className="layer-grid">
          {names.map((name) => (
            <Slider
              key={name}
              label={prettify(name)}
              value={state.sound.layers[name] ?? 1}
              min={0}
              max={1}
              step={0.05}
              onCommit={(v) => send({ type: 'set-sound', layers: { [name]: v } })}
              disabled={disabled}
            />
          ))}
        </div>
      </details>
    </Section>
  )
}
