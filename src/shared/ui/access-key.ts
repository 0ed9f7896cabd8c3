const STORAGE_KEY = 'stillroom.accessKey'

type KeyEnv = { location: Location; history: History; sessionStorage: Storage }

/**
 * On `--lan` every /api call needs the access key from the printed URL (`?key=…`). Take it once, keep it for
 * this tab only, and remove it from the address bar so it is not shared by copying the link or left in history.
 */
export function takeAccessKey(env: KeyEnv = window): string | null {
  const url = new URL(env.location.href)
  const fromUrl = url.searchParams.get('key')
  if (fromUrl) {
    try {
      env.sessionStorage.setItem(STORAGE_KEY, fromUrl)
    } catch {
      // Storage can be disabled; the key still works for this page load.
    }
    url.searchParams.delete('key')
    env.history.replaceState(env.history.state, '', `${url.pathname}${url.search}${url.hash}`)
    return fromUrl
  }
  try {
    return env.sessionStorage.getItem(STORAGE_KEY)
  } catch {
    return null
  }
}
