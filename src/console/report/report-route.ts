/** Which session a `/console/sessions/:id/report` address asks for (null for any other console address). */
export function reportSessionId(pathname: string): string | null {
  const m = /^\/console\/sessions\/([^/]+)\/report\/?$/.exec(pathname)
  if (!m?.[1]) return null
  try {
    return decodeURIComponent(m[1])
  } catch {
    return null
  }
}

/** The printable report of a session; the access key travels in the address on `--lan`, as everywhere else. */
export function reportHref(sessionId: string, accessKey?: string | null): string {
  const path = `/console/sessions/${encodeURIComponent(sessionId)}/report`
  return accessKey ? `${path}?key=${encodeURIComponent(accessKey)}` : path
}
