import path from 'node:path'
import { preparePrivateDataDir, readableFolderWarning } from '../data-dir'

/**
 * The data folder a command writes to: made private (0700) when new, and when others can read an existing one, the
 * same warning the server gives at start goes to stderr, so an administrator working only with the CLI sees it.
 */
export function openDataFolder(dataDir: string, err: (s: string) => void): string {
  const resolved = path.resolve(dataDir)
  const { warning } = preparePrivateDataDir(resolved)
  if (warning) err(warning)
  return resolved
}

/** The same warning for a command that only reads the folder and must not create it (backup). */
export function warnIfReadable(dataDir: string, err: (s: string) => void): void {
  const warning = readableFolderWarning(path.resolve(dataDir))
  if (warning) err(warning)
}
