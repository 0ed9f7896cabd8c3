import { describe, expect, it } from 'vitest'
import { createEarlyPress } from '../../src/client/speech/early-press'

/** A window stand-in: the release events are dispatched by hand; `log` records what the real button was told. */
function rig() {
  const win = new EventTarget()
  const early = createEarlyPress(win)
  const log: string[] = []
  const handler = (name = 'button') => ({
    press: () => log.push(`${name}:press`),
    release: () => log.push(`${name}:release`),
  })
  const key = (type: 'keyup' | 'keydown', k: string) =>
    win.dispatchEvent(Object.assign(new Event(type), { key: k }))
  const fire = (type: string) => win.dispatchEvent(new Event(type))
  return { win, early, log, handler, key, fire }
}

describe('a press on the microphone placeholder before its module arrives', () => {
  it('a quick tap (down and up before the button mounts) is pressed and released at once on mount', () => {
    const r = rig()
    r.early.down('pointer')
    r.fire('pointerup')
    expect(r.early.held).toBe(false)
    expect(r.log).toEqual([])
    r.early.claim(r.handler())
    expect(r.log).toEqual(['button:press', 'button:release'])
    // Handed over once: nothing more happens later.
    r.fire('pointerup')
    r.early.claim(r.handler('again'))
    expect(r.log).toEqual(['button:press', 'button:release'])
  })

  it('a press still held is pressed on mount and released when the pointer is let go, anywhere on the page', () => {
    const r = rig()
    r.early.down('pointer')
    r.early.claim(r.handler())
    expect(r.log).toEqual(['button:press'])
    expect(r.early.held).toBe(true)
    r.fire('pointerup')
    expect(r.log).toEqual(['button:press', 'button:release'])
    r.fire('pointerup')
    expect(r.log).toEqual(['button:press', 'button:release'])
  })

  it('a cancelled pointer or a lost window focus lets go too', () => {
    for (const type of ['pointercancel', 'blur']) {
      const r = rig()
      r.early.down('pointer')
      r.early.claim(r.handler())
      r.fire(type)
      expect(r.log, type).toEqual(['button:press', 'button:release'])
    }
  })

  it('an element’s blur (seen by the window in the capture phase) is no release: only the window’s own', () => {
    const r = rig()
    const element = new EventTarget()
    r.early.down('key')
    r.early.claim(r.handler())
    // As the DOM would: the window's capture listeners see an element's blur first, with the element as target.
    const seen: EventTarget[] = []
    r.win.addEventListener('blur', (e) => void seen.push(e.target!), true)
    const blur = new Event('blur')
    Object.defineProperty(blur, 'target', { value: element })
    r.win.dispatchEvent(blur)
    expect(seen).toEqual([element])
    expect(r.log).toEqual(['button:press'])
    r.fire('blur')
    expect(r.log).toEqual(['button:press', 'button:release'])
  })

  it('Space or Enter on the placeholder: only the keyup of Space or Enter lets go', () => {
    for (const k of [' ', 'Enter']) {
      const r = rig()
      r.early.down('key')
      r.key('keyup', 'a')
      r.fire('pointerup')
      expect(r.early.held, k).toBe(true)
      r.early.claim(r.handler())
      expect(r.log).toEqual(['button:press'])
      r.key('keyup', k)
      expect(r.log, k).toEqual(['button:press', 'button:release'])
    }
  })

  it('a key tapped before the module arrived is replayed as a tap', () => {
    const r = rig()
    r.early.down('key')
    r.key('keyup', 'Enter')
    r.early.claim(r.handler())
    expect(r.log).toEqual(['button:press', 'button:release'])
  })

  it('a pointer press is not let go by a key, a second press while held changes nothing', () => {
    const r = rig()
    r.early.down('pointer')
    r.key('keyup', ' ')
    r.early.down('key')
    expect(r.early.held).toBe(true)
    r.early.claim(r.handler())
    r.key('keyup', ' ')
    expect(r.log).toEqual(['button:press'])
    r.fire('pointerup')
    expect(r.log).toEqual(['button:press', 'button:release'])
  })

  it('a button that mounts, unmounts and mounts again (StrictMode) presses once and the last one releases', () => {
    const r = rig()
    r.early.down('pointer')
    const detach = r.early.claim(r.handler('first'))
    detach()
    r.early.claim(r.handler('second'))
    expect(r.log).toEqual(['first:press'])
    r.fire('pointerup')
    expect(r.log).toEqual(['first:press', 'second:release'])
  })

  it('let go between unmount and the next mount: the next button releases at once', () => {
    const r = rig()
    r.early.down('pointer')
    const detach = r.early.claim(r.handler('first'))
    detach()
    r.fire('pointerup')
    r.early.claim(r.handler('second'))
    expect(r.log).toEqual(['first:press', 'second:release'])
  })

  it('no press: the button is told nothing, and the window is not watched', () => {
    const r = rig()
    r.early.claim(r.handler())
    r.fire('pointerup')
    r.key('keyup', ' ')
    expect(r.log).toEqual([])
    expect(r.early.held).toBe(false)
  })

  it('after a tap, a new press counts as the newest', () => {
    const r = rig()
    r.early.down('pointer')
    r.fire('pointerup')
    r.early.down('key')
    expect(r.early.held).toBe(true)
    r.early.claim(r.handler())
    expect(r.log).toEqual(['button:press'])
    r.key('keyup', 'Enter')
    expect(r.log).toEqual(['button:press', 'button:release'])
  })

  it('dispose forgets the press and stops watching', () => {
    const r = rig()
    r.early.down('pointer')
    r.early.dispose()
    r.fire('pointerup')
    r.early.claim(r.handler())
    expect(r.log).toEqual([])
  })
})
