// @vitest-environment jsdom
import ReactThreeTestRenderer from '@react-three/test-renderer'
import type * as THREE from 'three'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_COMFORT, type ComfortSettings } from '../../src/shared/comfort'
import { ComfortSettingsPanel } from '../../src/client/comfort/ComfortPanel'
import { PanelButton, PanelToggle } from '../../src/scene/ui'
import { createHeadsetText } from '../../src/client/i18n/headset-text'
import { TextProvider } from '../../src/client/i18n/language-context'
import { HEADSET_CATALOGS } from '../../src/shared/i18n/headset-catalogs'
import { SESSION_ES } from '../../src/shared/i18n/headset/session-es'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

// troika shapes text with a font it would fetch: stand in a plain mesh named after the words.
vi.mock('@react-three/drei', () => ({
  Text: ({ children }: { children: string }) => <mesh name={`text:${children}`} />,
}))
vi.mock('troika-three-text', () => ({ configureTextBuilder: () => undefined }))

type Renderer = Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>
let renderer: Renderer | null = null
afterEach(async () => {
  await renderer?.unmount()
  renderer = null
})

const byName = (r: Renderer, name: string) => {
  const found = r.scene.findAll((n) => (n.instance as THREE.Object3D).name === name)
  expect(found, name).toHaveLength(1)
  return found[0]!
}
const stop = { stopPropagation: () => {} }

async function mountPanel(comfort: ComfortSettings = { ...DEFAULT_COMFORT }) {
  const onChange = vi.fn()
  const onClose = vi.fn()
  renderer = await ReactThreeTestRenderer.create(
    <ComfortSettingsPanel comfort={comfort} onChange={onChange} onClose={onClose} />,
  )
  return { r: renderer, onChange, onClose }
}

describe('the in-VR comfort panel', () => {
  it('shows every setting with big labelled controls', async () => {
    const { r } = await mountPanel()
    for (const label of ['Teleport', '45°', '30°', 'Standing', 'Seated', 'Done', 'Dimmer', 'Brighter']) {
      byName(r, `panel-button:${label}`)
    }
    expect(
      r.scene.findAll((n) => (n.instance as THREE.Object3D).name === 'panel-button:Smooth'),
    ).toHaveLength(2)
    for (const label of ['Soften edges when moving', 'Reduce motion', 'Distant lightning']) {
      byName(r, `panel-toggle:${label}`)
    }
    byName(r, 'text:Comfort')
    byName(r, 'text:100%')
  })

  it('changes settings when its buttons and toggles are pressed', async () => {
    const { r, onChange, onClose } = await mountPanel()
    await r.fireEvent(byName(r, 'panel-button:Seated'), 'onClick', stop)
    expect(onChange).toHaveBeenLastCalledWith({ posture: 'seated' })
    await r.fireEvent(byName(r, 'panel-button:30°'), 'onClick', stop)
    expect(onChange).toHaveBeenLastCalledWith({ turn: 'snap', snapDegrees: 30 })
    const [moveSmooth, turnSmooth] = r.scene.findAll(
      (n) => (n.instance as THREE.Object3D).name === 'panel-button:Smooth',
    )
    await r.fireEvent(moveSmooth!, 'onClick', stop)
    expect(onChange).toHaveBeenLastCalledWith({ locomotion: 'smooth' })
    await r.fireEvent(turnSmooth!, 'onClick', stop)
    expect(onChange).toHaveBeenLastCalledWith({ turn: 'smooth' })
    await r.fireEvent(byName(r, 'panel-toggle:Reduce motion'), 'onClick', stop)
    expect(onChange).toHaveBeenLastCalledWith({ reducedMotion: true })
    await r.fireEvent(byName(r, 'panel-toggle:Distant lightning'), 'onClick', stop)
    expect(onChange).toHaveBeenLastCalledWith({ lightning: false })
    await r.fireEvent(byName(r, 'panel-button:Brighter'), 'onClick', stop)
    expect(onChange).toHaveBeenLastCalledWith({ brightness: 1.1 })
    await r.fireEvent(byName(r, 'panel-button:Done'), 'onClick', stop)
    expect(onClose).toHaveBeenCalledTimes(1)
  })

  it('does not go past the brightness limits', async () => {
    const { r, onChange } = await mountPanel({ ...DEFAULT_COMFORT, brightness: 1.4 })
    await r.fireEvent(byName(r, 'panel-button:Brighter'), 'onClick', stop)
    expect(onChange).not.toHaveBeenCalled()
    await r.fireEvent(byName(r, 'panel-button:Dimmer'), 'onClick', stop)
    expect(onChange).toHaveBeenLastCalledWith({ brightness: 1.3 })
  })

  it('stands in front of the view, below the eyes, facing them', async () => {
    const { r } = await mountPanel()
    await r.advanceFrames(2, 16)
    const panel = byName(r, 'comfort-panel').instance as THREE.Group
    // The test renderer's camera stands at (0, 0, 5) looking toward -z.
    expect(panel.position.z).toBeCloseTo(5 - 1.6, 1)
    expect(panel.position.x).toBeCloseTo(0, 3)
    expect(panel.position.y).toBeLessThan(0)
    expect(panel.rotation.y).toBeCloseTo(0, 3)
  })
})

