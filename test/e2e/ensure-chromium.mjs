#!/usr/bin/env node
// The browser tests drive Debian's Chromium (never a downloaded browser: the network reaches only npm and
// Debian), and the report test reads its PDF with poppler-utils (pdftoppm, pdfimages, pdftotext). Install what
// is missing, or say clearly why we cannot.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

const CHROMIUM = process.env.STILLROOM_CHROMIUM ?? '/usr/bin/chromium'

const POPPLER = '/usr/bin/pdftoppm'
const packages = [
  ...(existsSync(CHROMIUM) ? [] : ['chromium']),
  ...(existsSync(POPPLER) ? [] : ['poppler-utils']),
]
if (!packages.length) process.exit(0)

const fail = (why) => {
  const what = packages
    .map((p) =>
      p === 'chromium' ? `Chromium at ${CHROMIUM}` : 'poppler-utils (pdftoppm, to read the report PDF)',
    )
    .join(' and ')
  console.error(
    `\nStillroom's browser tests need ${what}, and ${packages.length > 1 ? 'they are' : 'it is'} missing.\n${why}\n` +
      `Install with:  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\n` +
      (packages.includes('chromium') ? '(or point STILLROOM_CHROMIUM at a Chromium binary).\n' : ''),
  )
  process.exit(1)
}

if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get'))
  fail('This machine has no apt-get to install it with.')
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const sudo = isRoot ? [] : ['sudo', '-n']
if (!isRoot && spawnSync('sudo', ['-n', 'true']).status !== 0)
  fail('Installing needs root, and sudo asks for a password.')

console.log(`Missing for the browser tests: installing Debian's ${packages.join(' and ')} (one time)…`)
const run = (args) => {
  const [cmd, ...rest] = [...sudo, ...args]
  const r = spawnSync(cmd, rest, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  return r.status === 0
}
if (!run(['apt-get', 'update', '-q'])) fail("apt-get update failed (is Debian's package mirror reachable?).")
if (!run(['apt-get', 'install', '-y', '-q', ...packages]))
  fail(`apt-get install ${packages.join(' ')} failed.`)
if (!existsSync(CHROMIUM) || !existsSync(POPPLER)) fail('apt-get finished but a binary is still not there.')
console.log(`${packages.join(' and ')} installed.`)
