import { useId } from 'react'
import { useStore } from 'zustand'
import { LAYER_INFO } from '../../shared/soundscape'
import { useText } from '../i18n/text-context'
import type { SoundRuntime } from './sound-runtime'

const percent = (v: number) => Math.round(v * 100)

/** Volume for the whole soundscape and for each sound playing now, a mute, and a gentle "quieter for a while". */
export function SoundControls({ runtime }: { runtime: SoundRuntime }) {
  const t = useText()
  const volumes = useStore(runtime.view, (s) => s.volumes)
  const layers = useStore(runtime.view, (s) => s.layers)
  const calm = useStore(runtime.view, (s) => s.calm)
  const voice = useStore(runtime.view, (s) => s.voice)
  const id = useId()
  return (
    <div className="sound-controls">
      <label className="sound-row">
        <span>{t('sound.all')}</span>
        <input
          type="range"
          min={0}
          max={100}
          value={percent(volumes.master)}
          aria-valuetext={t('sound.percent', { value: percent(volumes.master) })}
          onChange={(e) => runtime.setVolumes({ master: Number(e.target.value) / 100 })}
        />
      </label>
      {layers.map((layer) => (
        <label key={layer} className="sound-row sound-layer">
          <span>{t(LAYER_INFO[layer].label)}</span>
          <input
            type="range"
            min={0}
            max={100}
            value={percent(volumes.layers[layer] ?? 1)}
            aria-valuetext={t('sound.percent', { value: percent(volumes.layers[layer] ?? 1) })}
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
          {t('sound.mute')}
        </label>
        <label className="choice">
          <input type="checkbox" checked={calm} onChange={(e) => runtime.calm(e.target.checked)} />
          {t('sound.calm')}
        </label>
      </div>
      {voice ? null : <p className="hint">{t('sound.noVoice')}</p>}
    </div>
  )
}
