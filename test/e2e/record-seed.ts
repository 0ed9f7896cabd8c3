// A client's record written straight into a fresh data folder before the server starts: a therapist, one client
// and the sessions given (built with the real reducer in insight-fixtures), all owned by that therapist.
import { join } from 'node:path'
import { createStorage } from '../../src/server/storage'
import type { SessionState } from '../../src/shared/session/state'
import { THERAPIST, createTherapist } from './console-driver'

export async function seedClientRecord(
  dataDir: string,
  client: { id: string; alias: string; createdAt: number },
  sessions: readonly SessionState[],
): Promise<void> {
  await createTherapist(dataDir)
  const storage = createStorage(join(dataDir, 'stillroom.db'))
  try {
    const store = storage.sessions!
    const therapist = (await store.getUserByName(THERAPIST.name))!
    await store.insertClient({
      id: client.id,
      therapistId: therapist.id,
      alias: client.alias,
      sudsScale: 10,
      safePlace: null,
      createdAt: new Date(client.createdAt).toISOString(),
    })
    for (const s of sessions) {
      const own = { ...s, clientId: client.id, therapistId: therapist.id }
      await store.insertSession(
        { id: own.id, therapistId: own.therapistId, clientId: own.clientId, state: own },
        own.startedAt,
      )
    }
  } finally {
    await storage.close()
  }
}
