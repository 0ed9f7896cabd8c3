/** What pairing leaves on the headset: enough to rejoin the same session until it ends. */
export type DeviceSession = { sessionId: string; deviceToken: string }

export const DEVICE_KEY = 'stillroom.device'
const PREFIX = 'stillroom.'

type Storages = { local?: Storage | undefined; session?: Storage | undefined }

function defaults(): Storages {
  return { local: globalThis.localStorage, session: globalThis.sessionStorage }
}

/** The stored pairing, or null when there is none or it cannot be read (a damaged value is removed). */
export function readDeviceSession(
  storage: Storage | undefined = globalThis.localStorage,
): DeviceSession | null {
  let raw: string | null = null
  try {
    raw = storage?.getItem(DEVICE_KEY) ?? null
  } catch {
    return null
  }
  if (!raw) return null
  try {
    const v = JSON.parse(raw) as Partial<DeviceSession> | null
    if (
      v &&
      typeof v.sessionId === 'string' &&
      v.sessionId &&
      typeof v.deviceToken === 'string' &&
      v.deviceToken
    )
      return { sessionId: v.sessionId, deviceToken: v.deviceToken }
  } catch {
    // fall through
  }
  try {
    storage?.removeItem(DEVICE_KEY)
  } catch {
    // nothing more we can do
  }
  return null
}

export function saveDeviceSession(
  device: DeviceSession,
  storage: Storage | undefined = globalThis.localStorage,
): boolean {
  try {
    storage?.setItem(DEVICE_KEY, JSON.stringify(device))
    return !!storage
  } catch {
    // Private mode: pairing still works for this page load, but a reload will ask for a new code.
    return false
  }
}

/**
 * When a session ends the headset forgets it and the client's local data: the pairing and every other
 * `stillroom.*` key (comfort, sound, exercise preferences) so the next client starts fresh. The tab's access key
 * (`--lan`) is the device's, not the client's, and stays.
 */
export function forgetDeviceSession(storages: Storages = defaults()): void {
  const wipe = (s: Storage | undefined, keep: (key: string) => boolean) => {
    if (!s) return
    try {
      const keys: string[] = []
      for (let i = 0; i < s.length; i++) {
        const k = s.key(i)
        if (k && k.startsWith(PREFIX) && !keep(k)) keys.push(k)
      }
      for (const k of keys) s.removeItem(k)
    } catch {
      // Storage disabled: nothing was kept either.
    }
  }
  wipe(storages.local, () => false)
  wipe(storages.session, (k) => k === 'stillroom.accessKey')
}
