// The mock OpenAI-compatible server in its own process, for a browser test or a bench that starts Stillroom as a
// child process: `npx tsx test/support/mock-openai-main.ts [--image-delay-ms N] [--tiny]`. It prints one line,
// `MOCK_OPENAI_URL=http://127.0.0.1:<port>/v1`, then serves until SIGTERM/SIGINT. Images answer with the teal → gold
// gradient (so the AI picture is told apart from the painting) unless `--tiny`.
import { gradientPng, startMockOpenAI } from './mock-openai'

export function parseMockArgs(argv: readonly string[]): { imageDelayMs: number; tiny: boolean } {
  let imageDelayMs = Number(process.env.MOCK_IMAGE_DELAY_MS ?? 0)
  let tiny = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--tiny') tiny = true
    else if (arg === '--image-delay-ms') imageDelayMs = Number(argv[++i])
    else throw new Error(`Unknown option ${String(arg)}; use --image-delay-ms N or --tiny.`)
  }
  if (!Number.isInteger(imageDelayMs) || imageDelayMs < 0)
    throw new Error('--image-delay-ms needs a whole number.')
  return { imageDelayMs, tiny }
}

const options = parseMockArgs(process.argv.slice(2))
const mock = await startMockOpenAI()
if (!options.tiny) mock.image = gradientPng()
mock.imageDelayMs = options.imageDelayMs
process.stdout.write(`MOCK_OPENAI_URL=${mock.baseURL}\n`)
const stop = () => {
  void mock.close().then(() => process.exit(0))
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
