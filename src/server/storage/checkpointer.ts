import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

/**
 * Moves SQLite's WAL checkpoints off the event loop. With `synchronous = NORMAL` a commit never waits for
 * the disk, but the automatic checkpoint (every ~1,000 pages, run inside whichever commit crosses the
 * line) fsyncs twice: 15–50 ms on this machine's disk, during which no socket is served. The live session
 * relay commits ~200 states a second, so that stall was the tail of its command latency.
 * Durability is unchanged: a commit is in the WAL either way; the checkpoint only copies it into the
 * main file. A worker thread with its own connection runs a PASSIVE checkpoint (never blocks the writer)
 * every `everyMs`.
 */
export interface Checkpointer {
  /** Resolves once the worker has its connection open (tests wait for it); never rejects. */
  ready: Promise<void>
  /** Holds the PASSIVE checkpoints (so a TRUNCATE on the main connection is not raced); call the result to resume. */
  pause(): Promise<() => void>
  stop(): Promise<void>
}

// Plain CommonJS evaluated in the worker: no TypeScript loader needed there.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.file)
db.pragma('busy_timeout = 1000')
parentPort.postMessage({ ready: true })
const tick = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)')
  } catch (err) {
    parentPort.postMessage({ warn: 'checkpoint failed: ' + (err && err.message) })
  }
}
let timer = setInterval(tick, workerData.everyMs)
parentPort.on('message', (m) => {
  // Paused while the main connection runs a TRUNCATE checkpoint (an erasure); a message is only handled
  // between ticks, so no PASSIVE checkpoint is running when 'paused' is sent.
  if (m === 'pause') {
    clearInterval(timer)
    parentPort.postMessage({ paused: true })
    return
  }
  if (m === 'resume') {
    clearInterval(timer)
    timer = setInterval(tick, workerData.everyMs)
    return
  }
  if (m !== 'stop') return
  clearInterval(timer)
  db.close()
  parentPort.postMessage({ stopped: true })
})
`

/** Starts the worker; `onFail` is told if it cannot run (then the caller re-enables automatic checkpoints). */
export function startCheckpointer(
  file: string,
  options: { everyMs?: number; warn: (message: string) => void; onFail: () => void },
): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, driver, everyMs: options.everyMs ?? 1000 },
  })
  // Never the reason a process stays alive.
  worker.unref()
  let running = true
  let markReady = () => {}
  const ready = new Promise<void>((resolve) => (markReady = resolve))
  const fail = (message: string) => {
    if (!running) return
    running = false
    options.warn(`storage: ${message}; checkpoints go back to the main thread`)
    options.onFail()
    markReady()
  }
  worker.on('error', (err) => fail(`checkpoint worker failed (${err.message})`))
  worker.on('exit', (code) => fail(`checkpoint worker exited (${code})`))
  worker.on('message', (m: { warn?: string; ready?: boolean }) => {
    if (m.ready) markReady()
    if (m.warn) options.warn(`storage: ${m.warn}`)
  })
  return {
    ready,
    async pause() {
      if (!running) return () => {}
      await ready
      const paused = new Promise<void>((resolve) => {
        const onMessage = (m: { paused?: boolean }) => {
          if (!m.paused) return
          worker.off('message', onMessage)
          resolve()
        }
        worker.on('message', onMessage)
      })
      worker.postMessage('pause')
      // A worker that died meanwhile must not hold up the caller.
      await Promise.race([paused, new Promise((r) => setTimeout(r, 2000))])
      return () => {
        if (running) worker.postMessage('resume')
      }
    },
    async stop() {
      if (!running) return
      running = false
      const stopped = new Promise<void>((resolve) => {
        worker.on('message', (m: { stopped?: boolean }) => m.stopped && resolve())
        worker.once('exit', () => resolve())
      })
      worker.postMessage('stop')
      // A stuck worker must not hold up shutdown.
      const timer = setTimeout(() => void worker.terminate(), 2000)
      await stopped
      clearTimeout(timer)
      await worker.terminate()
    },
  }
}
