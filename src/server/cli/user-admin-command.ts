import path from 'node:path'
import { checkPasswordStrength, hashPassword } from '../auth/password'
import type { ScryptParams } from '../auth/password'
import { createStorage } from '../storage'
import type { Storage } from '../storage'
import type { UserRecord } from '../storage/session-store'
import { openDataFolder } from './data-folder'
import { readNewPassword } from './password-input'
import type { PasswordIo } from './password-input'

/**
 * `stillroom user disable|enable|reset-password|sign-out <name>`: what an administrator needs when a therapist leaves,
 * forgets a password or loses a laptop. Each change is one audit row ('account-change') naming the account by id.
 * They act on the database directly, so they work while the server runs: a running server sees the change on the
 * account's next request.
 */

export const USER_ADMIN_COMMANDS = ['disable', 'enable', 'reset-password', 'sign-out'] as const
export type UserAdminCommand = (typeof USER_ADMIN_COMMANDS)[number]

export const USER_ADMIN_USAGE = `       stillroom user disable <name> [--data DIR]          no more sign-ins; every login ends now
       stillroom user enable <name> [--data DIR]           may sign in again
       stillroom user reset-password <name> [--password-stdin] [--data DIR]
                                                           new password; every login ends now
       stillroom user sign-out <name> [--data DIR]         ends every login of the account (sign-out everywhere)`

export interface UserAdminIo extends PasswordIo {
  out: (s: string) => void
  dataDir: () => Promise<string>
  /** Tests pass fast parameters. @default DEFAULT_SCRYPT */
  scrypt?: ScryptParams
}

export const isUserAdminCommand = (value: unknown): value is UserAdminCommand =>
  (USER_ADMIN_COMMANDS as readonly unknown[]).includes(value)

type Parsed = { name: string; passwordStdin: boolean; dataDir?: string }

function parse(command: UserAdminCommand, args: readonly string[]): Parsed | string {
  const [name, ...rest] = args
  if (!name || name.startsWith('--')) return `Name the account: stillroom user ${command} <name>`
  let passwordStdin = false
  let dataDir: string | undefined
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]
    if (arg === '--password-stdin' && command === 'reset-password') passwordStdin = true
    else if (arg === '--data') {
      const value = rest[++i]
      if (value === undefined || value.startsWith('--')) return '--data needs a value.'
      dataDir = value
    } else return `Unknown option "${arg ?? ''}".`
  }
  return { name, passwordStdin, ...(dataDir ? { dataDir } : {}) }
}

type Change = (
  user: UserRecord,
  storage: Storage & { sessions: NonNullable<Storage['sessions']> },
) => Promise<string>

export async function runUserAdminCommand(
  command: UserAdminCommand,
  args: readonly string[],
  io: UserAdminIo,
  usage: string,
): Promise<number> {
  const parsed = parse(command, args)
  if (typeof parsed === 'string') {
    io.err(parsed)
    io.err(usage)
    return 2
  }
  let password: string | undefined
  if (command === 'reset-password') {
    const got = await readNewPassword(io, parsed.name, parsed.passwordStdin, 'the password was not changed')
    if (typeof got === 'number') return got
    const weak = checkPasswordStrength(got)
    if (weak) {
      io.err(weak)
      return 1
    }
    password = got
  }
  const changes: Record<UserAdminCommand, Change> = {
    async disable(user, { sessions }) {
      await sessions.setUserDisabled(user.id, Date.now())
      const ended = await sessions.deleteLoginsOf(user.id)
      return `Disabled "${user.name}": they cannot sign in, and ${ended} login(s) ended.`
    },
    async enable(user, { sessions }) {
      await sessions.setUserDisabled(user.id, null)
      return `Enabled "${user.name}": they may sign in again.`
    },
    async 'reset-password'(user, { sessions }) {
      await sessions.setPasswordHash(user.id, await hashPassword(password ?? '', io.scrypt))
      const ended = await sessions.deleteLoginsOf(user.id)
      return `New password set for "${user.name}"; ${ended} login(s) ended.`
    },
    async 'sign-out'(user, { sessions }) {
      const ended = await sessions.deleteLoginsOf(user.id)
      return `Signed "${user.name}" out everywhere (${ended} login(s) ended).`
    },
  }
  const details: Record<UserAdminCommand, string> = {
    disable: 'disabled',
    enable: 'enabled',
    'reset-password': 'password reset',
    'sign-out': 'signed out everywhere',
  }
  const dataDir = openDataFolder(parsed.dataDir ?? (await io.dataDir()), io.err)
  const storage = createStorage(path.join(dataDir, 'stillroom.db'))
  try {
    const sessions = storage.sessions
    if (!sessions) throw new Error('This storage has no accounts.')
    const user = await sessions.getUserByName(parsed.name)
    if (!user) {
      io.err(`There is no account called "${parsed.name}". Nothing was changed.`)
      return 1
    }
    const said = await changes[command](user, { ...storage, sessions })
    storage.audit?.record({
      actor: 'cli',
      action: 'account-change',
      detail: `${details[command]} ${user.id}`,
    })
    io.out(said)
    return 0
  } catch (err) {
    io.err(err instanceof Error ? err.message : String(err))
    return 1
  } finally {
    await storage.close()
  }
}
