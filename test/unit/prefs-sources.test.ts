import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { memoryStorage } from '../support/memory-storage'
import { createClientStore } from '../../src/client/client-store'
import { COMFORT_KEY, createDeviceComfortSource } from '../../src/client/comfort/comfort-source'
import { createRecordComfortSource } from '../../src/client/comfort/record-comfort-source'
import { createRecordPrefsClient } from '../../src/client/comfort/record-prefs-client'
import { createRecordPrefs } from '../../src/client/comfort/record-session'
import { DEVICE_VOLUME_KEY, createRecordVolumeSource } from '../../src/client/exercises/record-volume-source'
import { VOLUME_KEY, createDeviceVolumeSource } from '../../src/client/exercises/volume-source'
import { createSoundSlot } from '../../src/client/sound-slot'
import { DEFAULT_COMFORT, type ComfortSettings } from '../../src/shared/comfort'
import type { ClientPrefs } from '../../src/shared/prefs'

type Call = { method: string; headers: Record<string, string>; body: unknown }

/** A stand-in for the server: keeps prefs, merges PUTs field-wise, can be switched to failing. */
function fakeServer(initial: ClientPrefs = {}) {
  const state = { prefs: initial, fail: false as false | 'network' | 500, calls: [] as Call[] }
  const fetchImpl = (async (_url: string, init?: RequestInit) => {
    const headers = (init?.headers ?? {}) as Record<string, string>
    const body = init?.body ? (JSON.parse(String(init.body)) as ClientPrefs) : undefined
    state.calls.push({ method: init?.method ?? 'GET', headers, body })
    if (state.fail === 'network') throw new TypeError('Failed to fetch')
    if (state.fail === 500) return new Response('{"error":"internal_error"}', { status: 500 })
    if (init?.method === 'PUT' && body) state.prefs = { ...state.prefs, ...body }
    return Response.json({ prefs: state.prefs, sudsScale: 10 })
  }) as typeof fetch
  const puts = () => state.calls.filter((c) => c.method === 'PUT')
  return { state, fetchImpl, puts }
}

const seated: ComfortSettings = { ...DEFAULT_COMFORT, posture: 'seated', brightness: 0.8 }
const quiet = { master: 0.3, muted: false, layers: { waves: 0.5 } }

