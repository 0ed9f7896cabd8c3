import { useId } from 'react'
import { useStore } from 'zustand'
import { LAYER_INFO } from '../../shared/soundscape'
import type { SoundRuntime } from './sound-runtime'

const percent = (v: number) => Math.round(v * 100)

/** Volume for the whole soundscape and for each sound playing now, a mute, and a gentle "quieter for a while". */
export function SoundControls({ runtime }: { runtime: SoundRuntime }) {
  const volumes = useStore(runtime.view, (s) => s.volumes)
  const layers = useStore(runtime.view, (s) => s.layers)
  const calm = useStore(runtime.view, (s) => s.calm)
  const voice = useStore(runtime.view, (s) => s.voice)
  const id = useId()
  return (
    <div className="sound-controls">
      <label className="sound-row">
        <span>All sound</span>
        <input
          type="range"
          min={0}
          max={100}
          value={percent(volumes.master)}
          aria-valuetext={`${percent(volumes.master)} percent`}
          onChange={(e) => runtime.setVolumes({ master: Number(e.target.value) / 100 })}
        />
      </label>
      {layers.map((layer) => (
        <label key={layer} className="sound-row sound-layer">
          <span>{LAYER_INFO[layer].label}</span>
          <input
            type="range"
            min={0}
            max={100}
            value={percent(volumes.layers[layer] ?? 1)}
            aria-valuetext={`${percent(volumes.layers[layer] ?? 1)} percent`}
            onChange={(e) => runtime.setVolumes({ layers: { [layer]: Number(e.target.value) / 100 } })}
          />
        </label>
      ))}
      <div className="sound-toggles">
        <label className="choice">
          <input
            type="checkbox"
            id={`${id}-mute`}
            checked={volumes.muted}
            onChange={(e) => runtime.setVolumes({ muted: e.target.checked })}
          />
          Mute
        </label>
        <label className="choice">
          <input type="checkbox" checked={calm} onChange={(e) => runtime.calm(e.target.checked)} />
          Quieter for a while
        </label>
      </div>
      {voice ? null : (
        <p className="hint">No spoken voice on this device: the words are shown as captions.</p>
      )}
    </div>
  )
}
