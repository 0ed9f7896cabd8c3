import { useStore } from 'zustand'
import { BRIGHTNESS, type ComfortSettings } from '../../shared/comfort'
import {
  FollowView,
  Panel,
  PanelButton,
  PanelChoice,
  PanelText,
  PanelToggle,
  PANEL_THEME,
} from '../../scene/ui'
import type { ClientStore } from '../client-store'
import { englishText } from '../i18n/english'
import { LANGUAGE_NAMES, useHeadsetText, useLanguage } from '../i18n/language-context'
import { useText } from '../i18n/text-context'
import { LANGUAGES } from '../../shared/safety/language'
import { WristMenu, type WristItem } from '../WristMenu'
import type { ComfortRuntime } from './comfort-runtime'

const WIDTH = 1.1
const ROW = 0.11
const PITCH = 0.14
/** Seven settings, then the language (by each language's own name). */
const ROWS = 8
const TITLE = 0.17
const HEIGHT = TITLE + ROWS * PITCH + 0.05
const FONT = 0.044
const BRIGHTNESS_STEP = 0.1

type TurnChoice = '45' | '30' | 'smooth'

/** Row `i` (0 = first under the title), centred vertically in the panel's frame. */
const rowY = (i: number) => HEIGHT / 2 - TITLE - ROW / 2 - i * PITCH

function roundBrightness(v: number): number {
  return Math.round(Math.min(BRIGHTNESS.max, Math.max(BRIGHTNESS.min, v)) * 100) / 100
}

