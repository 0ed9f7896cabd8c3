// @vitest-environment jsdom
import './match-media-stub'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PairingPanel } from '../../../src/console/SessionBits'

const NOW = Date.parse('2026-12-07T14:00:00Z')
const text = (html: string) => {
  const div = document.createElement('div')
  div.innerHTML = html
  return div.textContent ?? ''
}

describe('the pairing panel', () => {
  it('says why the code went and when pairing opens again, while it rests', () => {
    const until = NOW + 2 * 60_000
    const shown = text(
      renderToStaticMarkup(
        <PairingPanel pairing={null} pausedUntil={until} now={NOW} paired={false} onNewCode={() => {}} />,
      ),
    )
    expect(shown).toMatch(/withdrawn: many wrong codes were tried/)
    expect(shown).toContain(
      new Date(until).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }),
    )
    expect(shown).toContain('New code')
  })

  it('goes back to the plain text once the rest is over, and shows a new code as usual', () => {
    const after = text(
      renderToStaticMarkup(
        <PairingPanel pairing={null} pausedUntil={NOW - 1} now={NOW} paired={false} onNewCode={() => {}} />,
      ),
    )
    expect(after).not.toMatch(/withdrawn/)
    expect(after).toContain('No code yet.')
    const code = text(
      renderToStaticMarkup(
        <PairingPanel
          pairing={{ code: 'ACD347', expiresAt: NOW + 60_000 }}
          pausedUntil={NOW - 1}
          now={NOW}
          paired={false}
          onNewCode={() => {}}
        />,
      ),
    )
    expect(code).toContain('ACD347')
  })
})
