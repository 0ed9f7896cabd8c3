/** The bench's one account, created by bench-server.ts in its throwaway database. */
export const BENCH_USER = 'bench'
export const BENCH_PASSWORD = 'bench password 123'

/** POSTs JSON to a bench server and answers the parsed body with the headers (for the login cookie). */
export function createJsonPoster(base: string) {
  return async <T>(url: string, body: unknown, cookie?: string): Promise<{ json: T; headers: Headers }> => {
    const res = await fetch(base + url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    })
    if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`)
    return { json: (await res.json()) as T, headers: res.headers }
  }
}
