// axe-core in the real page: the accessibility rules a clinic's auditor would run (WCAG 2.0–2.2 A and AA plus axe's
// best practices), injected from node_modules so nothing is fetched. Only serious and critical findings fail a
// test; the rest are returned for a person to read.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export type AxeFinding = { id: string; impact: string; help: string; targets: string[] }

/** Runs axe on the page as it is now; every finding, serious and critical first. */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  // Evaluated through the debugging protocol rather than added as a <script>: the app's CSP rightly blocks inline
  // scripts, and loosening it for tests would test a different page.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source)
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResults> } })
      .axe
    type AxeResults = {
      violations: Array<{
        id: string
        impact: string | null
        help: string
        nodes: Array<{ target: unknown[] }>
      }>
    }
    const r = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    })
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'minor',
      help: v.help,
      targets: v.nodes.slice(0, 6).map((n) => n.target.map(String).join(' ')),
    }))
  })
  const rank = (i: string) => ['critical', 'serious', 'moderate', 'minor'].indexOf(i)
  return found.sort((a, b) => rank(a.impact) - rank(b.impact))
}

/** The serious and critical findings only: what a browser test fails on. */
export const seriousFindings = async (page: Page) =>
  (await axeFindings(page)).filter((f) => f.impact === 'serious' || f.impact === 'critical')
