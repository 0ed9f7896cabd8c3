import { interpret } from '../../shared/interpret'

/**
 * `stillroom interpret "<text>"`: prints the SceneSpec as one JSON object on stdout and nothing else.
 * Several arguments are joined with spaces, so unquoted words work too. Missing text → exit code 2
 * with a message on stderr (through `err`, which defaults to `console.error`).
 */
export function runInterpretCommand(
  args: string[],
  out: (s: string) => void,
  err: (s: string) => void = (s) => console.error(s),
): number {
  const text = args.join(' ')
  if (!text.trim()) {
    err('usage: stillroom interpret "<text>"  (describe a place or a feeling)')
    return 2
  }
  out(JSON.stringify(interpret(text)))
  return 0
}
