import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PASSWORD, login, makeTempDir, startSessionServer } from './session-helpers'

const ROOT = path.resolve(import.meta.dirname, '../..')
const run = (args: string[], input?: string, env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin', 'stillroom.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
    env: { ...process.env, ...env },
  })

let tmp: ReturnType<typeof makeTempDir>
beforeEach(() => {
  tmp = makeTempDir('stillroom-cli-')
})
afterEach(() => tmp.cleanup())

describe('stillroom user add', () => {
  it('creates an account from --password-stdin that can then sign in (STILLROOM_DATA honoured)', async () => {
    const res = run(['user', 'add', 'anna', '--role', 'therapist', '--password-stdin'], `${PASSWORD}\n`, {
      STILLROOM_DATA: tmp.dir,
    })
    expect(res.stderr).toBe('')
    expect(res.status).toBe(0)
    expect(res.stdout).toBe('Created therapist account "anna".\n')
    const server = await startSessionServer(tmp.dir)
    try {
      expect(await login(server, 'anna')).toMatch(/^stillroom_session=/)
      const wrong = await server.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { name: 'anna', password: `${PASSWORD}\n` },
      })
      expect(wrong.statusCode).toBe(401)
    } finally {
      await server.close()
    }
  }, 60_000)

  const add = (args: string[], input?: string) => run(['user', 'add', ...args, '--data', tmp.dir], input)

  it('refuses a duplicate name (whatever its case)', () => {
    expect(add(['anna', '--role', 'therapist', '--password-stdin'], PASSWORD).status).toBe(0)
    const dup = add(['ANNA', '--role', 'admin', '--password-stdin'], PASSWORD)
    expect(dup.status).toBe(1)
    expect(dup.stderr).toContain('already an account')
  }, 60_000)

  it('refuses a bad role and a weak password', () => {
    const role = add(['ben', '--role', 'boss', '--password-stdin'], PASSWORD)
    expect(role.status).toBe(2)
    expect(role.stderr).toContain('--role must be')
    const weak = add(['ben', '--role', 'therapist', '--password-stdin'], 'short')
    expect(weak.status).toBe(1)
    expect(weak.stderr).toContain('at least 10')
  }, 60_000)

  it('without a terminal it asks for --password-stdin instead of hanging', () => {
    const noTty = add(['ben', '--role', 'therapist'], '')
    expect(noTty.status).toBe(2)
    expect(noTty.stderr).toContain('--password-stdin')
  }, 60_000)

  it('--totp prints the secret for an authenticator app', () => {
    const res = run(
      ['user', 'add', 'tess', '--role', 'therapist', '--totp', '--password-stdin', '--data', tmp.dir],
      PASSWORD,
    )
    expect(res.status).toBe(0)
    expect(res.stdout).toMatch(/secret \(add it to an authenticator app\): [A-Z2-7]{32}\n/)
    expect(res.stdout).toContain('otpauth://totp/Stillroom%3Atess?secret=')
  }, 60_000)
})
