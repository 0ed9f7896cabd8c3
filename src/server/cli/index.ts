// `npx stillroom <command>`: one dispatcher. Commands load lazily so `interpret` never pays for
// fastify and SQLite, and nothing but the command's own output reaches stdout.

export const CLI_USAGE = `Usage: stillroom <command> [options]

Commands:
  interpret "<text>"   print the SceneSpec for the words as JSON
  serve [options]      start the server (same as npm start; see "stillroom serve --help")
  user add <name> --role therapist|admin [--password-stdin] [--totp]
                       create a console account
  user disable|enable|reset-password|sign-out <name>
                       stop or allow an account's sign-ins, set a new password, end every login
  solo export-unowned <file.json> | erase-unowned [--data DIR]
                       take out, or erase, solo artworks stored before they belonged to a device
  backup <file> [--data DIR]
                       archive the data folder (safe while the server runs)
  restore <file> [--data DIR]
                       put a backup back (server stopped; damaged or foreign files are refused)
  help                 show this message`

export type Out = (s: string) => void

/** Returns an exit code, or undefined when the command keeps running (serve). */
export async function runCli(
  args: readonly string[],
  out: Out = (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  err: Out = (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
): Promise<number | undefined> {
  const [command, ...rest] = args
  switch (command) {
    case 'interpret': {
      const { runInterpretCommand } = await import('./interpret-command')
      return runInterpretCommand(rest, out)
    }
    case 'user': {
      const { runUserCommand, askHiddenOnTty, readAllStdin } = await import('./user-command')
      return runUserCommand(rest, {
        out,
        err,
        readStdin: readAllStdin,
        ...(process.stdin.isTTY ? { askHidden: askHiddenOnTty } : {}),
        dataDir: async () => (await import('../main')).defaultDataDir(),
      })
    }
    case 'solo': {
      const { runSoloCommand } = await import('./solo-command')
      return runSoloCommand(rest, {
        out,
        err,
        dataDir: async () => (await import('../main')).defaultDataDir(),
      })
    }
    case 'backup':
    case 'restore': {
      const { runBackupCommand } = await import('./backup-command')
      return runBackupCommand(command, rest, {
        out,
        err,
        dataDir: async () => (await import('../main')).defaultDataDir(),
      })
    }
    case 'serve': {
      const { main } = await import('../main')
      const code = await main(rest)
      return code === 0 ? undefined : code
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      out(CLI_USAGE)
      return 0
    default:
      err(`Unknown command "${command}".`)
      err(CLI_USAGE)
      return 2
  }
}
