import fs from 'node:fs'
import https from 'node:https'
import os from 'node:os'
import path from 'node:path'
import type { TLSSocket } from 'node:tls'
import Database from 'better-sqlite3'
import { createApp } from '../../src/server/app'
import type { AppOptions } from '../../src/server/app'
import { createStorage } from '../../src/server/storage'
import type { Storage } from '../../src/server/storage'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/spec'
import type { SceneSpec } from '../../src/shared/spec'

/** A fresh folder under the OS temp dir, removed by the returned cleanup. */
export function makeTempDir(prefix = 'stillroom-it-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) }
}

/** A stand-in for the vite build in `dist`: the two pages, with titles a test can tell apart. */
export function writeFakeBuild(dist: string): void {
  fs.mkdirSync(path.join(dist, 'src', 'console'), { recursive: true })
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Stillroom</title>')
  fs.writeFileSync(
    path.join(dist, 'src', 'console', 'index.html'),
    '<!doctype html><title>Stillroom · Console</title>',
  )
}

/**
 * A stand-in for the real interpreter so API tests do not depend on the lexicon: "gun" and "soldier"
 * hold, "beach" is a beach, everything else is the default abstract.
 */
export function fakeInterpret(text: string): SceneSpec {
  const held = /\b(gun|soldier)\b/i.test(text)
  return {
    ...DEFAULT_SCENE_SPEC,
    biome: /\bbeach\b/i.test(text) ? 'beach' : 'abstract',
    title: text.slice(0, 80),
    safety: { held, reasons: held ? ['weapons: "gun"'] : [], mentioned: [] },
  }
}

export interface TestApp {
  app: Awaited<ReturnType<typeof createApp>>
  storage: Storage
  dbFile: string
  /** Rows in the table, counted straight from the file (including rows the app would skip). */
  countRows(): number
  close(): Promise<void>
}

export async function makeTestApp(dbFile: string, options: Partial<AppOptions> = {}): Promise<TestApp> {
  const storage = options.storage ?? createStorage(dbFile, { warn: () => {} })
  const app = await createApp({ interpret: fakeInterpret, ...options, storage })
  return {
    app,
    storage,
    dbFile,
    countRows: () => countRows(dbFile),
    async close() {
      await app.close()
      await storage.close()
    },
  }
}

export function countRows(dbFile: string): number {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true })
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM artworks').get() as { n: number }).n
  } finally {
    db.close()
  }
}

/** GET over HTTPS that accepts our self-signed certificate (scoped to this one request). */
export function httpsGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; cert: string }> {
  return new Promise((resolve, reject) => {
    // agent: false — a fresh connection each time, so the certificate seen is the one served now.
    const req = https.get(url, { rejectUnauthorized: false, headers, agent: false }, (res) => {
      const cert = (res.socket as TLSSocket).getPeerCertificate().fingerprint256 ?? ''
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), cert }),
      )
    })
    req.on('error', reject)
  })
}
