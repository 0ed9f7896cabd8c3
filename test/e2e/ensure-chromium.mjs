#!/usr/bin/env node
// The browser tests drive Debian's Chromium (never a downloaded browser: the network reaches only npm and
// Debian). Install it when it is missing, or say clearly why we cannot.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

const CHROMIUM = process.env.STILLROOM_CHROMIUM ?? '/usr/bin/chromium'

if (existsSync(CHROMIUM)) process.exit(0)

const fail = (why) => {
  console.error(
    `\nStillroom's browser tests need Chromium at ${CHROMIUM}, and it is missing.\n${why}\n` +
      'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      '(or point STILLROOM_CHROMIUM at a Chromium binary).\n',
  )
  process.exit(1)
}

if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get'))
  fail('This machine has no apt-get to install it with.')
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const sudo = isRoot ? [] : ['sudo', '-n']
if (!isRoot && spawnSync('sudo', ['-n', 'true']).status !== 0)
  fail('Installing needs root, and sudo asks for a password.')

console.log("Chromium is missing: installing Debian's chromium package (one time)…")
const run = (args) => {
  const [cmd, ...rest] = [...sudo, ...args]
  const r = spawnSync(cmd, rest, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  return r.status === 0
}
if (!run(['apt-get', 'update', '-q'])) fail("apt-get update failed (is Debian's package mirror reachable?).")
if (!run(['apt-get', 'install', '-y', '-q', 'chromium'])) fail('apt-get install chromium failed.')
if (!existsSync(CHROMIUM)) fail('apt-get finished but the binary is still not there.')
console.log('Chromium installed.')
