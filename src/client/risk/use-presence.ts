import { useEffect, useState } from 'react'

export type Presence = 'in' | 'out' | null

/**
 * Keeps something on screen while it fades out: 'in' while `show`, 'out' for `leaveMs` after it stops being shown
 * (long enough for its fade), then null (unmount). Showing again during the fade-out brings it straight back.
 */
export function usePresence(show: boolean, leaveMs: number): Presence {
  const [mounted, setMounted] = useState(show)
  if (show && !mounted) setMounted(true)
  useEffect(() => {
    if (show || !mounted) return
    const t = setTimeout(() => setMounted(false), leaveMs)
    return () => clearTimeout(t)
  }, [show, mounted, leaveMs])
  return show ? 'in' : mounted ? 'out' : null
}
