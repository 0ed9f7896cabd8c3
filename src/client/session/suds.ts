/** The words of the SUDS question (docs/CLINICAL.md), short and plain, shared by the screen and the VR scale. */
export const SUDS_TEXT = {
  question: 'How distressed do you feel right now?',
  low: 'completely calm',
  high: 'the worst you can imagine',
  choose: 'Choose a number',
  send: 'Send',
  thanks: 'Thank you.',
} as const

/** The big keys of the scale: 0…10, or 0…100 in tens (fine-tuned with ±5). */
export function sudsChoices(scale: 10 | 100): number[] {
  const step = scale === 100 ? 10 : 1
  return Array.from({ length: 11 }, (_, i) => i * step)
}
