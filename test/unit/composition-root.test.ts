// The server is wired in one place: main.ts opens the storage, app.ts builds everything else from it and hands each
// feature what it needs. A feature module that built its own hub, accounts or provider would be a second root, with
// its own copy that tests could not replace; this check finds one by reading the source.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const SERVER = path.resolve(import.meta.dirname, '../../src/server')
const ROOTS = new Set(['main.ts', 'app.ts'])
/** One-shot commands run in their own process, never beside the server: they open the database themselves. */
const CLI_MAY_CALL = new Set(['createStorage', 'createAccounts'])

/** What only the composition root may build: the shared pieces every feature receives. */
const FACTORIES = [
  'createStorage',
  'new SessionHub',
  'createAccounts',
  'createLocalRelay',
  'attachSessionSockets',
  'createSessionGuards',
  'createDeviceSessionGuard',
  'createPairingCodes',
  'createRecordService',
  'createAiProvider',
  'createSpecRefiner',
  'createImageJobs',
  'createImageFiles',
  'createModerationScreen',
  'createCrisisTexts',
]

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}

/** Comments name factories too ("@default createLocalRelay()"); only code counts. */
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')

/** Calls of a factory, not its definition (`function createX(`) or a mention in a type. */
function calls(code: string, factory: string): number {
  const name = factory.replace('new ', 'new\\s+')
  return [...withoutComments(code).matchAll(new RegExp(`(?<!function\\s)\\b${name}\\s*\\(`, 'g'))].length
}

function offenders(files: { file: string; code: string }[]) {
  const found: string[] = []
  for (const { file, code } of files) {
    const relative = path.relative(SERVER, file).split(path.sep).join('/')
    if (ROOTS.has(relative)) continue
    const cli = relative.startsWith('cli/')
    for (const factory of FACTORIES) {
      if (cli && CLI_MAY_CALL.has(factory)) continue
      if (calls(code, factory) > 0) found.push(`${relative} calls ${factory}`)
    }
  }
  return found
}

describe('the composition root', () => {
  const files = sourceFiles(SERVER).map((file) => ({ file, code: fs.readFileSync(file, 'utf8') }))

  it('is the only place under src/server that builds the shared pieces', () => {
    expect(offenders(files)).toEqual([])
  })

  it('builds each of them, so the list above names real factories', () => {
    const roots = files
      .filter(({ file }) => ROOTS.has(path.relative(SERVER, file)))
      .map(({ code }) => code)
      .join('\n')
    expect(FACTORIES.filter((factory) => calls(roots, factory) === 0)).toEqual([])
  })

  it('would notice a feature that built its own', () => {
    const feature = {
      file: path.join(SERVER, 'ai/some-feature.ts'),
      code: [
        "import { createAiProvider } from './provider'",
        '/** @default createLocalRelay() */',
        'export function createThing(deps: Deps) {',
        '  const hub = new SessionHub({ store: deps.store })',
        '  return createAiProvider({ config: deps.config, store: deps.store })',
        '}',
      ].join('\n'),
    }
    expect(offenders([feature])).toEqual([
      'ai/some-feature.ts calls new SessionHub',
      'ai/some-feature.ts calls createAiProvider',
    ])
  })
})
