/** How a command gets a new password: from standard input (scripts) or asked twice on the terminal, unechoed. */
export interface PasswordIo {
  err: (s: string) => void
  readStdin: () => Promise<string>
  askHidden?: (prompt: string) => Promise<string>
}

/** The password, or an exit code when there is none to use (the reason already said on `err`). */
export async function readNewPassword(
  io: PasswordIo,
  name: string,
  fromStdin: boolean,
  nothingDone: string,
): Promise<string | number> {
  // One trailing newline belongs to `echo`, not to the password.
  if (fromStdin) return (await io.readStdin()).replace(/\r?\n$/, '')
  if (!io.askHidden) {
    io.err('No terminal to ask for the password on; use --password-stdin.')
    return 2
  }
  const password = await io.askHidden(`Password for ${name}: `)
  const again = await io.askHidden('Same password again: ')
  if (again !== password) {
    io.err(`The two passwords differ; ${nothingDone}.`)
    return 1
  }
  return password
}