beforeEach(() => {
  vi.useFakeTimers()
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

const volumeHome = () => createSoundSlot({ load: () => Promise.reject(new Error('no sound here')) }).volumes

describe('record prefs client', () => {
  it('sends the device token (and the access key) and reads prefs leniently', async () => {
    const server = fakeServer({ comfort: { ...seated, brightness: 7 } as ComfortSettings })
    const client = createRecordPrefsClient({
      deviceToken: 'tok',
      fetchImpl: server.fetchImpl,
      accessKey: 'k',
    })
    const r = await client.get()
    expect(r.ok && r.prefs.comfort?.posture).toBe('seated')
    expect(r.ok && r.prefs.comfort?.brightness).toBe(1.4) // clamped to the nearest comfortable value
    expect(server.state.calls[0]?.headers).toMatchObject({
      'x-stillroom-device': 'tok',
      'x-stillroom-key': 'k',
    })
  })

  it('a failure is an answer, never a throw', async () => {
    const server = fakeServer()
    server.state.fail = 'network'
    const client = createRecordPrefsClient({ deviceToken: 'tok', fetchImpl: server.fetchImpl })
    expect((await client.get()).ok).toBe(false)
    expect(await client.put({ volumes: quiet })).toBe(false)
    server.state.fail = 500
    expect((await client.get()).ok).toBe(false)
  })
})

describe('record comfort source', () => {
  const make = (server: ReturnType<typeof fakeServer>, current: ComfortSettings = DEFAULT_COMFORT) =>
    createRecordComfortSource(createRecordPrefsClient({ deviceToken: 't', fetchImpl: server.fetchImpl }), {
      current: () => current,
      debounceMs: 500,
    })

  it("loads the record's settings", async () => {
    const source = make(fakeServer({ comfort: seated }))
    expect((await source.load()).settings).toEqual(seated)
  })

  it('a first session keeps what the device has and saves it to the record', async () => {
    const server = fakeServer()
    const source = make(server, seated)
    expect((await source.load()).settings).toEqual(seated)
    await vi.runAllTimersAsync()
    expect(server.state.prefs.comfort).toEqual(seated)
  })

  it('an unreadable record keeps the current settings (no jump)', async () => {
    const server = fakeServer({ comfort: DEFAULT_COMFORT })
    server.state.fail = 'network'
    expect((await make(server, seated).load()).settings).toEqual(seated)
  })

  it('debounces saves: many quick changes become one PUT of the last, after ~500 ms', async () => {
    const server = fakeServer()
    const source = make(server)
    for (let b = 0.7; b <= 1.3; b += 0.1) source.save({ ...DEFAULT_COMFORT, brightness: b })
    await vi.advanceTimersByTimeAsync(400)
    expect(server.puts()).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(150)
    expect(server.puts()).toHaveLength(1)
    expect((server.puts()[0]?.body as ClientPrefs).comfort?.brightness).toBeCloseTo(1.3)
  })

  it('a failed save keeps the settings in the store for the visit', async () => {
    const server = fakeServer({ comfort: DEFAULT_COMFORT })
    const store = createClientStore(memoryStorage())
    await store.switchComfortSource(
      createRecordComfortSource(createRecordPrefsClient({ deviceToken: 't', fetchImpl: server.fetchImpl }), {
        current: () => store.getState().comfort,
      }),
    )
    server.state.fail = 500
    store.setComfort({ posture: 'seated' })
    await vi.runAllTimersAsync()
    expect(server.puts()).toHaveLength(1)
    expect(store.getState().comfort.posture).toBe('seated')
    expect(server.state.prefs.comfort?.posture).toBe('standing')
  })
})

describe('record volume source', () => {
  it('uses the device key the sound runtime uses', () => {
    expect(DEVICE_VOLUME_KEY).toBe(VOLUME_KEY)
  })

  it('loads the record, else the fallback; saves debounced and mirrored on the device', async () => {
    const server = fakeServer()
    const storage = memoryStorage()
    const client = createRecordPrefsClient({ deviceToken: 't', fetchImpl: server.fetchImpl })
    const withRecord = createRecordVolumeSource(client, {
      loaded: { ok: true, prefs: { volumes: quiet }, sudsScale: 10 },
      fallback: { master: 1, muted: false, layers: {} },
      mirror: storage,
    })
    expect(withRecord.load().settings).toEqual(quiet)
    const failed = createRecordVolumeSource(client, {
      loaded: { ok: false, reason: 'offline' },
      fallback: quiet,
    })
    expect(failed.load().settings).toEqual(quiet)
    withRecord.save({ master: 0.1, muted: false, layers: {} })
    withRecord.save({ master: 0.2, muted: false, layers: { wind: 0.4 } })
    expect(JSON.parse(storage.data.get(VOLUME_KEY) ?? 'null')).toMatchObject({ master: 0.2 })
    await vi.advanceTimersByTimeAsync(600)
    expect(server.puts().map((c) => c.body)).toEqual([
      { volumes: { master: 0.2, muted: false, layers: { wind: 0.4 } } },
    ])
  })

  it('the page source follows the record while one is set, the device otherwise', () => {
    const storage = memoryStorage()
    const home = volumeHome()
    const page = home.around(createDeviceVolumeSource(storage))
    const record = { load: () => ({ settings: { ...quiet }, problems: [] }), save: vi.fn() }
    home.setRecord(record)
    page.save({ master: 0.9, muted: false, layers: {} })
    expect(record.save).toHaveBeenCalledTimes(1)
    expect(page.load().settings).toEqual(quiet)
    expect(storage.data.has(VOLUME_KEY)).toBe(false)
    home.setRecord(null)
    page.save({ master: 0.9, muted: false, layers: {} })
    expect(storage.data.has(VOLUME_KEY)).toBe(true)
  })
})

describe('record prefs for a session (join / leave)', () => {
  type Stage = { stage: string }
  const fakeSession = () => {
    const listeners = new Set<(v: Stage, p: Stage) => void>()
    let state: Stage = { stage: 'solo' }
    return {
      view: {
        subscribe(l: (v: Stage, p: Stage) => void) {
          listeners.add(l)
          return () => listeners.delete(l)
        },
      },
      go(stage: string) {
        const prev = state
        state = { stage }
        for (const l of listeners) l(state, prev)
      },
    }
  }

  it("a first session records the device's comfort and volumes; nothing the client has changes", async () => {
    const storage = memoryStorage({ [VOLUME_KEY]: JSON.stringify(quiet) })
    const device = createDeviceComfortSource(storage)
    device.save(seated)
    const store = createClientStore(storage, createDeviceComfortSource(storage))
    const server = fakeServer()
    const prefs = createRecordPrefs(store, { fetchImpl: server.fetchImpl, storage, debounceMs: 500 })
    await prefs.join({ deviceToken: 'tok' })
    expect(store.getState().comfort).toEqual(seated)
    expect(server.state.prefs).toEqual({ comfort: seated, volumes: quiet })
    expect(server.puts()).toHaveLength(1)
    expect(prefs.active).toBe(true)
  })

  it("takes the record's settings at join; saves go to the record, then to the device after the end", async () => {
    const storage = memoryStorage()
    const store = createClientStore(storage, createDeviceComfortSource(storage))
    const server = fakeServer({ comfort: seated, volumes: quiet })
    const home = volumeHome()
    const page = home.around(createDeviceVolumeSource(storage))
    const prefs = createRecordPrefs(store, {
      fetchImpl: server.fetchImpl,
      storage,
      debounceMs: 500,
      volumes: home,
    })
    const session = fakeSession()
    prefs.watch(session)
    session.go('joining')
    await prefs.join({ deviceToken: 'tok' })
    await prefs.join({ deviceToken: 'tok' })
    expect(server.state.calls.filter((c) => c.method === 'GET')).toHaveLength(1)
    expect(store.getState().comfort).toEqual(seated)
    // Mirrored on the device, so a reload mid-session starts with the same settings.
    expect(JSON.parse(storage.data.get(COMFORT_KEY) ?? 'null')).toEqual(seated)
    store.setComfort({ locomotion: 'smooth' })
    await vi.advanceTimersByTimeAsync(600)
    expect(server.state.prefs.comfort?.locomotion).toBe('smooth')
    // The page's volumes are saved with the record while paired.
    page.save({ master: 0.3, muted: false, layers: {} })
    await vi.advanceTimersByTimeAsync(600)
    expect(server.state.prefs.volumes?.master).toBe(0.3)

    // The end: the headset wipes its data; the settings stay for the visit, later changes stay on the device.
    storage.clear()
    session.go('ended')
    await vi.runAllTimersAsync()
    expect(prefs.active).toBe(false)
    expect(store.getState().comfort.locomotion).toBe('smooth')
    const putsAtEnd = server.puts().length
    store.setComfort({ turn: 'smooth' })
    await vi.runAllTimersAsync()
    expect(server.puts()).toHaveLength(putsAtEnd)
    expect(JSON.parse(storage.data.get(COMFORT_KEY) ?? 'null')).toMatchObject({ turn: 'smooth' })
    page.save({ master: 0.7, muted: false, layers: {} })
    await vi.runAllTimersAsync()
    expect(server.puts()).toHaveLength(putsAtEnd)
    expect(JSON.parse(storage.data.get(VOLUME_KEY) ?? 'null')).toMatchObject({ master: 0.7 })
  })

  it('an unreachable record at join keeps the current settings and logs', async () => {
    const storage = memoryStorage()
    const store = createClientStore(storage, createDeviceComfortSource(storage))
    store.setComfort({ posture: 'seated' })
    const server = fakeServer({ comfort: DEFAULT_COMFORT })
    server.state.fail = 'network'
    const log = vi.fn()
    const prefs = createRecordPrefs(store, { fetchImpl: server.fetchImpl, storage, log })
    await prefs.join({ deviceToken: 'tok' })
    expect(store.getState().comfort.posture).toBe('seated')
    expect(log).toHaveBeenCalled()
    expect(server.puts()).toHaveLength(0)
  })
})
