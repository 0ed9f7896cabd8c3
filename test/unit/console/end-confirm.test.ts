import { describe, expect, it } from 'vitest'
import { endConfirmText } from '../../../src/console/EmergencyBar'

describe('the End session question', () => {
  it('says only what ending means when nothing is waiting', () => {
    expect(endConfirmText(0)).toBe('End for good? The headset closes gently.')
  })

  it('names the artworks still waiting for approval, in the right number', () => {
    expect(endConfirmText(1)).toMatch(
      /1 artwork is still waiting for your approval: the client will not see it,/,
    )
    expect(endConfirmText(3)).toMatch(
      /3 artworks are still waiting for your approval: the client will not see them,/,
    )
  })
})
