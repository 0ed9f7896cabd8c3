import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { minifyGlsl } from './src/shared/glsl-minify'

const apiPort = Number(process.env.STILLROOM_API_PORT ?? 8787)

/** The therapist console is a page of its own; `npm run dev` serves it for /console addresses as the server does. */
const consolePage: Plugin = {
  name: 'stillroom-console-page',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      const [pathname = '/', query] = (req.url ?? '/').split('?')
      if (pathname === '/console' || pathname.startsWith('/console/')) {
        req.url = `/src/console/index.html${query === undefined ? '' : `?${query}`}`
      }
      next()
    })
  },
}

/**
 * The shaders ship as strings inside the headset's first bundle: the build takes out their comments and indentation
 * (`npm run dev` keeps them whole, so a compile error points at the line in the file).
 */
const shadersMinified: Plugin = {
  name: 'stillroom-glsl-minify',
  enforce: 'pre',
  apply: 'build',
  async load(id) {
    const [path = '', query] = id.split('?')
    if (query !== 'raw' || !path.endsWith('.glsl')) return null
    return `export default ${JSON.stringify(minifyGlsl(await readFile(path, 'utf8')))}`
  },
}

/**
 * What the start-up chunk must leave out: the two pages and their scripts (index.html with src/client/main.tsx,
 * src/console/ with its main.ts), the pages' shared styles (src/shared/ui/styles.css, which both scripts bring), and
 * vite's loader of lazy chunks, which the console page's script needs and which would otherwise pull the whole
 * start-up chunk into the console page.
 */
const NOT_IN_APP =
  /([\\/]index\.html|[\\/]src[\\/](client[\\/]main\.tsx|console[\\/]main\.ts|shared[\\/]ui[\\/]styles\.css)|preload-helper.*)$/

export default defineConfig({
  plugins: [react(), consolePage, shadersMinified],
  resolve: {
    alias: { '@iwer/sem': fileURLToPath(new URL('./src/client/vendor/iwer-sem-stub.ts', import.meta.url)) },
  },
  // GLSL lives in /shaders and is imported with `?raw`.
  assetsInclude: [],
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // Two pages: the headset (index.html) and the therapist console (whose script loads the console on demand).
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        console: fileURLToPath(new URL('./src/console/index.html', import.meta.url)),
      },
      output: {
        // Left alone, rolldown cuts every module shared by the headset entry and a lazy part (console, session,
        // landscape…) into its own tiny chunk, and the headset fetched 18 scripts before its first frame. Only the
        // entry's static graph (`$initial`) is grouped: three, the other vendors, and our own code (which joins the
        // app chunk). Lazy parts and what only they share stay split and lazy.
        codeSplitting: {
          groups: [
            { name: 'three', test: /[\\/]node_modules[\\/]three[\\/]/, tags: ['$initial'], priority: 3 },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial'], priority: 2 },
            // Each page's script keeps its own chunk: the console loads modules it shares with the headset from this
            // chunk, and must not run the headset's start-up with them.
            { name: 'app', test: (id) => !NOT_IN_APP.test(id), tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    // `npm run dev`: vite serves the app and forwards /api to the Stillroom server.
    // ws: the live-session socket (/api/session/socket) goes through the same proxy.
    proxy: { '/api': { target: `http://127.0.0.1:${apiPort}`, ws: true } },
  },
})
