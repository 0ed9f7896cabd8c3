import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// The provider's key never appears in the built client bundle. In the e2e project, which `npm run test:e2e` runs right
// after `vite build`, so it always runs on a clean clone (it was skipped when dist/ happened not to exist).
// STILLROOM_DIST lets a parallel run check its own build.

const DIST = path.resolve(process.env.STILLROOM_DIST ?? path.resolve(import.meta.dirname, '../../dist'))

describe('the built client (dist/)', () => {
  it('never carries a key, the key variable or the provider address', () => {
    expect(fs.existsSync(path.join(DIST, 'index.html')), `no build in ${DIST}; run vite build first`).toBe(
      true,
    )
    const files = fs
      .readdirSync(DIST, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(js|html|css|map)$/.test(f))
    expect(files.length).toBeGreaterThan(0)
    for (const f of files) {
      const text = fs.readFileSync(path.join(DIST, f), 'utf8')
      expect(text, f).not.toMatch(/OPENAI_API_KEY|api\.openai\.com|\bsk-[A-Za-z0-9_-]{16,}/)
    }
  })
})
