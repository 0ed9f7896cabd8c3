import type { TraumaWords } from './lang-types'

// prettier-ignore
export const TRAUMA_FR: TraumaWords = {
  held: {
    violence: [], weapons: [], blood: [], war: [], explosions: [], 'fire-and-smoke': [], accidents: [], abuse: [],
    drowning: [], 'death-and-loss': [],
  },
}
