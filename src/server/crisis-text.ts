import fs from 'node:fs'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { CRISIS_TEXT_MAX_CHARS, crisisLanguage, defaultCrisisText } from '../shared/safety/crisis'
import type { CrisisText } from '../shared/safety/crisis'

export type CrisisTextSource = (language: string | undefined) => CrisisText

/**
 * The clinic's crisis text: `<data>/crisis/<lang>.txt` for one language (so each supported language can have its
 * own), else the `STILLROOM_CRISIS_TEXT` setting, else the safe default. Read at each request (it is asked for
 * rarely), so a clinic's edit takes effect without a restart. A file that cannot be used gives a plain warning once
 * and the next source is used: a client must always get some text.
 */
export function createCrisisTexts(options: {
  envText?: string | undefined
  dataDir?: string | undefined
  warn: (message: string) => void
}): CrisisTextSource {
  const warned = new Set<string>()
  const warnOnce = (key: string, message: string) => {
    if (warned.has(key)) return
    warned.add(key)
    options.warn(message)
  }
  const envText = options.envText === undefined ? undefined : cleanCrisisText(options.envText)
  if (options.envText !== undefined && envText === undefined) {
    options.warn(
      `STILLROOM_CRISIS_TEXT is empty or longer than ${CRISIS_TEXT_MAX_CHARS} characters; the default crisis text is used.`,
    )
  }
  return (requested) => {
    const language = crisisLanguage(requested)
    if (options.dataDir) {
      const file = path.join(options.dataDir, 'crisis', `${language}.txt`)
      const fromFile = readText(file, (why) =>
        warnOnce(file, `Crisis text ${file}: ${why}; using the next source.`),
      )
      if (fromFile !== undefined) return { language, text: fromFile, source: 'clinic' }
    }
    if (envText !== undefined) return { language, text: envText, source: 'clinic' }
    return defaultCrisisText(language)
  }
}

function readText(file: string, warn: (why: string) => void): string | undefined {
  let raw: string
  try {
    raw = fs.readFileSync(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') warn('it cannot be read')
    return undefined
  }
  const text = cleanCrisisText(raw)
  if (text === undefined) warn(`it is empty or longer than ${CRISIS_TEXT_MAX_CHARS} characters`)
  return text
}

/** Plain text only: control characters become spaces, blank lines are kept as paragraph breaks. */
export function cleanCrisisText(raw: string): string | undefined {
  const text = raw
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return text && text.length <= CRISIS_TEXT_MAX_CHARS ? text : undefined
}

/** `GET /api/crisis-text?lang=xx`: for any device that may use the app (behind the LAN key like every /api route). */
export function registerCrisisRoute(app: FastifyInstance, crisisText: CrisisTextSource): void {
  app.get<{ Querystring: { lang?: unknown } }>(
    '/api/crisis-text',
    { config: { access: 'key' } },
    async (request): Promise<CrisisText> => {
      const lang = typeof request.query.lang === 'string' ? request.query.lang.slice(0, 16) : undefined
      return crisisText(lang)
    },
  )
}
