// Whether the SUDS question waits for this client: only in a live session, only until this headset answered it.
import { describe, expect, it } from 'vitest'
import type { HeadsetSessionView } from '../../src/client/session/session-client'
import { isSudsAsked } from '../../src/client/session/suds-asked'

const view = (stage: string, request: { n: number } | null, answered: number | null) =>
  ({ stage, state: { suds: { request } }, sudsAnswered: answered }) as unknown as HeadsetSessionView

describe('the SUDS question comes first', () => {
  it('is asked while live and not yet answered', () => {
    expect(isSudsAsked(view('live', { n: 2 }, null))).toBe(true)
    expect(isSudsAsked(view('live', { n: 2 }, 1))).toBe(true)
    expect(isSudsAsked(view('live', { n: 2 }, 2))).toBe(false)
    expect(isSudsAsked(view('live', null, null))).toBe(false)
    expect(isSudsAsked(view('paused', { n: 2 }, null))).toBe(false)
    expect(isSudsAsked(null)).toBe(false)
  })
})
