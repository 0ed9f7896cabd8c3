import { describe, expect, it } from 'vitest'
import { addListeners, createHeldKeys } from '../../src/client/use-held-keys'
import type { HeldKeyBindings, KeyLike } from '../../src/client/use-held-keys'

const key = (code: string, more: Partial<KeyLike> = {}): KeyLike => ({
  code,
  key: '',
  repeat: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  target: null,
  ...more,
})

/** A recorder of presses and releases around the given bindings. */
function record<A extends string>(bindings: Omit<HeldKeyBindings<A>, 'onPress' | 'onRelease'>) {
  const log: string[] = []
  const keys = createHeldKeys<A>(() => ({
    ...bindings,
    onPress: (a) => log.push(`+${a}`),
    onRelease: (a) => log.push(`-${a}`),
  }))
  return { keys, log }
}

// Walking: two keys per direction, nothing while a modifier is down (Ctrl+W is the browser's).
const WALK: Record<string, 'forward' | 'left'> = { KeyW: 'forward', ArrowUp: 'forward', KeyA: 'left' }
const walking = {
  down: (e: KeyLike) => (e.ctrlKey || e.altKey || e.metaKey ? undefined : WALK[e.code]),
  up: (e: KeyLike) => WALK[e.code],
}

// Push-to-talk: Ctrl+Space holds, letting go of either key ends it.
const talking = {
  down: (e: KeyLike) => (e.code === 'Space' && e.ctrlKey && !e.altKey ? ('talk' as const) : undefined),
  up: (e: KeyLike) => (e.code === 'Space' || e.key === 'Control' ? ('talk' as const) : undefined),
  ignoreRepeat: true,
}

describe('createHeldKeys', () => {
  it('holds an action from its press to its release, once, whichever of its keys is used', () => {
    const { keys, log } = record(walking)
    expect(keys.keydown(key('KeyW'))).toBe(true)
    expect(keys.keydown(key('KeyW', { repeat: true }))).toBe(true)
    expect(keys.keydown(key('ArrowUp'))).toBe(true)
    expect(keys.keydown(key('KeyA'))).toBe(true)
    expect([...keys.held].sort()).toEqual(['forward', 'left'])
    keys.keyup(key('KeyW'))
    expect([...keys.held]).toEqual(['left'])
    keys.keyup(key('KeyW'))
    expect(log).toEqual(['+forward', '+left', '-forward'])
  })

  it('leaves keys that are not its own, or held with a modifier, to the page', () => {
    const { keys, log } = record(walking)
    expect(keys.keydown(key('KeyZ'))).toBe(false)
    expect(keys.keydown(key('KeyW', { ctrlKey: true }))).toBe(false)
    keys.keyup(key('KeyZ'))
    expect(keys.held.size).toBe(0)
    expect(log).toEqual([])
  })

  it('lets everything go when the window loses focus (no key-up will come)', () => {
    const { keys, log } = record(walking)
    keys.keydown(key('KeyW'))
    keys.keydown(key('KeyA'))
    keys.blur()
    expect(keys.held.size).toBe(0)
    expect(log).toEqual(['+forward', '+left', '-forward', '-left'])
    keys.blur()
    expect(log).toHaveLength(4)
  })

  it('push-to-talk: a repeat is still taken from the page but starts nothing; Control or Space lets go', () => {
    const { keys, log } = record(talking)
    expect(keys.keydown(key('Space', { ctrlKey: true, repeat: true }))).toBe(true)
    expect(log).toEqual([])
    expect(keys.keydown(key('Space'))).toBe(false)
    keys.keydown(key('Space', { ctrlKey: true }))
    keys.keydown(key('Space', { ctrlKey: true, repeat: true }))
    keys.keyup(key('ControlLeft', { key: 'Control' }))
    keys.keyup(key('Space'))
    expect(log).toEqual(['+talk', '-talk'])
  })

  it('a press from elsewhere (a held button) shares the state with the keys', () => {
    const { keys, log } = record(talking)
    keys.press('talk')
    keys.keydown(key('Space', { ctrlKey: true }))
    keys.release('talk')
    keys.keyup(key('Space'))
    keys.release('talk')
    expect(log).toEqual(['+talk', '-talk'])
  })

  it('reads the bindings on every event, so a re-rendered component’s callbacks are the ones called', () => {
    const log: string[] = []
    let tag = 'first'
    const keys = createHeldKeys<'talk'>(() => ({ ...talking, onPress: () => log.push(tag) }))
    tag = 'second'
    keys.keydown(key('Space', { ctrlKey: true }))
    expect(log).toEqual(['second'])
  })
})

describe('addListeners', () => {
  it('adds every listener and the answer removes them all', () => {
    const target = new EventTarget()
    const seen: string[] = []
    const remove = addListeners(target, {
      ping: () => seen.push('ping'),
      pong: (e: Event) => seen.push(e.type),
    })
    target.dispatchEvent(new Event('ping'))
    target.dispatchEvent(new Event('pong'))
    remove()
    target.dispatchEvent(new Event('ping'))
    expect(seen).toEqual(['ping', 'pong'])
  })
})
