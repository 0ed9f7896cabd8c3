import { describe, expect, it } from 'vitest'
import { groupMarkers } from '../../../src/console/suds-series'

describe('the SUDS chart markers', () => {
  it('draw one marker for a burst of events, counting the rest, and keep separate ones apart', () => {
    const groups = groupMarkers(
      [
        { px: 10, label: 'headset joined' },
        { px: 12, label: 'artwork shown' },
        { px: 15, label: 'artwork held' },
        { px: 19, label: 'artwork shown' },
        { px: 60, label: 'paused' },
        { px: 200, label: 'safe place' },
      ],
      8,
      80,
    )
    expect(groups.map((g) => [g.px, g.label, g.count, g.labelled])).toEqual([
      [10, 'headset joined +2', 3, true],
      [19, 'artwork shown', 1, false],
      [60, 'paused', 1, false],
      [200, 'safe place', 1, true],
    ])
  })

  it('sorts what it is given and draws nothing for nothing', () => {
    expect(groupMarkers([], 8, 80)).toEqual([])
    const g = groupMarkers(
      [
        { px: 50, label: 'b' },
        { px: 10, label: 'a' },
      ],
      8,
      80,
    )
    expect(g.map((x) => x.label)).toEqual(['a', 'b'])
  })
})
