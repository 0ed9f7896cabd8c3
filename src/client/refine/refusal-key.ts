import { refusalOf } from '../../shared/refine/refusals'

// Apart from refine-model.ts, which reads session versions (and their schemas): the solo refine, in the headset's
// first bundle, needs only this.
/** A refusal's words in the headset's catalogue, from the server's English answer; undefined for other words. */
export function refusalKey(message: string) {
  const refusal = refusalOf(message)
  return refusal ? (`refine.refused.${refusal}` as const) : undefined
}
