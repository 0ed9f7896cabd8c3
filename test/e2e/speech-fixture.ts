// What the speech browser tests share: Chromium's fake microphone, servers (each with a therapist, in a data folder
// of its own), and a therapist's session for a new client with the AI consent the test needs.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTherapist, THERAPIST } from './console-driver'
import { startServer, type RunningServer } from './harness'

export const MIC_FLAGS = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream']

/** Starts servers with `env` (rate limits off); `cleanup` removes their folders once they are stopped. */
export function speechServers(prefix: string) {
  const dirs: string[] = []
  return {
    async start(env: Record<string, string>): Promise<RunningServer> {
      const dataDir = mkdtempSync(join(tmpdir(), prefix))
      dirs.push(dataDir)
      await createTherapist(dataDir)
      return startServer({ dataDir, env: { STILLROOM_RATE_LIMIT: 'off', ...env } })
    },
    cleanup() {
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
    },
  }
}

/** A therapist's session on `url` for a new client (open approval, so confirmed words reach the wall), with consent. */
export async function therapistSession(url: string, consent: string[] | null) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify(THERAPIST),
  })
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
  const call = async (method: string, path: string, body: unknown) => {
    const r = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, origin: url },
      body: JSON.stringify(body),
    })
    if (!r.ok) throw new Error(`${path} ${r.status}: ${await r.text()}`)
    return r.json()
  }
  const { client } = (await call('POST', '/api/clients', { alias: 'Wren' })) as { client: { id: string } }
  if (consent) await call('PUT', `/api/clients/${client.id}/ai-consent`, { capabilities: consent })
  const created = (await call('POST', '/api/sessions', { clientId: client.id, approval: 'open' })) as {
    session: { id: string }
    pairingCode: { code: string }
  }
  return { code: created.pairingCode.code, sessionId: created.session.id, cookie }
}
