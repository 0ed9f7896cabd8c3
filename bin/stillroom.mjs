#!/usr/bin/env node
// Runs the TypeScript CLI in this process through tsx's loader API: no child process and no
// banner, so stdout carries only the command's output (`stillroom interpret … | jq` works).
import { register } from 'tsx/esm/api'

// Whatever a command writes (a backup, a restored folder, a new database) is for this account only.
process.umask(0o077)

register()
const { runCli } = await import(new URL('../src/server/cli/index.ts', import.meta.url).href)
const code = await runCli(process.argv.slice(2))
if (code !== undefined) process.exitCode = code
