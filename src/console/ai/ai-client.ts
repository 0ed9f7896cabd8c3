import { readAccessKey } from '../console-api'
import { createAiApi, type AiApi } from './ai-api'

let api: AiApi | null = null

/** One AI api per console page, so the mirror and the thumbnails share each fetched picture. */
export function aiApi(): AiApi {
  api ??= createAiApi({ accessKey: readAccessKey() })
  return api
}
