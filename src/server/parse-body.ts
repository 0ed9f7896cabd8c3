import { HttpError } from './errors'

type Parsed<T> =
  | { success: true; data: T }
  | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }

/** A zod schema, seen only through the one method the routes use. */
export interface BodySchema<T> {
  safeParse(value: unknown): Parsed<T>
}

/** A request body checked against its schema: the parsed data, or a 400 that names the first bad field. */
export function parseBody<T>(schema: BodySchema<T>, value: unknown): T {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const where = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : ''
  throw new HttpError(400, 'invalid_body', `${where}${issue?.message ?? 'invalid request'}`)
}
