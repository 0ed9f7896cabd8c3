import { useEffect, useMemo } from 'react'
import type * as THREE from 'three'
import { createPictureBoard, type PictureBoard } from '../gallery/picture-board'
import { startPictureFeed, type PictureEntries } from '../gallery/picture-feed'

/**
 * The AI pictures of the timeline's rooms: an artwork of an earlier session that had a picture shows
 * it instead of its painting. Only the rooms in the window are fed, so walking on fetches the next room's pictures
 * and frees those left behind, exactly as the painter does with its textures; the draw calls stay the same (the
 * picture takes the painting's plane).
 */

/** Fetches and decodes one stored picture of a session; null when it cannot be had (the painting stays). */
export type LoadTimelinePicture = (
  sessionId: string,
  file: string,
  signal: AbortSignal,
) => Promise<THREE.Texture | null>

/** One painting plane of the window: its key (as the painting's id), its session, and its picture if any. */
export type TimelinePictureItem = { key: string; sessionId: string; file?: string | undefined }

export type TimelinePictureFeed = {
  /** The planes in the window now. */
  update(items: readonly TimelinePictureItem[]): void
  /** Starts fetching; the returned stop aborts what is on its way and frees every picture. */
  start(): () => void
}

export function createTimelinePictureFeed(
  board: PictureBoard,
  load: LoadTimelinePicture,
  options: { attempts?: number; retryMs?: number } = {},
): TimelinePictureFeed {
  let entries: PictureEntries = []
  /** A stored picture's session, by file: the files of one client are shared by its sessions' rooms. */
  let sessionOf = new Map<string, string>()
  const listeners = new Set<() => void>()
  return {
    update(items) {
      // A new array only when something changed: the feed compares by identity.
      entries = items.map((i) => ({
        artwork: { id: i.key },
        state: 'approved',
        image: i.file ? { state: 'ready', file: i.file } : undefined,
      }))
      sessionOf = new Map()
      for (const i of items) if (i.file && !sessionOf.has(i.file)) sessionOf.set(i.file, i.sessionId)
      for (const l of listeners) l()
    },
    start() {
      return startPictureFeed({
        board,
        entries: () => entries,
        subscribe: (listener) => {
          listeners.add(listener)
          return () => void listeners.delete(listener)
        },
        load: (file, signal) => {
          const sessionId = sessionOf.get(file)
          return sessionId ? load(sessionId, file, signal) : Promise.resolve(null)
        },
        ...options,
      })
    },
  }
}

/**
 * The timeline's picture board for the planes in the window, or null without a loader (the console's mirror, solo
 * use): then the rooms simply show the paintings.
 */
export function useTimelinePictures(
  items: readonly TimelinePictureItem[],
  load: LoadTimelinePicture | undefined,
): PictureBoard | null {
  const board = useMemo(() => (load ? createPictureBoard() : null), [load])
  const feed = useMemo(() => (board && load ? createTimelinePictureFeed(board, load) : null), [board, load])
  // Started in an effect (stopped and started again by StrictMode's double mount without losing anything).
  useEffect(() => feed?.start(), [feed])
  useEffect(() => feed?.update(items), [feed, items])
  return board
}
