// @vitest-environment jsdom
import './match-media-stub'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import type { Artwork } from '../../../src/shared/artwork'
import { applyCommand } from '../../../src/shared/session/reducer'
import { DEFAULT_SCENE_SPEC } from '../../../src/shared/spec'
import type { TherapistCommand } from '../../../src/console/console-store'
import { ApprovalQueue } from '../../../src/console/ArtworkPanels'
import { sessionWith, T0 } from './risk-fixtures'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

const artwork = (id: string, text: string, held: boolean): Artwork => ({
  id,
  text,
  createdAt: new Date(T0).toISOString(),
  spec: {
    ...DEFAULT_SCENE_SPEC,
    safety: held ? { held: true, reasons: ['fire: "fire"'], mentioned: [] } : DEFAULT_SCENE_SPEC.safety,
  },
  seed: 3,
  status: held ? 'held' : 'shown',
})

let root: Root | null = null
afterEach(() => {
  act(() => root?.unmount())
  root = null
  document.body.innerHTML = ''
})

function render(sent: TherapistCommand[]) {
  let s = sessionWith()
  s = applyCommand(
    s,
    { type: 'artwork-add', artwork: artwork('calm', 'a calm lake', false), reasons: [], from: 'client' },
    T0,
  )
  s = applyCommand(
    s,
    {
      type: 'artwork-add',
      artwork: artwork('hot', 'the fire in the old house', true),
      reasons: ['fire: "fire"'],
      from: 'client',
    },
    T0,
  )
  const host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  act(() => root!.render(<ApprovalQueue state={s} send={(c) => void sent.push(c)} />))
  const item = (id: string) => host.querySelector(`[data-artwork-id="${id}"]`)!
  const buttons = (id: string) => [...item(id).querySelectorAll('button')]
  const click = (id: string, name: string) => {
    const b = buttons(id).find((x) => x.textContent === name)
    if (!b)
      throw new Error(
        `no "${name}" in ${id}: ${buttons(id)
          .map((x) => x.textContent)
          .join(', ')}`,
      )
    act(() => b.click())
  }
  return { item, buttons, click }
}

describe('the approval queue', () => {
  it('keeps the one-click green Approve for calm words only', () => {
    const q = render([])
    const primary = (id: string) =>
      q
        .buttons(id)
        .filter((b) => b.classList.contains('primary'))
        .map((b) => b.textContent)
    expect(primary('calm')).toEqual(['Approve'])
    expect(primary('hot')).toEqual(['Edit'])
    expect(q.buttons('hot').map((b) => b.textContent)).not.toContain('Approve')
  })

  it('shows held words only after asking once more, and "Not now" asks nothing', () => {
    const sent: TherapistCommand[] = []
    const q = render(sent)
    q.click('hot', 'Approve anyway…')
    expect(sent).toEqual([])
    expect(q.item('hot').textContent).toMatch(/held for safety\. Show the painting to the client as it is\?/)
    expect(document.activeElement?.textContent).toBe('Show it')
    q.click('hot', 'Not now')
    expect(sent).toEqual([])
    q.click('hot', 'Approve anyway…')
    q.click('hot', 'Show it')
    expect(sent).toEqual([{ type: 'approve', artworkId: 'hot' }])
  })
})
