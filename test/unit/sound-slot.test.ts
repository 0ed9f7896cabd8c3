// The page's sound and push-to-talk belong to the headset shell, not to modules: two shells (two pages, two tests)
// never share a runtime, a voice choice or the place volumes are saved.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Voice } from '../../src/audio/voice'
import { createClientStore } from '../../src/client/client-store'
import { pageSoundRuntime } from '../../src/client/exercises/runtime-page'
import type { SoundRuntime } from '../../src/client/exercises/sound-runtime'
import { createSoundSlot } from '../../src/client/sound-slot'
import type { PushToTalk } from '../../src/client/speech/push-to-talk'
import { createTalkSlot } from '../../src/client/speech/talk-slot'
import { memoryStorage } from '../support/memory-storage'

const voice = (name: string, said: string[]): Voice => ({
  name,
  available: () => true,
  speak: async (text) => void said.push(`${name}: ${text}`),
  cancel: () => {},
})

afterEach(() => vi.unstubAllGlobals())

describe('the sound slot', () => {
  it('loads the sound code once however many ask, and again after a failed load', async () => {
    const runtime = {} as SoundRuntime
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(runtime)
    const slot = createSoundSlot({ load })
    await expect(slot.load()).rejects.toThrow('offline')
    const [a, b] = await Promise.all([slot.load(), slot.load()])
    expect(a).toBe(runtime)
    expect(b).toBe(runtime)
    expect(load).toHaveBeenCalledTimes(2)
    expect(load.mock.calls[1]![0]).toBe(slot)
  })

  it('keeps the first runtime made in it', () => {
    const slot = createSoundSlot({ load: vi.fn() })
    const first = {} as SoundRuntime
    expect(slot.current()).toBeNull()
    expect(slot.keep(() => first)).toBe(first)
    expect(slot.keep(() => ({}) as SoundRuntime)).toBe(first)
    expect(slot.current()).toBe(first)
  })

  it('saves volumes with the record while there is one, on the device otherwise', () => {
    const { volumes } = createSoundSlot({ load: vi.fn() })
    const device = { load: vi.fn(), save: vi.fn() }
    const record = { load: vi.fn(), save: vi.fn() }
    const page = volumes.around(device)
    const settings = { master: 0.5, muted: false, layers: {} }
    page.save(settings)
    volumes.setRecord(record)
    page.save(settings)
    page.load()
    volumes.setRecord(null)
    page.load()
    expect(device.save).toHaveBeenCalledTimes(1)
    expect(record.save).toHaveBeenCalledTimes(1)
    expect(record.load).toHaveBeenCalledTimes(1)
    expect(device.load).toHaveBeenCalledTimes(1)
  })

  it('has test probes only when asked', () => {
    expect(createSoundSlot({ load: vi.fn() }).probes).toBeNull()
    expect(createSoundSlot({ load: vi.fn(), probes: true }).probes).toEqual({ sound: null, voice: null })
  })
})

describe("the page's sound runtime in its slot", () => {
  const make = () => {
    vi.stubGlobal('localStorage', memoryStorage())
    const slot = createSoundSlot({ load: vi.fn() })
    return { slot, runtime: pageSoundRuntime(slot, createClientStore(memoryStorage())) }
  }

  it('is made once per slot, and two slots never share one', () => {
    const one = make()
    const two = make()
    expect(pageSoundRuntime(one.slot, createClientStore(memoryStorage()))).toBe(one.runtime)
    expect(two.runtime).not.toBe(one.runtime)
  })

  it('speaks with the preferred voice while there is one, then with the device voice again', async () => {
    const { slot, runtime } = make()
    const said: string[] = []
    slot.voices.setDevice(voice('device', said))
    runtime.speak('one')
    slot.voices.prefer(voice('server', said))
    runtime.speak('two')
    slot.voices.prefer(null)
    runtime.speak('three')
    await Promise.resolve()
    expect(said).toEqual(['device: one', 'server: two', 'device: three'])
  })

  it('a voice choice in one slot changes nothing in another', async () => {
    const one = make()
    const two = make()
    const said: string[] = []
    one.slot.voices.setDevice(voice('device-1', said))
    two.slot.voices.setDevice(voice('device-2', said))
    one.slot.voices.prefer(voice('server', said))
    two.runtime.speak('hello')
    await Promise.resolve()
    expect(said).toEqual(['device-2: hello'])
  })
})

describe('the talk slot', () => {
  it('makes the push-to-talk once; each slot its own', () => {
    const make = vi.fn(() => ({}) as PushToTalk)
    const slot = createTalkSlot()
    expect(slot.get(make)).toBe(slot.get(make))
    expect(make).toHaveBeenCalledTimes(1)
    expect(createTalkSlot().get(make)).not.toBe(slot.get(make))
  })
})
