/**
 * The console's calls for a client's record as a whole: export (a download), import (an archive
 * upload) and erase. Never throws; a failure is one plain sentence.
 */
export type RecordResult<T> = { ok: true; value: T } | { ok: false; message: string }

const UNREACHABLE = 'The Stillroom server did not answer. Check that it is running, then try again.'

type Deps = { accessKey?: string | null; fetchImpl?: typeof fetch }

function headersFor(deps: Deps, extra: Record<string, string> = {}): Record<string, string> {
  return {
    accept: 'application/json',
    ...(deps.accessKey ? { 'x-stillroom-key': deps.accessKey } : {}),
    ...extra,
  }
}

async function failure(res: Response): Promise<{ ok: false; message: string }> {
  const body = (await res.json().catch(() => null)) as { message?: unknown } | null
  const message = typeof body?.message === 'string' && body.message.trim() ? body.message : null
  return { ok: false, message: message ?? `The server answered ${res.status}; nothing was changed.` }
}

/** The client's archive and the file name the server suggests. */
export async function exportClient(
  clientId: string,
  deps: Deps = {},
): Promise<RecordResult<{ blob: Blob; fileName: string }>> {
  try {
    const res = await (deps.fetchImpl ?? fetch)(`/api/clients/${encodeURIComponent(clientId)}/export`, {
      headers: headersFor(deps),
      credentials: 'same-origin',
    })
    if (!res.ok) return failure(res)
    const disposition = res.headers.get('content-disposition') ?? ''
    const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'stillroom-client.tar.gz'
    return { ok: true, value: { blob: await res.blob(), fileName } }
  } catch {
    return { ok: false, message: UNREACHABLE }
  }
}

export type ImportedClient = { client: { id: string; alias: string }; sessions: number; images: number }

export async function importClient(file: Blob, deps: Deps = {}): Promise<RecordResult<ImportedClient>> {
  try {
    const res = await (deps.fetchImpl ?? fetch)('/api/clients/import', {
      method: 'POST',
      headers: headersFor(deps, { 'content-type': 'application/gzip' }),
      credentials: 'same-origin',
      body: file,
    })
    if (!res.ok) return failure(res)
    return { ok: true, value: (await res.json()) as ImportedClient }
  } catch {
    return { ok: false, message: UNREACHABLE }
  }
}

export async function eraseClient(
  clientId: string,
  confirm: string,
  deps: Deps = {},
): Promise<RecordResult<null>> {
  try {
    const res = await (deps.fetchImpl ?? fetch)(`/api/clients/${encodeURIComponent(clientId)}`, {
      method: 'DELETE',
      headers: headersFor(deps, { 'content-type': 'application/json' }),
      credentials: 'same-origin',
      body: JSON.stringify({ confirm }),
    })
    if (!res.ok) return failure(res)
    return { ok: true, value: null }
  } catch {
    return { ok: false, message: UNREACHABLE }
  }
}

/** Saves a blob as a download without leaving the page. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
