import type Database from 'better-sqlite3'

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
}

export function createSoloStore(db: Database.Database): SoloStore {
  const owner = db.prepare('SELECT device_hash FROM artworks WHERE id = ?')
  const remove = db.prepare('DELETE FROM artworks WHERE id = ? AND device_hash = ?')
  const eraseBefore = db.prepare('DELETE FROM artworks WHERE created_at < ?')
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
  }
}
