// What the speech integration tests share: one mock OpenAI-compatible server for the file, a real server per test
// (each in a folder of its own, closed and removed after the test), and a check after each test that none of the
// given words ever reached a log line.
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import type { AiConfig } from '../../src/server/ai/config'
import { startMockOpenAI, type MockOpenAI } from '../support/mock-openai'
import { makeTempDir, startSessionServer, type SessionServer } from './session-helpers'

export function speechServers(prefix: string, neverLogged: readonly string[]) {
  let mock: MockOpenAI | null = null
  const made: Array<{ server: SessionServer; tmp: ReturnType<typeof makeTempDir> }> = []
  let logs: string[] = []
  beforeAll(async () => {
    mock = await startMockOpenAI()
  })
  afterAll(async () => {
    await mock?.close()
  })
  afterEach(async () => {
    for (const m of made.splice(0)) {
      await m.server.close()
      m.tmp.cleanup()
    }
    for (const line of logs) for (const words of neverLogged) expect(line).not.toContain(words)
    logs = []
  })
  return {
    /** This test's log lines so far. */
    get logs(): readonly string[] {
      return logs
    },
    get mock(): MockOpenAI {
      if (!mock) throw new Error('the mock starts in beforeAll')
      return mock
    },
    /** A server with `ai`, logging everything (for the check above); its data folder is its own. */
    async start(ai: AiConfig): Promise<{ server: SessionServer; dir: string }> {
      const tmp = makeTempDir(prefix)
      const server = await startSessionServer(tmp.dir, {
        ai,
        dataDir: tmp.dir,
        logger: { level: 'trace', stream: { write: (line: string) => void logs.push(line) } },
      })
      made.push({ server, tmp })
      return { server, dir: tmp.dir }
    },
  }
}