describe('panel kit controls', () => {
  it('a button warms on hover and presses once per click; a disabled one ignores presses', async () => {
    const onPress = vi.fn()
    renderer = await ReactThreeTestRenderer.create(
      <>
        <PanelButton label="Calm" onPress={onPress} />
        <PanelButton label="Off" onPress={onPress} disabled position={[0, 0.3, 0]} />
      </>,
    )
    const face = byName(renderer, 'panel-button:Calm')
    const material = (face.instance as THREE.Mesh).material as THREE.MeshBasicMaterial
    await renderer.advanceFrames(30, 16)
    const idle = material.color.clone()
    await renderer.fireEvent(face, 'onPointerOver', { ...stop, pointerId: 1 })
    await renderer.advanceFrames(30, 16)
    expect(material.color.equals(idle)).toBe(false)
    expect((face.instance as THREE.Mesh).position.z).toBeGreaterThan(0.01)
    await renderer.fireEvent(face, 'onPointerOut', { ...stop, pointerId: 1 })
    await renderer.advanceFrames(60, 16)
    expect(material.color.r).toBeCloseTo(idle.r, 2)
    await renderer.fireEvent(face, 'onClick', stop)
    expect(onPress).toHaveBeenCalledTimes(1)
    await renderer.fireEvent(byName(renderer, 'panel-button:Off'), 'onClick', stop)
    expect(onPress).toHaveBeenCalledTimes(1)
  })

  it('a toggle reports the flipped value and its knob glides across', async () => {
    const onChange = vi.fn()
    renderer = await ReactThreeTestRenderer.create(
      <PanelToggle label="Rain" value={false} onChange={onChange} />,
    )
    await renderer.fireEvent(byName(renderer, 'panel-toggle:Rain'), 'onClick', stop)
    expect(onChange).toHaveBeenCalledWith(true)
    const knobX = () => {
      const meshes = renderer!.scene.findAll((n) => n.type === 'Mesh')
      return (meshes.at(-1)!.instance as THREE.Mesh).position.x
    }
    const off = knobX()
    await renderer.update(<PanelToggle label="Rain" value onChange={onChange} />)
    await renderer.advanceFrames(1, 16)
    const early = knobX()
    await renderer.advanceFrames(60, 16)
    const on = knobX()
    expect(on).toBeGreaterThan(off)
    expect(early).toBeGreaterThan(off)
    expect(early).toBeLessThan(on)
  })

  it('speaks the client’s language, keeps its meshes’ English names, and offers the four languages', async () => {
    const text = createHeadsetText({ browserLanguage: 'es', load: (l) => HEADSET_CATALOGS[l]() })
    await text.ready
    const onChange = vi.fn()
    renderer = await ReactThreeTestRenderer.create(
      <TextProvider text={text}>
        <ComfortSettingsPanel comfort={{ ...DEFAULT_COMFORT }} onChange={onChange} onClose={() => {}} />
      </TextProvider>,
    )
    const r = renderer
    byName(r, `text:${SESSION_ES['comfort.title']}`)
    byName(r, `text:${SESSION_ES['comfort.teleport']}`)
    byName(r, `text:${SESSION_ES['comfort.reducedMotion']}`)
    expect(r.scene.findAll((n) => (n.instance as THREE.Object3D).name === 'text:Comfort')).toHaveLength(0)
    // The names tests and code find stay English in every language.
    await r.fireEvent(byName(r, 'panel-button:Seated'), 'onClick', stop)
    expect(onChange).toHaveBeenLastCalledWith({ posture: 'seated' })
    byName(r, 'panel-toggle:Reduce motion')
    for (const name of ['English', 'Español', 'Français', 'Deutsch']) byName(r, `text:${name}`)
    await r.fireEvent(byName(r, 'panel-button:language:fr'), 'onClick', stop)
    await vi.waitFor(() => expect(text.store.getState().language).toBe('fr'))
  })
})
