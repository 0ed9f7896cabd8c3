import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SceneSpecSchema } from '../../src/shared/spec'

const ROOT = path.resolve(import.meta.dirname, '../..')
const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin', 'stillroom.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  })

describe('bin/stillroom.mjs', () => {
  it('prints help on stdout and exits 0', () => {
    const res = run('help')
    expect(res.status).toBe(0)
    expect(res.stdout).toContain('Usage: stillroom <command>')
  })

  it('rejects an unknown command on stderr with exit 2, stdout empty', () => {
    const res = run('paint')
    expect(res.status).toBe(2)
    expect(res.stdout).toBe('')
    expect(res.stderr).toContain('Unknown command "paint"')
  })

  it('interpret prints exactly one SceneSpec JSON object on stdout', () => {
    const res = run('interpret', 'a quiet beach at sunset')
    expect(res.status).toBe(0)
    const spec = SceneSpecSchema.parse(JSON.parse(res.stdout))
    expect(spec.biome).toBe('beach')
  })
})
