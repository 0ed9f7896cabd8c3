import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'

const apiPort = Number(process.env.STILLROOM_API_PORT ?? 8787)

export default defineConfig({
  plugins: [react()],
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
      output: {
        // Left alone, rolldown cuts every module shared by the headset entry and a lazy part (console, session,
        // landscape…) into its own tiny chunk, and the headset fetched 18 scripts before its first frame. Only the
        // entry's static graph (`$initial`) is grouped: three, the other vendors, and our own code (which joins the
        // entry chunk). Lazy parts and what only they share stay split and lazy.
        codeSplitting: {
          groups: [
            { name: 'three', test: /[\\/]node_modules[\\/]three[\\/]/, tags: ['$initial'], priority: 3 },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial'], priority: 2 },
            { name: 'app', tags: ['$initial'], priority: 1 },
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
