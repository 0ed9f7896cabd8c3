import { useMemo } from 'react'
import { ACCENT_KEYS, KEY_ROWS, suggest } from '../../shared/describe/keyboard'
import { DESCRIBE_VOCABULARY } from '../../shared/describe/vocabulary'
import { HEADSET_EN } from '../../shared/i18n/headset-en'
import { PanelButton, PANEL_THEME } from '../../scene/ui'
import { useText } from '../i18n/text-context'
import type { HeadsetTranslate } from '../i18n/headset-text'
import type { DescribeAction, DescribeState } from './describe-state'

const Z = 0.01
const KEY = 0.1
const GAP = 0.014
/** The row of the language's own letters: smaller keys, so French's thirteen fit inside the panel. */
export const ACCENT_KEY = { width: 0.08, height: 0.1, gap: 0.01, y: -0.33 } as const

/** The language's own letters for the keyboard on screen (none in English). */
export function accentKeys(t: HeadsetTranslate): readonly string[] {
  const layout = t('keyboard.layout')
  return layout in ACCENT_KEYS ? ACCENT_KEYS[layout as keyof typeof ACCENT_KEYS] : []
}

/** Large keys for a controller ray or a fingertip, suggestions above them, space and back below. */
export function VRDescribeKeyboard({
  state,
  dispatch,
  onKey,
}: {
  state: DescribeState
  dispatch: (a: DescribeAction) => void
  /** Each key press: a light haptic tap on the controllers. */
  onKey: () => void
}) {
  const t = useText()
  const accents = accentKeys(t)
  // The suggestions are English words the interpreter knows: offered only while the keyboard speaks English.
  const english = t('keyboard.layout') === 'en'
  const suggestions = useMemo(
    () => (english ? suggest(state.text, DESCRIBE_VOCABULARY) : []),
    [state.text, english],
  )
  const press = (action: Parameters<typeof dispatch>[0]) => {
    onKey()
    dispatch(action)
  }
  const rowWidth = KEY_ROWS[0]!.length * KEY + (KEY_ROWS[0]!.length - 1) * GAP
  const accentStep = ACCENT_KEY.width + ACCENT_KEY.gap
  return (
    <>
      <group position={[0, 0.33, Z]}>
        {suggestions.map((w, i) => (
          <PanelButton
            key={w}
            label={w}
            width={0.36}
            height={0.1}
            fontSize={PANEL_THEME.fontSize.small}
            position={[(i - (suggestions.length - 1) / 2) * 0.38, 0, 0]}
            onPress={() => press({ type: 'key', action: { kind: 'suggestion', word: w } })}
          />
        ))}
      </group>
      {KEY_ROWS.map((row, r) => (
        <group key={r} position={[0, 0.19 - r * 0.13, Z]}>
          {row.map((k, i) => (
            <PanelButton
              key={k}
              label={k}
              width={KEY}
              height={0.11}
              fontSize={PANEL_THEME.fontSize.title}
              position={[-rowWidth / 2 + KEY / 2 + i * (KEY + GAP), 0, 0]}
              onPress={() => press({ type: 'key', action: { kind: 'char', char: k } })}
            />
          ))}
        </group>
      ))}
      <group position={[0, -0.2, Z]}>
        <PanelButton
          label={t('keyboard.space')}
          meshKey={HEADSET_EN['keyboard.space']}
          width={0.56}
          height={0.11}
          position={[-0.12, 0, 0]}
          onPress={() => press({ type: 'key', action: { kind: 'space' } })}
        />
        <PanelButton
          label={t('keyboard.delete')}
          meshKey={HEADSET_EN['keyboard.delete']}
          width={0.26}
          height={0.11}
          position={[0.33, 0, 0]}
          onPress={() => press({ type: 'key', action: { kind: 'backspace' } })}
        />
      </group>
      {accents.length ? (
        <group name="describe-accents" position={[0, ACCENT_KEY.y, Z]}>
          {accents.map((k, i) => (
            <PanelButton
              key={k}
              label={k}
              width={ACCENT_KEY.width}
              height={ACCENT_KEY.height}
              fontSize={PANEL_THEME.fontSize.title}
              position={[(i - (accents.length - 1) / 2) * accentStep, 0, 0]}
              onPress={() => press({ type: 'key', action: { kind: 'char', char: k } })}
            />
          ))}
        </group>
      ) : null}
    </>
  )
}
