// `npm start`: build the app when dist/ is missing or older than its sources, then run the server
// (src/server/main.ts) in this process through tsx. Arguments after `--` go to the server.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { register } from 'tsx/esm/api'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const builtIndex = path.join(root, 'dist', 'index.html')
// What ends up in the browser bundle. Server code and tests do not, so editing them needs no rebuild.
const sources = ['src', 'shaders', 'public', 'index.html', 'vite.config.ts', 'package.json']
const skip = new Set([path.join(root, 'src', 'server'), path.join(root, 'node_modules')])

function newestMtime(p) {
  if (skip.has(p)) return 0
  let stat
  try {
    stat = fs.statSync(p)
  } catch {
    return 0
  }
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const name of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)))
  return newest
}

function needsBuild() {
  if (!fs.existsSync(builtIndex)) return 'dist/ is missing'
  const builtAt = fs.statSync(builtIndex).mtimeMs
  const changedAt = Math.max(...sources.map((s) => newestMtime(path.join(root, s))))
  return changedAt > builtAt ? 'the sources changed since the last build' : undefined
}

const reason = needsBuild()
if (reason) {
  console.log(`Building Stillroom (${reason})…`)
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js')
  const result = spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) {
    if (!fs.existsSync(builtIndex)) {
      console.error('The build failed and there is no earlier build to serve. See the errors above.')
      process.exit(result.status ?? 1)
    }
    console.error('The build failed; serving the previous build from dist/.')
  }
}

register()
const { main } = await import(pathToFileURL(path.join(root, 'src', 'server', 'main.ts')).href)
const code = await main(process.argv.slice(2))
if (code !== 0) process.exitCode = code
