import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { interpret } from '../../src/shared/interpret'
import { seedFromText } from '../../src/shared/recipe'
import { applyCommand } from '../../src/shared/session/reducer'
import { createSessionState } from '../../src/shared/session/state'
import { createRecordService } from '../../src/server/record/record-service'
import { createStorage } from '../../src/server/storage'

export const RECORD_TARGETS = {
  'record.export_ms': { max: 2000, unit: 'ms' },
  'record.erase_ms': { max: 2000, unit: 'ms' },
}

const WORDS = [
  'a quiet beach at dawn',
  'a lantern by the lake',
  'a forest path in soft rain',
  'a warm meadow at dusk',
]

/**
 * Export and erasure of one client with 200 artworks across 20 sessions (10 each, approved, each with a 120 kB
 * picture file), seeded through the stores, in a real data folder. Another client's 5 sessions sit beside it, so
 * the erasure's VACUUM has a database to rebuild.
 */
export async function benchRecord(): Promise<Record<string, number>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-record-bench-'))
  const storage = createStorage(path.join(dataDir, 'stillroom.db'), { warn: () => {} })
  try {
    const sessions = storage.sessions!
    const now = Date.now() - 30 * 24 * 3600 * 1000
    await sessions.insertUser({
      id: 'therapist1',
      name: 'bench',
      role: 'therapist',
      passwordHash: 'x',
      totpSecret: null,
      totpLastStep: null,
      createdAt: new Date(now).toISOString(),
    })
    const seedClient = async (clientId: string, sessionCount: number) => {
      await sessions.insertClient({
        id: clientId,
        therapistId: 'therapist1',
        alias: `Client ${clientId}`,
        sudsScale: 10,
        safePlace: null,
        createdAt: new Date(now).toISOString(),
      })
      const artworkIds: string[] = []
      for (let s = 0; s < sessionCount; s++) {
        const t = now + s * 7 * 24 * 3600 * 1000
        let state = createSessionState({
          id: `${clientId}-s${s}`,
          clientId,
          clientAlias: `Client ${clientId}`,
          therapistId: 'therapist1',
          now: t,
        })
        for (let a = 0; a < 10; a++) {
          const text = `${WORDS[(s + a) % WORDS.length]} ${s}-${a}`
          const id = `${clientId}-a${s}-${a}`
          artworkIds.push(id)
          const spec = interpret(text)
          state = applyCommand(
            state,
            {
              type: 'artwork-add',
              artwork: {
                id,
                text,
                createdAt: new Date(t).toISOString(),
                spec,
                seed: seedFromText(text),
                status: 'shown',
              },
              reasons: [],
              from: 'client',
            },
            t + a,
          )
          state = applyCommand(state, { type: 'approve', artworkId: id }, t + a)
        }
        state = applyCommand(state, { type: 'end' }, t + 3600_000)
        await sessions.insertSession({ id: state.id, therapistId: 'therapist1', clientId, state }, t)
        await sessions.saveSessionState(state, t + 3600_000)
      }
      return artworkIds
    }
    const artworkIds = await seedClient('benchclient', 20)
    await seedClient('otherclient', 5)
    const images = path.join(dataDir, 'images', 'benchclient')
    fs.mkdirSync(images, { recursive: true })
    for (const id of artworkIds)
      fs.writeFileSync(path.join(images, `${id}.png`), crypto.randomBytes(120 * 1024))

    const service = createRecordService({
      record: storage.record!,
      ...(storage.audit ? { audit: storage.audit } : {}),
      dataDir,
      now: Date.now,
      warn: () => {},
    })
    const t0 = performance.now()
    const exported = await service.exportClient('benchclient', 'therapist1')
    const exportMs = performance.now() - t0
    if (!exported || exported.archive.length < 200 * 120 * 1024)
      throw new Error('bench: export is incomplete')
    const t1 = performance.now()
    const erased = await service.eraseClient('benchclient', 'therapist1')
    const eraseMs = performance.now() - t1
    if (!erased || fs.existsSync(images)) throw new Error('bench: erase did not erase')
    return { 'record.export_ms': Math.round(exportMs), 'record.erase_ms': Math.round(eraseMs) }
  } finally {
    await storage.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
