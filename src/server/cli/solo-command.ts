import fs from 'node:fs'
import path from 'node:path'
import { createStorage } from '../storage'
import { openDataFolder } from './data-folder'

/**
 * `stillroom solo export-unowned|erase-unowned`: solo artworks stored before solo words belonged to the device that
 * made them have no device, so no headset lists them and only retention would ever erase them. An administrator
 * can take them out (to give back to whoever made them) and erase them now. Both are audited.
 */
export const SOLO_USAGE = `Usage: stillroom solo export-unowned <file.json> [--data DIR]
                                  write the solo artworks no device owns to a new file (readable by you only)
       stillroom solo erase-unowned [--data DIR]
                                  erase them now (retention erases them anyway once they are old enough)`

export interface SoloCommandIo {
  out: (s: string) => void
  err: (s: string) => void
  dataDir: () => Promise<string>
}

type Parsed = { sub: 'export-unowned' | 'erase-unowned'; file?: string; dataDir?: string }

function parse(args: readonly string[]): Parsed | string {
  const [sub, ...rest] = args
  if (sub !== 'export-unowned' && sub !== 'erase-unowned')
    return sub === undefined ? '' : `Unknown solo command "${sub}".`
  let file: string | undefined
  let dataDir: string | undefined
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? ''
    if (arg === '--data') {
      const value = rest[++i]
      if (value === undefined || value.startsWith('--')) return '--data needs a value.'
      dataDir = value
    } else if (arg.startsWith('--') || sub === 'erase-unowned' || file !== undefined)
      return `Unknown option "${arg}".`
    else file = arg
  }
  if (sub === 'export-unowned' && !file) return 'Name the file to write, e.g. unowned-artworks.json.'
  return { sub, ...(file ? { file } : {}), ...(dataDir ? { dataDir } : {}) }
}

export async function runSoloCommand(args: readonly string[], io: SoloCommandIo): Promise<number> {
  const parsed = parse(args)
  if (typeof parsed === 'string') {
    if (parsed) io.err(parsed)
    io.err(SOLO_USAGE)
    return parsed ? 2 : 0
  }
  const dataDir = openDataFolder(parsed.dataDir ?? (await io.dataDir()), io.err)
  const storage = createStorage(path.join(dataDir, 'stillroom.db'))
  try {
    const solo = storage.solo
    if (!solo) throw new Error('This storage has no solo artworks.')
    if (parsed.sub === 'export-unowned') {
      const file = path.resolve(parsed.file ?? '')
      const artworks = solo.unowned()
      // 'wx': an existing file (an earlier export, or anything else) is never overwritten.
      fs.writeFileSync(
        file,
        `${JSON.stringify({ kind: 'stillroom-unowned-solo-artworks', artworks }, null, 2)}\n`,
        {
          flag: 'wx',
          mode: 0o600,
        },
      )
      storage.audit?.record({
        actor: 'cli',
        action: 'export',
        detail: `unowned solo artworks ${artworks.length}`,
      })
      io.out(`Wrote ${artworks.length} solo artwork(s) that no device owns to ${file}.`)
      io.out("It holds clients' words: keep it private, and delete it once it has been given back.")
      return 0
    }
    const erased = solo.eraseUnowned()
    storage.audit?.record({ actor: 'cli', action: 'erase', detail: `unowned solo artworks ${erased}` })
    io.out(`Erased ${erased} solo artwork(s) that no device owned.`)
    return 0
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    io.err(
      code === 'EEXIST'
        ? `${path.resolve(parsed.file ?? '')} already exists; nothing was written. Choose a new file name.`
        : err instanceof Error
          ? err.message
          : String(err),
    )
    return 1
  } finally {
    await storage.close()
  }
}
