// The walkable timeline in the real built app: 200 artworks across 20 sessions, the headset paired with a
// 21st, the view switched to Timeline. Draw calls are read at viewpoints through the rooms, each once the rooms in view
// are painted, as the gallery bench does.
import type { Browser } from 'playwright-core'
import { VIEWPORT, waitForFirstFrame } from '../e2e/app-driver'
import { until } from '../e2e/console-driver'
import { DAY, startTimelineServer, therapistSocket } from '../integration/timeline-seed'

export const TIMELINE_TARGETS = {
  'record.timeline_200_draw_calls': { max: 120, unit: '' },
  'record.timeline_200_texture_mb': { max: 256, unit: 'MB' },
}

const SESSIONS = 20
const PER_SESSION = 10
const WAIT = 300_000

export async function benchTimeline(browser: Browser): Promise<Record<string, number>> {
  const now = Date.now()
  const env = await startTimelineServer(() =>
    Array.from({ length: SESSIONS }, (_, i) => ({
      id: `s${String(i + 1).padStart(2, '0')}`,
      startedAt: now - (SESSIONS - i) * 7 * DAY,
      artworks: Array.from({ length: PER_SESSION }, () => ({})),
    })),
  )
  const page = await browser.newPage({ viewport: VIEWPORT })
  const therapist = await therapistSocket(env.url, env.cookie, env.sessionId)
  try {
    await page.addInitScript((d) => localStorage.setItem('stillroom.device', JSON.stringify(d)), env.device)
    await page.goto(`${env.url}/?e2e=1`)
    await waitForFirstFrame(page, WAIT)
    await until(
      () => page.evaluate(() => window.__stillroom?.session?.stage ?? null),
      (s) => s === 'live',
      'the headset live',
      WAIT,
    )
    therapist.send({ type: 'set-view', view: 'timeline' })
    const probe = await until(
      () => page.evaluate(() => window.__stillroom?.timeline ?? null),
      (p) => p !== null && p.status === 'ready' && p.rooms.length === SESSIONS,
      'the timeline of 20 rooms',
      WAIT,
    )
    const total = probe!.rooms.reduce((n, r) => n + r.count, 0)
    if (total !== SESSIONS * PER_SESSION) throw new Error(`expected 200 artworks, the timeline has ${total}`)
    // Room centres looking down the room both ways, and a doorway looking through into the next room.
    const viewpoints: Array<{ x: number; z: number; yaw: number }> = []
    for (const i of [0, 5, 10, 15, 19]) {
      const r = probe!.rooms[i]!
      const cx = (r.minX + r.maxX) / 2
      viewpoints.push({ x: cx, z: 1.2, yaw: -Math.PI / 2 }, { x: cx, z: -1.2, yaw: Math.PI / 2 })
      if (i < SESSIONS - 1)
        viewpoints.push({ x: r.maxX - 0.8, z: i % 2 === 0 ? 1.1 : -1.1, yaw: -Math.PI / 2 })
    }
    let calls = 0
    let textureMb = 0
    let planes = 0
    for (const v of viewpoints) {
      await page.evaluate(({ x, z, yaw }) => window.__stillroom!.placeAt(x, z, yaw), v)
      // Steady: the window has followed the viewer and every plane in it is painted (nearest ones large).
      await until(
        () =>
          page.evaluate(() => {
            const s = window.__stillroom!
            const t = s.timeline
            return t ? { painted: s.paintedCount, planes: t.planes, moving: s.moving } : null
          }),
        (x) => x !== null && !x.moving && x.painted >= x.planes,
        'the rooms in view painted',
        WAIT,
      )
      await page.waitForTimeout(1500)
      const r = await page.evaluate(() => ({
        calls: window.__stillroom!.renderer!.calls,
        mb: window.__stillroom!.textureMB,
        planes: window.__stillroom!.timeline!.planes,
      }))
      calls = Math.max(calls, r.calls)
      textureMb = Math.max(textureMb, r.mb)
      planes = Math.max(planes, r.planes)
    }
    return {
      'record.timeline_200_draw_calls': calls,
      'record.timeline_200_texture_mb': textureMb,
      'record.timeline_200_planes_max': planes,
    }
  } finally {
    therapist.close()
    await page.close()
    await env.stop()
  }
}
