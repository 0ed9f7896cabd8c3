import fs from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { isApiPath, registerWithAccess } from './route-access'

/**
 * Serves the vite build. Hashed files under /assets never change, so they are cached for a year;
 * index.html must always be revalidated or a clinic would keep running yesterday's app.
 */
export async function registerStaticFiles(app: FastifyInstance, staticDir: string): Promise<void> {
  const root = path.resolve(staticDir)
  for (const page of [HEADSET_PAGE, CONSOLE_PAGE]) {
    if (!fs.existsSync(path.join(root, page))) {
      throw new Error(`No built app in ${root} (${page} is missing). Run \`npm run build\` first.`)
    }
  }
  // The app and its files are public: the words live under /api, behind the key.
  await registerWithAccess(app, 'public', () =>
    app.register(fastifyStatic, {
      root,
      index: 'index.html',
      cacheControl: false,
      // The wildcard route finds files added by a rebuild without a restart.
      wildcard: true,
      setHeaders(reply, filePath) {
        const rel = path.relative(root, filePath).split(path.sep).join('/')
        if (rel.startsWith('assets/')) reply.header('cache-control', 'public, max-age=31536000, immutable')
        else if (rel.endsWith('.html')) reply.header('cache-control', 'no-cache')
        else reply.header('cache-control', 'public, max-age=3600')
      },
    }),
  )
}

/** True for a GET that should get the app shell: a page route, not an API call or a missing file. */
export function wantsAppShell(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  const pathname = request.url.split('?')[0] ?? '/'
  if (isApiPath(pathname)) return false
  // "/gallery" is a page; "/assets/x.js" or "/favicon.ico" is a missing file and must stay a 404.
  const last = pathname.split('/').pop() ?? ''
  return !last.includes('.')
}

/** The two pages of the build. Vite keeps an entry's path, so the console's page sits under src/ in dist as well. */
export const HEADSET_PAGE = 'index.html'
export const CONSOLE_PAGE = 'src/console/index.html'

/** Every address under /console is the therapist's console; every other page address is the headset's. */
export function pageFor(pathname: string): typeof HEADSET_PAGE | typeof CONSOLE_PAGE {
  return pathname === '/console' || pathname.startsWith('/console/') ? CONSOLE_PAGE : HEADSET_PAGE
}

export function sendAppShell(reply: FastifyReply): FastifyReply {
  const pathname = reply.request.url.split('?')[0] ?? '/'
  return reply
    .header('cache-control', 'no-cache')
    .type('text/html; charset=utf-8')
    .sendFile(pageFor(pathname))
}
