import path from 'node:path'
import { ArchiveError } from '../record/archive'
import { backupDataDir, BackupError, restoreDataDir } from '../record/backup'
import { warnIfReadable } from './data-folder'

export const BACKUP_USAGE = `Usage: stillroom backup <file.tar.gz> [--data DIR]
       stillroom restore <file.tar.gz> [--data DIR]

  backup    one consistent archive of the data folder (database, pictures, audio cache, certificate, access key);
            safe while the server runs
  restore   puts a backup back; only while the server is stopped. The folder it replaces is kept beside it
  --data DIR  data folder (env STILLROOM_DATA, default ./data)

Backups keep everything that was in the folder when they were made, including records erased since:
they hold erased data until the backups themselves are deleted.`

export interface BackupCommandIo {
  out: (s: string) => void
  err: (s: string) => void
  dataDir: () => Promise<string>
}

function parse(args: readonly string[]): { file: string; dataDir?: string } | string {
  let file: string | undefined
  let dataDir: string | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (arg === '--data') {
      const value = args[++i]
      if (value === undefined || value.startsWith('--')) return '--data needs a value.'
      dataDir = value
    } else if (arg === '--help' || arg === '-h') return ''
    else if (arg.startsWith('--')) return `Unknown option "${arg}".`
    else if (file === undefined) file = arg
    else return `Unexpected argument "${arg}".`
  }
  if (!file) return 'Name the archive file, e.g. stillroom-backup.tar.gz.'
  return { file, ...(dataDir ? { dataDir } : {}) }
}

const kb = (bytes: number) =>
  bytes < 1024 ** 2 ? `${Math.ceil(bytes / 1024)} kB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`

/** `stillroom backup|restore <file>`. Returns the exit code; refusals say why and change nothing. */
export async function runBackupCommand(
  command: 'backup' | 'restore',
  args: readonly string[],
  io: BackupCommandIo,
): Promise<number> {
  const parsed = parse(args)
  if (typeof parsed === 'string') {
    if (parsed) io.err(parsed)
    io.err(BACKUP_USAGE)
    return parsed ? 2 : 0
  }
  const dataDir = path.resolve(parsed.dataDir ?? (await io.dataDir()))
  try {
    if (command === 'backup') {
      warnIfReadable(dataDir, io.err)
      const made = await backupDataDir(dataDir, parsed.file, (m) => io.err(`backup: ${m}`))
      io.out(`Backed up ${dataDir} to ${path.resolve(parsed.file)} (${made.files} files, ${kb(made.bytes)}).`)
      io.out('Keep it somewhere safe: it holds client records, and keeps erased records until it is deleted.')
      return 0
    }
    const done = restoreDataDir(parsed.file, dataDir)
    io.out(`Restored ${done.files} files into ${dataDir} (schema ${done.schemaVersion}).`)
    if (done.previous)
      io.out(`The folder it replaced is kept at ${done.previous}; delete it once you no longer need it.`)
    return 0
  } catch (err) {
    if (err instanceof BackupError || err instanceof ArchiveError) {
      io.err(`${command === 'backup' ? 'Backup' : 'Restore'} refused: ${err.message}`)
      return 1
    }
    io.err(
      `${command === 'backup' ? 'Backup' : 'Restore'} failed: ${err instanceof Error ? err.message : String(err)}`,
    )
    return 1
  }
}