/** The comfort settings as a calm panel in front of the view; every change applies at once, as on the desktop. */
export function ComfortSettingsPanel({
  comfort,
  onChange,
  onClose,
}: {
  comfort: ComfortSettings
  onChange: (partial: Partial<ComfortSettings>) => void
  onClose: () => void
}) {
  const t = useText()
  const text = useHeadsetText()
  const language = useLanguage()
  const turn: TurnChoice = comfort.turn === 'smooth' ? 'smooth' : comfort.snapDegrees === 30 ? '30' : '45'
  const inner = WIDTH - 0.1
  // Mesh names stay English in every language (tests and code find them by name).
  const en = englishText
  return (
    <FollowView name="comfort-panel" distance={1.6} drop={-0.25}>
      <Panel width={WIDTH} height={HEIGHT}>
        <PanelText
          size={PANEL_THEME.fontSize.title}
          weight="bold"
          anchorX="left"
          align="left"
          position={[-inner / 2, HEIGHT / 2 - TITLE / 2 - 0.01, 0.01]}
        >
          {t('comfort.title')}
        </PanelText>
        <PanelButton
          label={t('comfort.done')}
          meshKey={en('comfort.done')}
          width={0.24}
          height={ROW}
          fontSize={FONT}
          onPress={onClose}
          position={[inner / 2 - 0.12, HEIGHT / 2 - TITLE / 2 - 0.01, 0.01]}
        />
        <PanelChoice
          label={t('comfort.moving')}
          width={inner}
          height={ROW}
          fontSize={FONT}
          options={[
            { value: 'teleport', label: t('comfort.teleport'), meshKey: en('comfort.teleport') },
            { value: 'smooth', label: t('comfort.smooth'), meshKey: en('comfort.smooth') },
          ]}
          value={comfort.locomotion}
          onChange={(locomotion) => onChange({ locomotion })}
          position={[0, rowY(0), 0.01]}
        />
        <PanelChoice<TurnChoice>
          label={t('comfort.turning')}
          width={inner}
          height={ROW}
          fontSize={FONT}
          options={[
            { value: '45', label: '45°' },
            { value: '30', label: '30°' },
            { value: 'smooth', label: t('comfort.smooth'), meshKey: en('comfort.smooth') },
          ]}
          value={turn}
          onChange={(c) =>
            onChange(
              c === 'smooth' ? { turn: 'smooth' } : { turn: 'snap', snapDegrees: c === '30' ? 30 : 45 },
            )
          }
          position={[0, rowY(1), 0.01]}
        />
        <PanelChoice
          label={t('comfort.iAm')}
          width={inner}
          height={ROW}
          fontSize={FONT}
          options={[
            { value: 'standing', label: t('comfort.standing'), meshKey: en('comfort.standing') },
            { value: 'seated', label: t('comfort.seated'), meshKey: en('comfort.seated') },
          ]}
          value={comfort.posture}
          onChange={(posture) => onChange({ posture })}
          position={[0, rowY(2), 0.01]}
        />
        <PanelToggle
          label={t('comfort.vignette')}
          meshKey={en('comfort.vignette')}
          width={inner}
          height={ROW}
          fontSize={FONT}
          value={comfort.vignette}
          onChange={(vignette) => onChange({ vignette })}
          position={[0, rowY(3), 0.01]}
        />
        <PanelToggle
          label={t('comfort.reducedMotion')}
          meshKey={en('comfort.reducedMotion')}
          width={inner}
          height={ROW}
          fontSize={FONT}
          value={comfort.reducedMotion}
          onChange={(reducedMotion) => onChange({ reducedMotion })}
          position={[0, rowY(4), 0.01]}
        />
        <PanelToggle
          label={t('comfort.lightning')}
          meshKey={en('comfort.lightning')}
          width={inner}
          height={ROW}
          fontSize={FONT}
          value={comfort.lightning}
          onChange={(lightning) => onChange({ lightning })}
          position={[0, rowY(5), 0.01]}
        />
        <group position={[0, rowY(6), 0.01]}>
          <PanelText
            size={FONT}
            colour={PANEL_THEME.inkSoft}
            anchorX="left"
            align="left"
            position={[-inner / 2 + 0.02, 0, 0]}
          >
            {t('comfort.brightness')}
          </PanelText>
          <PanelButton
            label={t('comfort.dimmer')}
            meshKey={en('comfort.dimmer')}
            width={0.22}
            height={ROW}
            fontSize={FONT}
            disabled={comfort.brightness <= BRIGHTNESS.min}
            onPress={() => onChange({ brightness: roundBrightness(comfort.brightness - BRIGHTNESS_STEP) })}
            position={[-0.02, 0, 0]}
          />
          <PanelText size={FONT} weight="bold" position={[0.17, 0, 0.004]}>
            {`${Math.round(comfort.brightness * 100)}%`}
          </PanelText>
          <PanelButton
            label={t('comfort.brighter')}
            meshKey={en('comfort.brighter')}
            width={0.22}
            height={ROW}
            fontSize={FONT}
            disabled={comfort.brightness >= BRIGHTNESS.max}
            onPress={() => onChange({ brightness: roundBrightness(comfort.brightness + BRIGHTNESS_STEP) })}
            position={[inner / 2 - 0.11, 0, 0]}
          />
        </group>
        {text ? (
          // One tap: the words change at once (in a session that follows the client's language, after it).
          <PanelChoice
            width={inner}
            height={ROW}
            fontSize={FONT}
            options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l], meshKey: `language:${l}` }))}
            value={language}
            onChange={(l) => void text.choose(l)}
            position={[0, rowY(7), 0.01]}
          />
        ) : null}
      </Panel>
    </FollowView>
  )
}

/**
 * Everything comfort shows in a headset: the wrist button and, when opened (wrist button or the left Y button),
 * the settings panel. Loaded lazily by App only while a session runs (it brings the panel kit and troika).
 */
export default function ComfortVR({
  store,
  runtime,
  wrist = [],
}: {
  store: ClientStore
  runtime: ComfortRuntime
  /** More buttons on the wrist, after Comfort (Describe, and Join a session while alone). */
  wrist?: readonly WristItem[]
}) {
  const comfort = useStore(store, (s) => s.comfort)
  const open = useStore(runtime.panel, (s) => s.open)
  return (
    <>
      <WristMenu items={[{ label: 'Comfort', onPress: runtime.togglePanel }, ...wrist]} />
      {open ? (
        <ComfortSettingsPanel
          comfort={comfort}
          onChange={(partial) => store.setComfort(partial)}
          onClose={() => runtime.setPanelOpen(false)}
        />
      ) : null}
    </>
  )
}
