import type Database from 'better-sqlite3'
import type { Artwork } from '../../shared/artwork'
import { SoloVersionsSchema, type SoloVersions } from '../../shared/refine/solo-versions'

/**
 * Solo artworks by the device that made them (migration 6). A device is known only by the SHA-256 of its solo token;
 * rows from before devices existed have none and belong to nobody: no device lists them, and retention erases them
 * with the rest once they are old enough.
 */
export interface SoloStore {
  /** The hash of the device that made the artwork; undefined for none (or no such artwork). */
  ownerOf(id: string): string | undefined
  /** Deletes one of the device's artworks (secure delete); false when it is not there or not the device's. */
  remove(id: string, deviceHash: string): boolean
  /** Erases every solo artwork made before `cutoffIso`, owned or not; returns how many. */
  eraseBefore(cutoffIso: string): number
  /** The artworks no device owns, oldest first, as stored (an administrator's export: `stillroom solo`). */
  unowned(): UnownedArtwork[]
  /** Erases the artworks no device owns (secure delete); returns how many. */
  eraseUnowned(): number
  /**
   * The versions of one of the device's artworks: undefined when it is not there or not the device's, `null` when
   * it was never refined. A stored list that no longer validates counts as never refined (the artwork still hangs).
   */
  versionsOf(id: string, deviceHash: string): SoloVersions | null | undefined
  /**
   * Keeps the versions and hangs `hanging` (the chosen version's content under the artwork's own id), in one
   * write; false when the artwork is not there or not the device's. Overwritten text is not left readable.
   */
  saveVersions(id: string, deviceHash: string, hanging: Artwork, kept: SoloVersions): boolean
}

/** A stored solo artwork without a device, as an administrator exports it: the spec stays the JSON it was saved as. */
export interface UnownedArtwork {
  id: string
  text: string
  createdAt: string
  spec: unknown
  seed: number
  status: string
}

export function createSoloStore(db: Database.Database): SoloStore {
  const owner = db.prepare('SELECT device_hash FROM artworks WHERE id = ?')
  const remove = db.prepare('DELETE FROM artworks WHERE id = ? AND device_hash = ?')
  const eraseBefore = db.prepare('DELETE FROM artworks WHERE created_at < ?')
  const unowned = db.prepare(
    'SELECT id, text, created_at, spec_json, seed, status FROM artworks WHERE device_hash IS NULL ORDER BY created_at, rowid',
  )
  const eraseUnowned = db.prepare('DELETE FROM artworks WHERE device_hash IS NULL')
  const versionsOf = db.prepare('SELECT versions_json FROM artworks WHERE id = ? AND device_hash = ?')
  const saveVersions = db.prepare(
    `UPDATE artworks SET text = @text, spec_json = @spec_json, status = @status, versions_json = @versions_json
     WHERE id = @id AND device_hash = @device_hash`,
  )
  // A client's words are health information: deleted pages are overwritten, not left readable in the file.
  const securely = <T>(run: () => T): T => {
    const was = db.pragma('secure_delete', { simple: true }) as number
    db.pragma('secure_delete = ON')
    try {
      return run()
    } finally {
      db.pragma(`secure_delete = ${was ? 'ON' : 'OFF'}`)
    }
  }
  return {
    ownerOf: (id) => (owner.get(id) as { device_hash: string | null } | undefined)?.device_hash ?? undefined,
    remove: (id, deviceHash) => securely(() => remove.run(id, deviceHash).changes === 1),
    eraseBefore: (cutoffIso) => securely(() => eraseBefore.run(cutoffIso).changes),
    unowned: () =>
      (unowned.all() as ArtworkRow[]).map((row) => ({
        id: row.id,
        text: row.text,
        createdAt: row.created_at,
        spec: readJson(row.spec_json),
        seed: row.seed,
        status: row.status,
      })),
    eraseUnowned: () => securely(() => eraseUnowned.run().changes),
    versionsOf(id, deviceHash) {
      const row = versionsOf.get(id, deviceHash) as { versions_json: string | null } | undefined
      if (!row) return undefined
      if (row.versions_json === null) return null
      const parsed = SoloVersionsSchema.safeParse(readJson(row.versions_json))
      return parsed.success ? parsed.data : null
    },
    saveVersions: (id, deviceHash, hanging, kept) =>
      securely(
        () =>
          saveVersions.run({
            id,
            device_hash: deviceHash,
            text: hanging.text,
            spec_json: JSON.stringify(hanging.spec),
            status: hanging.status,
            versions_json: JSON.stringify(kept),
          }).changes === 1,
      ),
  }
}

/** A row of the artworks table (solo artworks), as SQLite returns it. */
export type ArtworkRow = {
  id: string
  text: string
  created_at: string
  spec_json: string
  seed: number
  status: string
  device_hash?: string | null
}

/** An export keeps what is there: a spec that no longer parses goes out as the text it was stored as. */
function readJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
