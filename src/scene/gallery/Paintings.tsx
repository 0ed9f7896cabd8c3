import { useFrame, useThree } from '@react-three/fiber'
import { useContext, useEffect, useState } from 'react'
import type * as THREE from 'three'
import type { PaintRecipe } from '../../shared/recipe'
import { createPainter } from '../painter'
import {
  createPaintScheduler,
  type PaintingInput,
  type Painter,
  type PaintScheduler,
} from './paint-scheduler'
import { PicturesContext } from './picture-board'

export type PainterFactory = (renderer: THREE.WebGLRenderer) => Painter

export type PaintingsProps = {
  items: readonly PaintingInput[]
  /** Painted tiny once when idle, so shaders are compiled before the client's next words arrive. */
  warmUp?: readonly PaintRecipe[]
  /** Injected in tests; the real painter otherwise. */
  createPainterImpl?: PainterFactory
  /** Receives the scheduler so the shell can report progress (window.__stillroom). */
  onScheduler?: (scheduler: PaintScheduler | null) => void
}

/** The painted planes. All GPU work is time-sliced in `useFrame`: at most one paint per frame. */
export function Paintings({ items, warmUp, createPainterImpl = createPainter, onScheduler }: PaintingsProps) {
  const gl = useThree((s) => s.gl)
  // The renderer lives as long as the canvas, so one painter and scheduler per mount is enough.
  const [{ painter, scheduler }] = useState(() => {
    const p = createPainterImpl(gl)
    return { painter: p, scheduler: createPaintScheduler(p) }
  })

  useEffect(() => {
    onScheduler?.(scheduler)
    const canvas = gl.domElement
    const lost = () => scheduler.contextLost()
    const restored = () => scheduler.contextRestored()
    canvas.addEventListener('webglcontextlost', lost)
    canvas.addEventListener('webglcontextrestored', restored)
    return () => {
      canvas.removeEventListener('webglcontextlost', lost)
      canvas.removeEventListener('webglcontextrestored', restored)
      onScheduler?.(null)
      // Frees every texture; the scheduler stays usable (StrictMode mounts effects twice) and refills on sync.
      scheduler.dispose()
      painter.dispose()
    }
  }, [gl, painter, scheduler, onScheduler])

  useEffect(() => {
    scheduler.sync(items)
  }, [scheduler, items])

  // A session's AI pictures crossfade in over the paintings; solo use has no board and never changes.
  const pictures = useContext(PicturesContext)
  useEffect(() => {
    scheduler.setPictures(pictures)
    return () => scheduler.setPictures(null)
  }, [scheduler, pictures])

  useEffect(() => {
    if (warmUp) scheduler.warmUp(warmUp)
  }, [scheduler, warmUp])

  useFrame((state) => {
    scheduler.step(state.camera, performance.now())
  })

  return <primitive object={scheduler.group} />
}
