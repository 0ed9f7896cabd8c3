/**
 * Test and development switches, read once from the page URL. Real clients never see them:
 * - `?e2e=1` exposes `window.__stillroom` (see test-api.ts) for end-to-end tests and the bench.
 * - `?emulate=1` injects the IWER Meta Quest 3 emulator (loaded lazily) so WebXR works without a headset.
 */
export type Flags = { e2e: boolean; emulate: boolean }

export function readFlags(search: string): Flags {
  const params = new URLSearchParams(search)
  const on = (name: string) => params.get(name) === '1' || params.get(name) === 'true'
  return { e2e: on('e2e'), emulate: on('emulate') }
}
