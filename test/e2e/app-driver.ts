// Drives the desktop app through its real controls and reads the test API (`?e2e=1`, src/client/test-api.ts).
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as THREE from 'three'
import type { Page } from 'playwright-core'
import { layoutGallery } from '../../src/shared/layout'
import { SCREENSHOTS } from './harness'
import { crop, decodePng, type Image } from './pixels'

export const FOV = 62
export const VIEWPORT = { width: 1100, height: 760 }

export const waitForFirstFrame = (page: Page, timeout = 60_000) =>
  page.waitForFunction(() => (window.__stillroom?.renderer?.calls ?? 0) > 0, undefined, {
    timeout,
    polling: 100,
  })

/** Types the words into the labelled box and presses Enter, as a client would. */
export const describe = async (page: Page, words: string) => {
  const box = page.getByLabel('Describe a place or a feeling')
  await box.fill(words)
  await box.press('Enter')
}

/** Waits until `count` paintings are on the wall, the newest fully faded in at full size, and the viewer still. */
export const waitForPainting = (page: Page, count: number, timeout = 60_000) =>
  page.waitForFunction(
    (n) => {
      const s = window.__stillroom
      if (!s || s.shown < n) return false
      const last = s.fadeState.find(
        (f) =>
          f.id ===
          s.store
            .getState()
            .artworks.filter((a) => a.status === 'shown')
            .at(-1)?.id,
      )
      return !!last && last.opacity >= 0.999 && last.size >= 1024 && !s.moving
    },
    count,
    { timeout, polling: 100 },
  )

/** The on-screen rectangle of the inner part of painting `index` (0.8 m square about its centre). */
export const paintingRect = async (page: Page, index: number, shownCount: number, inner = 0.8) => {
  const cam = await page.evaluate(() => window.__stillroom!.camera!)
  const slot = layoutGallery(shownCount).slots[index]
  if (!slot) throw new Error(`no slot ${index}`)
  const camera = new THREE.PerspectiveCamera(FOV, VIEWPORT.width / VIEWPORT.height, 0.05, 100)
  camera.position.set(cam.x, cam.y, cam.z)
  camera.rotation.set(cam.pitch, cam.yaw, 0, 'YXZ')
  camera.updateMatrixWorld()
  const tangent = new THREE.Vector3(slot.normal.z, 0, -slot.normal.x) // along the wall
  const centre = new THREE.Vector3(slot.position.x, slot.position.y, slot.position.z)
  const corners = [-1, 1].flatMap((sx) =>
    [-1, 1].map((sy) =>
      centre
        .clone()
        .addScaledVector(tangent, (sx * inner) / 2)
        .add(new THREE.Vector3(0, (sy * inner) / 2, 0))
        .project(camera),
    ),
  )
  const xs = corners.map((c) => ((c.x + 1) / 2) * VIEWPORT.width)
  const ys = corners.map((c) => ((1 - c.y) / 2) * VIEWPORT.height)
  const x = Math.min(...xs)
  const y = Math.min(...ys)
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y }
}

/**
 * The app's WebGL canvas as the next frame drew it, read inside that frame (a requestAnimationFrame callback queued
 * after the app's own, before the browser composites and clears the buffer), with the landscape's state of the same
 * frame. One page task instead of a screenshot's several, each of which waits a whole SwiftShader frame on a busy
 * machine. HTML overlays (the panel, the emulator's DevUI) are not in it: only what WebGL drew. The canvas is tagged
 * on first use, because in VR the emulator moves it out of #root next to canvases of its own.
 */
export const captureCanvas = async (page: Page) => {
  const r = await page.evaluate(
    () =>
      new Promise<{ url: string; landscape: { clock: number; fade: number; frames: number } | null }>(
        (done, fail) => {
          const canvas =
            document.querySelector<HTMLCanvasElement>('canvas[data-e2e-app]') ??
            document.querySelector<HTMLCanvasElement>('#root canvas')
          if (!canvas) {
            fail(new Error('no app canvas: capture it once before entering VR'))
            return
          }
          canvas.setAttribute('data-e2e-app', '')
          requestAnimationFrame(() => {
            const l = window.__stillroom?.landscape
            done({
              url: canvas.toDataURL('image/png'),
              landscape: l ? { clock: l.clock, fade: l.fade, frames: l.frames } : null,
            })
          })
        },
      ),
  )
  const png = Buffer.from(r.url.slice(r.url.indexOf(',') + 1), 'base64')
  return { png, image: decodePng(png), landscape: r.landscape }
}

export const screenshot = async (page: Page, name: string): Promise<Image> => {
  // A page drawn by SwiftShader on a shared machine can take far longer than the default 30 s to hand over a frame.
  const buffer = await page.screenshot({ type: 'png', timeout: 120_000 })
  mkdirSync(SCREENSHOTS, { recursive: true })
  writeFileSync(join(SCREENSHOTS, `${name}.png`), buffer)
  return decodePng(buffer)
}

/** The drawn canvas (the overlay left out) plus the crop of painting `index`, both saved for a person to look at. */
export const shootPainting = async (page: Page, name: string, index: number, shownCount: number) => {
  const drawn = await captureCanvas(page)
  const full = drawn.image
  mkdirSync(SCREENSHOTS, { recursive: true })
  writeFileSync(join(SCREENSHOTS, `${name}.png`), drawn.png)
  const rect = await paintingRect(page, index, shownCount)
  const painting = crop(full, rect)
  const { PNG } = await import('pngjs')
  const png = new PNG({ width: painting.width, height: painting.height })
  png.data = Buffer.from(painting.data)
  writeFileSync(join(SCREENSHOTS, `${name}-painting.png`), PNG.sync.write(png))
  return { full, painting, rect }
}
