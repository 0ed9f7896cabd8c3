// The layer rules of eslint.config.js, run through ESLint itself on small snippets: a lazy import() may cross a
// layer no more than a static one, and the page's entry above the layers may load both apps.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname })
const problems = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`)
}

describe('layers, as the linter enforces them', () => {
  it('refuses a lazy import() of the console from the headset, as it refuses a static one', async () => {
    const lazy = await problems('src/client/x.ts', "export const load = () => import('../console/main')\n")
    expect(lazy).toEqual([
      expect.stringMatching(/^no-restricted-syntax: src\/client may not import\(\) \*\*\/console/),
    ])
    const eager = await problems('src/client/x.ts', "export { mountConsole } from '../console/main'\n")
    expect(eager.join()).toMatch(/src\/client may not import \*\*\/console/)
  })

  it('refuses the server, the NLP model and the interpreter in a lazy chunk of a browser layer', async () => {
    const server = await problems('src/console/x.ts', "export const f = () => import('../server/app')\n")
    expect(server.join()).toMatch(/may not import\(\) \*\*\/server/)
    const interpret = await problems(
      'src/scene/x.ts',
      "export const f = () => import('../shared/interpret/index')\n",
    )
    expect(interpret.join()).toMatch(/may not import\(\) \*\*\/shared\/interpret/)
  })

  it('lets the page entry load either app, and a layer load its own chunks', async () => {
    expect(await problems('src/main.tsx', "export const f = () => import('./console/main')\n")).toEqual([])
    expect(await problems('src/client/x.ts', "export const f = () => import('./session/index')\n")).toEqual(
      [],
    )
  })
})
