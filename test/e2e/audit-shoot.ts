// Screenshots of the admin's audit page for a person to look at (not a test):
// `STILLROOM_DIST=/tmp/dist-x npx tsx test/e2e/audit-shoot.ts [outDir]` (default /work/notes/shots/audit).
// Makes real activity through the API (sign-ins, sessions, approvals), then signs in as an admin.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { WebSocket } from 'ws'
import { runUserCommand } from '../../src/server/cli/user-command'
import { SESSION_SOCKET_PATH, msg } from '../../src/shared/session/protocol'
import type { ServerMessage } from '../../src/shared/session/protocol'
import { CONSOLE_VIEWPORT } from './console-driver'
import { watchConsole } from './harness'
import type { RunningServer } from './harness'
import { runShoot } from './shoot-helpers'

const outDir = process.argv[2] ?? '/work/notes/shots/audit'
const PASSWORD = 'calm-harbour-lighthouse-7'

/** An admin and two therapists, made with the real CLI. */
async function addUsers(dataDir: string) {
  const io = {
    out: () => {},
    err: console.error,
    readStdin: async () => PASSWORD,
    dataDir: async () => dataDir,
  }
  for (const [name, role] of [
    ['root', 'admin'],
    ['ann', 'therapist'],
    ['ben', 'therapist'],
  ] as const)
    await runUserCommand(['add', name, '--role', role, '--password-stdin'], io)
}

let server: RunningServer
const post = async (path: string, body: unknown, cookie = '') => {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  })
  return { res, body: (await res.json()) as Record<string, { id: string }> }
}
const login = async (name: string, password = PASSWORD) => {
  const { res } = await post('/api/auth/login', { name, password })
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

/** One session: start, a described artwork approved by the therapist, end. */
async function oneSession(cookie: string, alias: string) {
  const client = (await post('/api/clients', { alias }, cookie)).body.client!.id
  const created = (await post('/api/sessions', { clientId: client }, cookie)).body
  const ws = new WebSocket(`${server.url.replace('http', 'ws')}${SESSION_SOCKET_PATH}`, {
    origin: server.url,
    headers: { cookie },
  })
  const frames: ServerMessage[] = []
  ws.on('message', (d) => frames.push(JSON.parse(String(d)) as ServerMessage))
  await new Promise((r) => ws.once('open', r))
  const wait = async (pred: (m: ServerMessage) => boolean) => {
    for (let i = 0; i < 200; i++) {
      const m = frames.find(pred)
      if (m) return m
      await new Promise((r) => setTimeout(r, 25))
    }
    throw new Error('no frame')
  }
  ws.send(JSON.stringify(msg.hello('therapist', { sessionId: created.session!.id })))
  await wait((m) => m.type === 'welcome')
  ws.send(JSON.stringify(msg.command('d', { type: 'describe', text: 'a quiet beach at sunset' })))
  const added = await wait((m) => m.type === 'applied' && m.command.type === 'artwork-add')
  const artworkId =
    added.type === 'applied' && added.command.type === 'artwork-add' ? added.command.artwork.id : ''
  ws.send(JSON.stringify(msg.command('a', { type: 'approve', artworkId })))
  await wait((m) => m.type === 'ack' && m.id === 'a')
  ws.send(JSON.stringify(msg.command('e', { type: 'end' })))
  await wait((m) => m.type === 'ack' && m.id === 'e')
  ws.close()
}

await runShoot('audit', { prepare: addUsers }, async (rig) => {
  server = rig.server
  await login('ann', 'not the password at all')
  await login('someone-else', 'guessing a password')
  const ann = await login('ann')
  for (const alias of ['Robin', 'Sky', 'Wren']) await oneSession(ann, alias)
  const ben = await login('ben')
  for (const alias of ['Moss', 'Fern', 'Ivy', 'Lark']) await oneSession(ben, alias)
  await post('/api/auth/logout', {}, ben)

  mkdirSync(outDir, { recursive: true })
  const page = await rig.browser.newPage({ viewport: CONSOLE_VIEWPORT })
  const lines = watchConsole(page)
  const shot = async (name: string) => writeFileSync(join(outDir, `${name}.png`), await page.screenshot())
  await page.goto(`${server.url}/console`)
  await page.getByLabel('Name', { exact: true }).fill('root')
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('link', { name: 'Audit log' }).waitFor({ timeout: 60_000 })
  await shot('01-admin-home')
  await page.getByRole('link', { name: 'Audit log' }).click()
  await page.locator('.audit-table tbody tr').first().waitFor({ timeout: 60_000 })
  await shot('02-audit-log')
  await page.getByRole('button', { name: 'Older' }).click()
  await page.getByText('Page 2').waitFor()
  await page.waitForFunction(
    () => document.querySelector('.audit-page')?.getAttribute('aria-busy') === 'false',
  )
  await shot('03-audit-older')
  await page.getByLabel('Show').selectOption('login-failed')
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.audit-table tbody tr')].every(
      (r) => r.getAttribute('data-action') === 'login-failed',
    ),
  )
  await shot('04-audit-filter')
  const rows = await page.locator('.audit-table tbody tr').count()
  console.log(`failed sign-ins shown: ${rows}`)
  // A therapist who finds the address gets a plain refusal, no data.
  await page.context().clearCookies()
  await page.goto(`${server.url}/console`)
  await page.getByLabel('Name', { exact: true }).fill('ann')
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('heading', { name: 'Start a session' }).waitFor({ timeout: 60_000 })
  console.log(`therapist sees the link: ${await page.getByRole('link', { name: 'Audit log' }).count()}`)
  await page.goto(`${server.url}/console/admin/audit`)
  await page.getByRole('alert').filter({ hasText: 'administrator' }).waitFor({ timeout: 60_000 })
  await shot('05-therapist-refused')
  if (lines.length) console.log(lines.join('\n'))
})
