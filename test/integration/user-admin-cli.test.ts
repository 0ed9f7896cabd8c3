import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runUserCommand } from '../../src/server/cli/user-command'
import { FAST_SCRYPT, PASSWORD, login, makeTempDir, startSessionServer } from './session-helpers'
import type { SessionServer } from './session-helpers'

const ROOT = path.resolve(import.meta.dirname, '../..')
const NEW_PASSWORD = 'another calm long password'

let tmp: ReturnType<typeof makeTempDir>
let server: SessionServer | undefined
beforeEach(() => {
  tmp = makeTempDir('stillroom-user-admin-')
})
afterEach(async () => {
  await server?.close()
  server = undefined
  tmp.cleanup()
})

/** Through bin/stillroom.mjs, as an administrator would type it. */
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin', 'stillroom.mjs'), 'user', ...args, '--data', tmp.dir], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
  })

/** In this process (faster), with the same io the CLI gives it. */
async function user(args: string[], stdin = '') {
  const out: string[] = []
  const err: string[] = []
  const code = await runUserCommand([...args, '--data', tmp.dir], {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    readStdin: async () => stdin,
    dataDir: async () => tmp.dir,
    scrypt: FAST_SCRYPT,
  })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const me = (cookie: string) => server!.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })
const tryLogin = (password = PASSWORD) =>
  server!.app.inject({ method: 'POST', url: '/api/auth/login', payload: { name: 'anna', password } })

async function annaSignedIn() {
  expect((await user(['add', 'anna', '--role', 'therapist', '--password-stdin'], PASSWORD)).code).toBe(0)
  server = await startSessionServer(tmp.dir)
  return login(server, 'anna')
}

describe('stillroom user disable | enable | reset-password | sign-out', () => {
  it('disable ends her logins and refuses her sign-in while the server runs; enable lets her back', async () => {
    const cookie = await annaSignedIn()
    expect((await me(cookie)).statusCode).toBe(200)
    const res = run(['disable', 'anna'])
    expect(res.stderr).toBe('')
    expect(res.status).toBe(0)
    expect(res.stdout).toContain('Disabled "anna"')
    expect((await me(cookie)).statusCode).toBe(401)
    const refused = await tryLogin()
    expect(refused.statusCode).toBe(401)
    expect(refused.json()).toMatchObject({
      error: 'account_disabled',
      message: expect.stringMatching(/disabled/),
    })
    // A wrong password still says only that the name or password is wrong.
    expect((await tryLogin('not the password at all')).json()).toMatchObject({ error: 'bad_login' })

    expect((await user(['enable', 'anna'])).code).toBe(0)
    expect((await tryLogin()).statusCode).toBe(200)
    const audit = server!.storage.audit!.list({ action: 'account-change' }).entries.map((e) => e.detail)
    const id = (await server!.storage.sessions!.getUserByName('anna'))!.id
    expect(audit).toEqual([`enabled ${id}`, `disabled ${id}`])
  }, 60_000)

  it('a login made before the account was disabled stops working at once', async () => {
    const cookie = await annaSignedIn()
    // Disabled directly, with no logins removed: the flag alone must be enough.
    await server!.storage.sessions!.setUserDisabled(
      (await server!.storage.sessions!.getUserByName('anna'))!.id,
      Date.now(),
    )
    expect((await me(cookie)).statusCode).toBe(401)
  })

  it('sign-out ends every login of the account and no one else’s', async () => {
    const first = await annaSignedIn()
    const second = await login(server!, 'anna')
    expect((await user(['add', 'ben', '--role', 'therapist', '--password-stdin'], PASSWORD)).code).toBe(0)
    const ben = await login(server!, 'ben')
    const res = await user(['sign-out', 'anna'])
    expect(res).toMatchObject({ code: 0, out: 'Signed "anna" out everywhere (2 login(s) ended).' })
    expect((await me(first)).statusCode).toBe(401)
    expect((await me(second)).statusCode).toBe(401)
    expect((await me(ben)).statusCode).toBe(200)
    expect((await tryLogin()).statusCode).toBe(200)
  })

  it('reset-password sets the new one from --password-stdin and ends the old logins', async () => {
    const cookie = await annaSignedIn()
    const res = run(['reset-password', 'anna', '--password-stdin'], `${NEW_PASSWORD}\n`)
    expect(res.stderr).toBe('')
    expect(res.status).toBe(0)
    expect((await me(cookie)).statusCode).toBe(401)
    expect((await tryLogin()).statusCode).toBe(401)
    expect((await tryLogin(NEW_PASSWORD)).statusCode).toBe(200)
  }, 60_000)

  it('refuses plainly and changes nothing: unknown name, weak password, no terminal, no name', async () => {
    await annaSignedIn()
    expect(await user(['disable', 'nobody'])).toMatchObject({
      code: 1,
      err: expect.stringContaining('no account'),
    })
    expect(await user(['reset-password', 'anna', '--password-stdin'], 'short')).toMatchObject({
      code: 1,
      err: expect.stringContaining('at least 10'),
    })
    expect(await user(['reset-password', 'anna'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--password-stdin'),
    })
    expect((await user(['sign-out'])).code).toBe(2)
    expect((await user(['disable', 'anna', '--password-stdin'])).code).toBe(2)
    expect((await tryLogin()).statusCode).toBe(200)
    expect(server!.storage.audit!.list({ action: 'account-change' }).entries).toEqual([])
  })
})
