import path from 'node:path'
import { AccountRoleSchema } from '../../shared/session/http'
import type { AccountRole } from '../../shared/session/http'
import { createAccounts } from '../auth/accounts'
import { totpUri } from '../auth/totp'
import { createStorage } from '../storage'
import { openDataFolder } from './data-folder'
import { readNewPassword } from './password-input'
import { isUserAdminCommand, runUserAdminCommand, USER_ADMIN_USAGE } from './user-admin-command'
import type { ScryptParams } from '../auth/password'

export const USER_USAGE = `Usage: stillroom user add <name> --role therapist|admin [--password-stdin] [--totp] [--data DIR]
${USER_ADMIN_USAGE}

  --role            therapist (runs sessions) or admin
  --password-stdin  read the password from standard input (for scripts); otherwise it is asked for, unechoed
  --totp            also require a 6-digit code from an authenticator app (prints the secret to add to it)
  --data DIR        data folder (env STILLROOM_DATA, default ./data)`

export interface UserCommandIo {
  out: (s: string) => void
  err: (s: string) => void
  /** The whole of standard input (for --password-stdin). */
  readStdin: () => Promise<string>
  /** Asks on the terminal without echo; undefined when there is no terminal. */
  askHidden?: (prompt: string) => Promise<string>
  /** The default data folder, asked only when --data is not given (it loads the server's composition root). */
  dataDir: () => Promise<string>
  /** Tests pass fast parameters for reset-password. @default DEFAULT_SCRYPT */
  scrypt?: ScryptParams
}

type Parsed = { name: string; role: AccountRole; passwordStdin: boolean; totp: boolean; dataDir?: string }

function parse(args: readonly string[]): Parsed | string {
  const [sub, name, ...rest] = args
  if (sub !== 'add') return sub === undefined ? '' : `Unknown user command "${sub}".`
  if (!name || name.startsWith('--'))
    return 'Give the account a name: stillroom user add <name> --role therapist'
  let role: string | undefined
  let passwordStdin = false
  let totp = false
  let dataDir: string | undefined
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]
    if (arg === '--password-stdin') passwordStdin = true
    else if (arg === '--totp') totp = true
    else if (arg === '--role' || arg === '--data') {
      const value = rest[++i]
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value.`
      if (arg === '--role') role = value
      else dataDir = value
    } else return `Unknown option "${arg ?? ''}".`
  }
  const parsedRole = AccountRoleSchema.safeParse(role)
  if (!parsedRole.success) return '--role must be "therapist" or "admin".'
  return { name, role: parsedRole.data, passwordStdin, totp, ...(dataDir ? { dataDir } : {}) }
}

/** `stillroom user add|disable|enable|reset-password|sign-out …` on the data folder's database. Returns the exit code. */
export async function runUserCommand(args: readonly string[], io: UserCommandIo): Promise<number> {
  const [sub, ...rest] = args
  if (isUserAdminCommand(sub)) return runUserAdminCommand(sub, rest, io, USER_USAGE)
  const parsed = parse(args)
  if (typeof parsed === 'string') {
    if (parsed) io.err(parsed)
    io.err(USER_USAGE)
    return parsed ? 2 : 0
  }
  const password = await readNewPassword(io, parsed.name, parsed.passwordStdin, 'nothing was created')
  if (typeof password === 'number') return password
  const dataDir = openDataFolder(parsed.dataDir ?? (await io.dataDir()), io.err)
  const storage = createStorage(path.join(dataDir, 'stillroom.db'))
  try {
    if (!storage.sessions) throw new Error('This storage has no accounts.')
    const accounts = createAccounts(storage.sessions)
    const { user, totpSecret } = await accounts.createUser({
      name: parsed.name,
      role: parsed.role,
      password,
      totp: parsed.totp,
    })
    storage.audit?.record({
      actor: 'cli',
      action: 'account-create',
      detail: `${user.role} ${user.id}${totpSecret ? ' with totp' : ''}`,
    })
    io.out(`Created ${user.role} account "${user.name}".`)
    if (totpSecret) {
      io.out(`Two-factor secret (add it to an authenticator app): ${totpSecret}`)
      io.out(totpUri(totpSecret, user.name))
    }
    return 0
  } catch (err) {
    io.err(err instanceof Error ? err.message : String(err))
    return 1
  } finally {
    await storage.close()
  }
}

/** Reads a line from the terminal with echo off (raw mode), handling backspace and Ctrl+C. */
export function askHiddenOnTty(prompt: string): Promise<string> {
  const stdin = process.stdin
  return new Promise((resolve, reject) => {
    process.stderr.write(prompt)
    let value = ''
    stdin.setRawMode(true)
    stdin.resume()
    stdin.setEncoding('utf8')
    const done = (err?: Error) => {
      stdin.setRawMode(false)
      stdin.pause()
      stdin.off('data', onData)
      process.stderr.write('\n')
      if (err) reject(err)
      else resolve(value)
    }
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done()
        if (ch === '\u0003') return done(new Error('Cancelled.'))
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1)
        else if (ch >= ' ') value += ch
      }
    }
    stdin.on('data', onData)
  })
}

export async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}
