// @vitest-environment jsdom
import ReactThreeTestRenderer from '@react-three/test-renderer'
import type * as THREE from 'three'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CrisisPanelVR } from '../../../src/client/risk/CrisisPanelVR'
import { createCrisisTextSource } from '../../../src/client/risk/crisis-text'
import { createRiskFlow } from '../../../src/client/risk/risk-flow'
import { DEFAULT_CRISIS_TEXT } from '../../../src/shared/safety/crisis'
import { screenRisk } from '../../../src/shared/safety/risk'

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

const CLINIC = {
  language: 'en',
  text: 'Call the Riverside Clinic line, day or night.',
  source: 'clinic',
} as const
const stop = { stopPropagation: () => {} }

const find = (r: Renderer, name: string) =>
  r.scene.findAll((n) => (n.instance as THREE.Object3D).name === name)
/** Text meshes showing `words`, however the panel broke them into lines. */
const findText = (r: Renderer, words: string) =>
  r.scene.findAll((n) => (n.instance as THREE.Object3D).name.replace(/\s+/g, ' ') === `text:${words}`)

async function mount() {
  const crisisText = createCrisisTextSource({ fetchText: () => new Promise(() => {}), language: 'en' })
  const flow = createRiskFlow({ crisisText, loadScreen: () => Promise.resolve({ screenRisk }) })
  const onGrounding = vi.fn()
  renderer = await ReactThreeTestRenderer.create(<CrisisPanelVR flow={flow} onGrounding={onGrounding} />)
  return { r: renderer, flow, onGrounding }
}

describe('the crisis panel in VR', () => {
  it('appears when the panel opens, with the heading, the crisis text and two big buttons', async () => {
    const { r, flow } = await mount()
    expect(find(r, 'crisis-panel')).toHaveLength(0)
    await ReactThreeTestRenderer.act(async () => flow.open())
    await r.advanceFrames(2, 1 / 60)
    expect(find(r, 'crisis-panel')).toHaveLength(1)
    expect(find(r, 'text:You reached out — thank you')).toHaveLength(1)
    expect(findText(r, DEFAULT_CRISIS_TEXT.en)).toHaveLength(1)
    expect(find(r, 'panel-button:Try a grounding exercise')).toHaveLength(1)
    expect(find(r, 'panel-button:Close')).toHaveLength(1)
    // The clinic's words replace the default in place.
    await ReactThreeTestRenderer.act(async () => void flow.crisisText.accept(CLINIC))
    expect(findText(r, CLINIC.text)).toHaveLength(1)
    expect(findText(r, DEFAULT_CRISIS_TEXT.en)).toHaveLength(0)
  })

  it('fades in over more than a second rather than appearing at once', async () => {
    const { r, flow } = await mount()
    await ReactThreeTestRenderer.act(async () => flow.open())
    await r.advanceFrames(1, 1 / 60)
    const group = find(r, 'crisis-panel')[0]!.instance as THREE.Object3D
    expect(group.userData.fade).toBeLessThan(0.05)
    await r.advanceFrames(60, 1 / 60)
    expect(group.userData.fade).toBeLessThan(1)
    await r.advanceFrames(20, 1 / 60)
    expect(group.userData.fade).toBe(1)
  })

  it('starts grounding or closes from its buttons, then fades away', async () => {
    const { r, flow, onGrounding } = await mount()
    await ReactThreeTestRenderer.act(async () => flow.open())
    await r.advanceFrames(80, 1 / 60)
    await ReactThreeTestRenderer.act(async () =>
      find(r, 'panel-button:Try a grounding exercise')[0]!.props.onClick(stop),
    )
    expect(onGrounding).toHaveBeenCalledTimes(1)
    await ReactThreeTestRenderer.act(async () => find(r, 'panel-button:Close')[0]!.props.onClick(stop))
    expect(flow.store.getState().open).toBe(false)
    // Fading out, still there; a press now does nothing twice.
    await r.advanceFrames(10, 1 / 60)
    expect(find(r, 'crisis-panel')).toHaveLength(1)
    await ReactThreeTestRenderer.act(async () =>
      find(r, 'panel-button:Try a grounding exercise')[0]!.props.onClick(stop),
    )
    expect(onGrounding).toHaveBeenCalledTimes(1)
    await ReactThreeTestRenderer.act(async () => r.advanceFrames(80, 1 / 60))
    expect(find(r, 'crisis-panel')).toHaveLength(0)
  })
})
