import type { ClientStore } from '../client-store'
import type { ClientPrefs } from '../../shared/prefs'
import {
  createRecordVolumeSource,
  readDeviceVolumes,
  type RecordVolumeSource,
} from '../exercises/record-volume-source'
import type { VolumeHome } from '../sound-slot'
import { createDeviceComfortSource, systemPrefersReducedMotion } from './comfort-source'
import { createRecordComfortSource, type RecordComfortSource } from './record-comfort-source'
import { createRecordPrefsClient, type PrefsLoad } from './record-prefs-client'

type SessionLike = {
  view: { subscribe(listener: (v: { stage: string }, prev: { stage: string }) => void): () => void }
}

export type RecordPrefsDeps = {
  /** Where the page's sound runtime saves volumes (the shell's sound slot): the record's while paired. */
  volumes?: Pick<VolumeHome, 'setRecord'>
  accessKey?: string | null
  fetchImpl?: typeof fetch
  storage?: Storage | undefined
  base?: string
  debounceMs?: number
  log?: (message: string) => void
}

/**
 * While the headset is paired, the client's comfort settings and volumes live with the client's record (clinic
 * headsets are shared); in solo use on the device. `join` reads the record once (at pairing before the socket
 * connects, so the session's sound already matches; on a resume alongside it). A client's first session starts
 * from what the device has and saves that to the record, so nothing changes abruptly at pairing. At the end the
 * settings stay as they are for the rest of the visit and later saves go to the device again.
 */
export function createRecordPrefs(store: ClientStore, deps: RecordPrefsDeps = {}) {
  const storage = deps.storage ?? globalThis.localStorage
  const log = deps.log ?? ((m: string) => console.warn(`Stillroom prefs: ${m}`))
  const deviceComfort = createDeviceComfortSource(storage, {
    prefersReducedMotion: systemPrefersReducedMotion(),
  })
  let active: { token: string; comfort: RecordComfortSource; volumes: RecordVolumeSource } | null = null
  let joining: { token: string; done: Promise<void> } | null = null

  async function start(token: string): Promise<void> {
    const client = createRecordPrefsClient({
      deviceToken: token,
      ...(deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {}),
      accessKey: deps.accessKey ?? null,
      ...(deps.base !== undefined ? { base: deps.base } : {}),
    })
    let loaded: PrefsLoad = await client.get()
    const deviceVolumes = readDeviceVolumes(storage)
    if (!loaded.ok) log(`the client's saved settings could not be read (${loaded.reason}); keeping these`)
    else {
      // First session for this client: the record starts from what the device has now.
      const missing: ClientPrefs = {}
      if (!loaded.prefs.comfort) missing.comfort = store.getState().comfort
      if (!loaded.prefs.volumes) missing.volumes = deviceVolumes
      if (missing.comfort || missing.volumes) {
        const kept = await client.put(missing)
        loaded = { ...loaded, prefs: { ...loaded.prefs, ...missing } }
        if (!kept) log('the device settings could not be saved with the record yet; they stay for this visit')
      }
    }
    if (joining?.token !== token) return
    const comfort = createRecordComfortSource(client, {
      current: () => store.getState().comfort,
      loaded,
      mirror: deviceComfort,
      ...(deps.debounceMs !== undefined ? { debounceMs: deps.debounceMs } : {}),
      log,
    })
    const volumes = createRecordVolumeSource(client, {
      loaded,
      fallback: deviceVolumes,
      mirror: storage,
      ...(deps.debounceMs !== undefined ? { debounceMs: deps.debounceMs } : {}),
    })
    active = { token, comfort, volumes }
    deps.volumes?.setRecord(volumes)
    // Comfort code already glides exposure and the rest, so the record's settings arrive without a jump.
    await store.switchComfortSource(comfort)
  }

  const prefs = {
    /** Take the record of this device token's session (idempotent per token). */
    join(device: { deviceToken: string }): Promise<void> {
      if (joining?.token === device.deviceToken) return joining.done
      const done = start(device.deviceToken).catch((e: unknown) =>
        log(`could not take the record: ${String(e)}`),
      )
      joining = { token: device.deviceToken, done }
      return done
    },
    /** The session ended or was forgotten: keep today's settings, keep later changes on the device again. */
    leave(): void {
      joining = null
      const a = active
      active = null
      deps.volumes?.setRecord(null)
      if (!a) return
      // A change made just before the end still tries to reach the record (the token may already be closed).
      void a.comfort.flush().finally(() => a.comfort.dispose())
      void a.volumes.flush().finally(() => a.volumes.dispose())
      const settings = store.getState().comfort
      void store.switchComfortSource({
        load: () => ({ settings, problems: [] }),
        save: (s) => deviceComfort.save(s),
      })
    },
    /** Leaves when the session ends (or the headset is back to solo use). */
    watch(session: SessionLike): () => void {
      return session.view.subscribe((v, prev) => {
        if (v.stage === prev.stage) return
        if (v.stage === 'ended' || v.stage === 'solo') prefs.leave()
      })
    },
    get active(): boolean {
      return active !== null
    },
  }
  return prefs
}

export type RecordPrefs = ReturnType<typeof createRecordPrefs>
