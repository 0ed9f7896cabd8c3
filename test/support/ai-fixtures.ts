import { parseAiConfig } from '../../src/server/ai/config'
import type { AiConfig } from '../../src/server/ai/config'
import { createAiProvider } from '../../src/server/ai/provider'
import type { AiProvider } from '../../src/server/ai/provider'
import { createStorage } from '../../src/server/storage'
import type { Storage } from '../../src/server/storage'
import type { AiCapability } from '../../src/shared/privacy/ai-contract'
import { AI_CAPABILITIES } from '../../src/shared/privacy/ai-contract'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/spec'
import type { SceneSpec } from '../../src/shared/spec'

/** A key that is easy to search for in logs and responses. */
export const TEST_KEY = 'sk-test-STILLROOM-SECRET-0123456789abcdef'

/**
 * Short deadlines and retries so fault tests stay quick; a second leaves room for a cold first request on a
 * busy 2-core machine.
 */
export const FAST = {
  timeouts: { imagesMs: 1000, otherMs: 1000, healthMs: 1000 },
  retry: { max: 2, baseMs: 5, maxMs: 20 },
}

export function aiConfig(baseURL: string, env: Record<string, string> = {}): AiConfig {
  return parseAiConfig(
    { STILLROOM_PRIVACY: 'cloud', OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: baseURL, ...env },
    FAST,
  )
}

/** In-memory storage with one therapist and one client. */
export async function aiStorage(): Promise<{ storage: Storage; clientId: string; therapistId: string }> {
  const storage = createStorage(':memory:', { warn: () => {} })
  const therapistId = 'therapist-1'
  await storage.sessions!.insertUser({
    id: therapistId,
    name: 'dana',
    role: 'therapist',
    passwordHash: 'x',
    totpSecret: null,
    totpLastStep: null,
    createdAt: new Date().toISOString(),
  })
  const clientId = 'client-1'
  await storage.sessions!.insertClient({
    id: clientId,
    therapistId,
    alias: 'Harbour',
    sudsScale: 10,
    safePlace: null,
    createdAt: new Date().toISOString(),
  })
  return { storage, clientId, therapistId }
}

export async function consentTo(
  storage: Storage,
  clientId: string,
  capabilities: readonly AiCapability[] = AI_CAPABILITIES,
  where?: 'clinic' | 'cloud',
) {
  await storage.ai!.setConsent(clientId, {
    capabilities: [...capabilities],
    givenBy: 'client',
    recordedBy: 'therapist-1',
    at: new Date().toISOString(),
    ...(where && { where }),
  })
}

export function specFor(words: string, held = false): SceneSpec {
  return {
    ...DEFAULT_SCENE_SPEC,
    biome: 'beach',
    // Like the real interpreter, the title carries the client's words: the guard must catch them here too.
    title: words.slice(0, 80) || 'Untitled',
    motifs: ['waves'],
    safety: { held, reasons: held ? ['violence'] : [], mentioned: [] },
  }
}

/** Every call path, for table tests. */
export function callFor(
  ai: AiProvider,
  cap: AiCapability,
  clientId: string,
  words = 'a quiet beach at sunset',
) {
  const ctx = { clientId, sessionId: 'session-1' }
  switch (cap) {
    case 'images':
      return ai.generateImage(ctx, { words, spec: specFor(words) })
    case 'text':
      return ai.refineSpec(ctx, { words, spec: specFor(words) })
    case 'moderation':
      return ai.moderate(ctx, words)
    case 'speech':
      return ai.speak(ctx, words)
    case 'transcription':
      return ai.transcribe(ctx, {
        data: Buffer.from('fake webm audio bytes'),
        filename: 'speech.webm',
        mime: 'audio/webm',
      })
  }
}

export { createAiProvider }
