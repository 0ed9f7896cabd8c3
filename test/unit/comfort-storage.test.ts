import { describe, expect, it, vi } from 'vitest'
import { memoryStorage } from '../support/memory-storage'
import { DEFAULT_COMFORT, type ComfortSettings } from '../../src/shared/comfort'
import { createClientStore } from '../../src/client/client-store'
import {
  COMFORT_KEY,
  LEGACY_KEYS,
  createDeviceComfortSource,
  type ComfortSource,
} from '../../src/client/comfort/comfort-source'

function brokenStorage(): Storage {
  const fail = () => {
    throw new Error('SecurityError')
  }
  return { length: 0, clear: fail, getItem: fail, key: fail, removeItem: fail, setItem: fail }
}

const stored = (s: { data: Map<string, string> }) => JSON.parse(s.data.get(COMFORT_KEY) ?? 'null') as unknown

describe('comfort settings on the device', () => {
  it('starts from the defaults when nothing is stored, honouring the system reduce-motion preference', () => {
    expect(createDeviceComfortSource(memoryStorage()).load()).toEqual({
      settings: DEFAULT_COMFORT,
      problems: [],
    })
    const calm = createDeviceComfortSource(memoryStorage(), { prefersReducedMotion: true }).load()
    expect(calm.settings.reducedMotion).toBe(true)
  })

  it('migrates the old snapDegrees / posture keys once, then removes them', () => {
    const storage = memoryStorage({ [LEGACY_KEYS.snapDegrees]: '30', [LEGACY_KEYS.posture]: 'seated' })
    const r = createDeviceComfortSource(storage).load()
    expect(r.settings).toEqual({ ...DEFAULT_COMFORT, snapDegrees: 30, posture: 'seated' })
    expect(r.problems).toEqual([])
    expect(storage.data.has(LEGACY_KEYS.snapDegrees)).toBe(false)
    expect(storage.data.has(LEGACY_KEYS.posture)).toBe(false)
    expect(stored(storage)).toEqual(r.settings)
    // A second load reads the new key.
    expect(createDeviceComfortSource(storage).load().settings).toEqual(r.settings)
  })

  it('migrates one old key alone and repairs a bad old value', () => {
    const one = memoryStorage({ [LEGACY_KEYS.posture]: 'seated' })
    expect(createDeviceComfortSource(one).load().settings).toEqual({ ...DEFAULT_COMFORT, posture: 'seated' })
    const bad = memoryStorage({ [LEGACY_KEYS.snapDegrees]: '90', [LEGACY_KEYS.posture]: 'seated' })
    const r = createDeviceComfortSource(bad).load()
    expect(r.settings).toEqual({ ...DEFAULT_COMFORT, posture: 'seated' })
    expect(r.problems).toHaveLength(1)
  })

  it('prefers the new key over old leftovers, and clears the leftovers', () => {
    const storage = memoryStorage({
      [COMFORT_KEY]: JSON.stringify({ ...DEFAULT_COMFORT, snapDegrees: 45, locomotion: 'smooth' }),
      [LEGACY_KEYS.snapDegrees]: '30',
    })
    const r = createDeviceComfortSource(storage).load()
    expect(r.settings.snapDegrees).toBe(45)
    expect(r.settings.locomotion).toBe('smooth')
    expect(storage.data.has(LEGACY_KEYS.snapDegrees)).toBe(false)
  })

  it('keeps every good field of partly bad stored settings, and survives unreadable JSON', () => {
    const partly = memoryStorage({ [COMFORT_KEY]: JSON.stringify({ posture: 'seated', brightness: 'very' }) })
    const r = createDeviceComfortSource(partly).load()
    expect(r.settings).toEqual({ ...DEFAULT_COMFORT, posture: 'seated' })
    expect(r.problems).toHaveLength(1)
    const garbage = memoryStorage({ [COMFORT_KEY]: '{not json' })
    const g = createDeviceComfortSource(garbage).load()
    expect(g.settings).toEqual(DEFAULT_COMFORT)
    expect(g.problems[0]).toMatch(/not readable/)
  })

  it('never throws when storage is unavailable (private mode)', () => {
    const source = createDeviceComfortSource(brokenStorage())
    expect(source.load().settings).toEqual(DEFAULT_COMFORT)
    expect(() => source.save({ ...DEFAULT_COMFORT, posture: 'seated' })).not.toThrow()
    expect(createDeviceComfortSource(undefined).load().settings).toEqual(DEFAULT_COMFORT)
  })
})

describe('comfort settings in the client store', () => {
  it('loads from the device, applies setComfort at once and keeps it', () => {
    const storage = memoryStorage({ [LEGACY_KEYS.snapDegrees]: '30' })
    const store = createClientStore(storage)
    expect(store.getState().comfort.snapDegrees).toBe(30)
    store.setComfort({ posture: 'seated', brightness: 1.2 })
    expect(store.getState().comfort).toMatchObject({ posture: 'seated', brightness: 1.2, snapDegrees: 30 })
    expect(stored(storage)).toEqual(store.getState().comfort)
    // A new visit on the same device sees the same settings.
    expect(createClientStore(storage).getState().comfort).toEqual(store.getState().comfort)
  })

  it('repairs a bad change: the bad field stays as it was, the good ones apply', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const store = createClientStore(memoryStorage())
    store.setComfort({ posture: 'seated' })
    store.setComfort({ posture: 'upside-down' as never, vignette: false })
    expect(store.getState().comfort.posture).toBe('seated')
    expect(store.getState().comfort.vignette).toBe(false)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('posture'))
    warn.mockRestore()
  })

  it('does not save or notify when nothing changes', () => {
    const save = vi.fn()
    const source: ComfortSource = { load: () => ({ settings: { ...DEFAULT_COMFORT }, problems: [] }), save }
    const store = createClientStore(memoryStorage(), source)
    const listener = vi.fn()
    store.subscribe(listener)
    store.setComfort({ posture: 'standing' })
    expect(save).not.toHaveBeenCalled()
    expect(listener).not.toHaveBeenCalled()
  })

  it('can swap to another source (a client record) and saves there afterwards', async () => {
    const device = memoryStorage()
    const store = createClientStore(device)
    const record: ComfortSettings = { ...DEFAULT_COMFORT, locomotion: 'smooth', posture: 'seated' }
    const save = vi.fn()
    await store.switchComfortSource({ load: async () => ({ settings: record, problems: [] }), save })
    expect(store.getState().comfort).toEqual(record)
    store.setComfort({ brightness: 0.8 })
    await Promise.resolve()
    expect(save).toHaveBeenCalledWith({ ...record, brightness: 0.8 })
    expect(device.data.has(COMFORT_KEY)).toBe(false)
  })

  it('starts from defaults with an asynchronous source and takes its settings when they arrive', async () => {
    let resolve: (v: { settings: ComfortSettings; problems: string[] }) => void = () => {}
    const pending = new Promise<{ settings: ComfortSettings; problems: string[] }>((r) => (resolve = r))
    const store = createClientStore(memoryStorage(), { load: () => pending, save: () => {} })
    expect(store.getState().comfort).toEqual(DEFAULT_COMFORT)
    resolve({ settings: { ...DEFAULT_COMFORT, reducedMotion: true }, problems: [] })
    await pending
    await Promise.resolve()
    expect(store.getState().comfort.reducedMotion).toBe(true)
  })
})
