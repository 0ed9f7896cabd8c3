import { useMemo } from 'react'
import { KEY_ROWS, suggest } from '../../shared/describe/keyboard'
import { DESCRIBE_VOCABULARY } from '../../shared/describe/vocabulary'
import { PanelButton, PANEL_THEME } from '../../scene/ui'
import type { DescribeAction, DescribeState } from './describe-state'

const Z = 0.01
const KEY = 0.1
const GAP = 0.014

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
  const suggestions = useMemo(() => suggest(state.text, DESCRIBE_VOCABULARY), [state.text])
  const press = (action: Parameters<typeof dispatch>[0]) => {
    onKey()
    dispatch(action)
  }
  const rowWidth = KEY_ROWS[0]!.length * KEY + (KEY_ROWS[0]!.length - 1) * GAP
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
          label="Space"
          width={0.56}
          height={0.11}
          position={[-0.12, 0, 0]}
          onPress={() => press({ type: 'key', action: { kind: 'space' } })}
        />
        <PanelButton
          label="Delete"
          width={0.26}
          height={0.11}
          position={[0.33, 0, 0]}
          onPress={() => press({ type: 'key', action: { kind: 'backspace' } })}
        />
      </group>
    </>
  )
}
