// `npm run dev`: the API server and vite's dev server in one process. vite.config.ts forwards /api
// to 127.0.0.1:STILLROOM_API_PORT, so the browser talks to vite only and hot reload just works.
import { createServer } from 'vite'
import { parseServeConfig, startServer } from './main'

const apiPort = process.env.STILLROOM_API_PORT ?? '8787'
const config = parseServeConfig(process.argv.slice(2), { ...process.env, PORT: apiPort, HOST: '127.0.0.1' })
if (config.lan) {
  console.error('npm run dev serves on this machine only; use `npm start -- --lan` for headsets.')
  process.exit(2)
}
const api = await startServer(config, (line) =>
  console.log(line.replace('Stillroom is ready', 'API is ready')),
)
const vite = await createServer({ server: { host: 'localhost' } })
await vite.listen()
vite.printUrls()

const stop = async () => {
  await vite.close()
  await api.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
