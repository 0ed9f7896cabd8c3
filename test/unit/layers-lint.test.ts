// The layer rules of eslint.config.js, run through ESLint itself on small snippets: a lazy import() may cross a
// layer no more than a static one, and each page's script may load its own app lazily.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname })
const problems = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`)
}

describe('layers, as the linter enforces them', () => {
  it('refuses a lazy import() of the console from the headset, as it refuses a static one', async () => {
    const lazy = await problems(
      'src/client/x.ts',
      "export const load = () => import('../console/mount-console')\n",
    )
    expect(lazy).toEqual([
      expect.stringMatching(/^no-restricted-syntax: src\/client may not import\(\) \*\*\/console/),
    ])
    const eager = await problems(
      'src/client/x.ts',
      "export { mountConsole } from '../console/mount-console'\n",
    )
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

  it("lets a page's script load its app lazily, and a layer load its own chunks", async () => {
    expect(
      await problems('src/console/main.ts', "export const f = () => import('./mount-console')\n"),
    ).toEqual([])
    expect(await problems('src/client/x.ts', "export const f = () => import('./session/index')\n")).toEqual(
      [],
    )
  })
})
