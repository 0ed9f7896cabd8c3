/**
 * A callback ref for the session's top bar: publishes its height as `--topbar-h` on the page, so the risk layer
 * sits just under the safety controls however the bar wraps, and never covers them.
 */
export function publishTopbarHeight(el: HTMLElement | null): (() => void) | undefined {
  if (!el) return undefined
  const root = document.documentElement
  const set = () => root.style.setProperty('--topbar-h', `${Math.ceil(el.getBoundingClientRect().height)}px`)
  set()
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(set)
  observer?.observe(el)
  return () => {
    observer?.disconnect()
    root.style.removeProperty('--topbar-h')
  }
}
