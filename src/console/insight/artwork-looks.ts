import * as THREE from 'three'
import { pixelMetrics, type PixelMetrics } from '../../shared/insight/pixels'
import { createRecipe } from '../../shared/recipe/create-recipe'
import type { ArtworkEntry } from '../../shared/session/state'
import { createPainter } from '../../scene/painter'

/**
 * The pictures the client saw, as the console can see them: the procedural painting painted small with the same
 * painter (and seed) as the headset, or the AI picture when it was ready. Each gives an image URL (for the
 * report) and its pixel metrics (for the insight charts). Metrics are cached per artwork in localStorage, so a
 * second visit to the insight page paints nothing.
 */
export type ArtworkLook = { url: string | null; metrics: PixelMetrics; source: 'painting' | 'picture' }

export type ArtworkLooks = {
  /** The look of one artwork of session `sessionId`, painted at the looks' size; always resolves. */
  look(sessionId: string, entry: ArtworkEntry, want?: { image?: boolean }): Promise<ArtworkLook | null>
  dispose(): void
}

const STORE_PREFIX = 'stillroom.insight.v2.'

/** A short, stable hash of what the painter paints from (djb2 over the spec and seed). */
function recipeHash(entry: ArtworkEntry): string {
  const text = `${entry.artwork.seed}|${JSON.stringify(entry.artwork.spec)}`
  let h = 5381
  for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) | 0
  return (h >>> 0).toString(36)
}

export function createArtworkLooks(
  options: { size?: number; accessKey?: string | null; storage?: Storage | null } = {},
): ArtworkLooks {
  const size = options.size ?? 128
  const storage = options.storage === undefined ? safeLocalStorage() : options.storage
  const memory = new Map<string, Promise<ArtworkLook | null>>()
  let gpu: ReturnType<typeof createGpu> | null = null
  // One painting at a time: the console stays responsive and the GPU is never asked for twenty at once.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task)
    queue = next.catch(() => undefined)
    return next
  }

  const paint = (entry: ArtworkEntry): Promise<ArtworkLook> =>
    serial(async () => {
      await new Promise((r) => setTimeout(r, 0))
      gpu ??= createGpu(size)
      const rgba = gpu.paint(entry)
      return {
        url: gpu.canvas.toDataURL('image/png'),
        metrics: pixelMetrics(rgba, size, size),
        source: 'painting',
      }
    })

  const picture = async (sessionId: string, file: string): Promise<ArtworkLook> => {
    const headers = new Headers()
    if (options.accessKey) headers.set('x-stillroom-key', options.accessKey)
    const res = await fetch(
      `/api/sessions/${encodeURIComponent(sessionId)}/images/${encodeURIComponent(file)}`,
      { credentials: 'same-origin', headers },
    )
    if (!res.ok) throw new Error(`picture ${res.status}`)
    const bitmap = await createImageBitmap(await res.blob())
    const canvas = document.createElement('canvas')
    canvas.width = size
    canvas.height = size
    const ctx = canvas.getContext('2d', { willReadFrequently: true })
    if (!ctx) throw new Error('no 2d canvas')
    // Cover, centred: the frame on the wall shows the picture the same way.
    const scale = Math.max(size / bitmap.width, size / bitmap.height)
    const w = bitmap.width * scale
    const h = bitmap.height * scale
    ctx.drawImage(bitmap, (size - w) / 2, (size - h) / 2, w, h)
    bitmap.close()
    const rgba = ctx.getImageData(0, 0, size, size).data
    return { url: canvas.toDataURL('image/png'), metrics: pixelMetrics(rgba, size, size), source: 'picture' }
  }

  return {
    look(sessionId, entry, want = {}) {
      const file = entry.image?.state === 'ready' ? entry.image.file : undefined
      // The look changes with a richer spec or a new version under the same id: the key follows the recipe.
      const key = `${entry.artwork.id}|${recipeHash(entry)}|${file ?? ''}`
      // Metrics alone may come from localStorage; an image needs painting (kept in memory for this page).
      if (!want.image) {
        const stored = readStored(storage, key)
        if (stored) return Promise.resolve(stored)
      }
      const found = memory.get(key)
      if (found) return found
      const made = (file ? picture(sessionId, file).catch(() => paint(entry)) : paint(entry))
        .then((look) => {
          writeStored(storage, key, look)
          return look
        })
        .catch(() => null)
      memory.set(key, made)
      return made
    },
    dispose() {
      gpu?.dispose()
      gpu = null
      memory.clear()
    },
  }
}

/** A small offscreen renderer that paints one recipe and reads its pixels back. */
function createGpu(size: number) {
  const canvas = document.createElement('canvas')
  canvas.width = size
  canvas.height = size
  const renderer = new THREE.WebGLRenderer({
    canvas,
    antialias: false,
    preserveDrawingBuffer: true,
    alpha: false,
  })
  renderer.setPixelRatio(1)
  renderer.setSize(size, size, false)
  const painter = createPainter(renderer)
  const material = new THREE.MeshBasicMaterial({ toneMapped: false })
  const quad = new THREE.Mesh(new THREE.PlaneGeometry(2, 2), material)
  const scene = new THREE.Scene()
  scene.add(quad)
  const camera = new THREE.OrthographicCamera(-1, 1, 1, -1, 0, 1)
  const pixels = new Uint8Array(size * size * 4)
  return {
    canvas,
    paint(entry: ArtworkEntry): Uint8Array {
      const texture = painter.paint(createRecipe(entry.artwork.spec, entry.artwork.seed), size)
      material.map = texture
      material.needsUpdate = true
      renderer.setRenderTarget(null)
      renderer.render(scene, camera)
      const gl = renderer.getContext()
      // Rows come bottom-up; the metrics do not care about the order of rows.
      gl.readPixels(0, 0, size, size, gl.RGBA, gl.UNSIGNED_BYTE, pixels)
      painter.release(texture)
      return pixels
    },
    dispose() {
      painter.dispose()
      material.dispose()
      quad.geometry.dispose()
      renderer.dispose()
      renderer.forceContextLoss()
    },
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

function readStored(storage: Storage | null, key: string): ArtworkLook | null {
  try {
    const raw = storage?.getItem(STORE_PREFIX + key)
    if (!raw) return null
    const m = JSON.parse(raw) as Partial<PixelMetrics>
    const fields = ['luminance', 'lightness', 'chroma', 'colourSpread', 'edgeDensity'] as const
    if (!fields.every((f) => typeof m[f] === 'number' && Number.isFinite(m[f]))) return null
    return { url: null, metrics: m as PixelMetrics, source: 'painting' }
  } catch {
    return null
  }
}

function writeStored(storage: Storage | null, key: string, look: ArtworkLook): void {
  try {
    storage?.setItem(STORE_PREFIX + key, JSON.stringify(look.metrics))
  } catch {
    // A full or refused storage only costs a repaint next time.
  }
}
