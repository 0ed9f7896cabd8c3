// The words of the SUDS question (docs/CLINICAL.md), short and plain, live in the headset's catalogue under
// 'suds.' (src/shared/i18n/headset/session-*.ts), shared by the screen and the VR scale.

/** The big keys of the scale: 0…10, or 0…100 in tens (fine-tuned with ±5). */
export function sudsChoices(scale: 10 | 100): number[] {
  const step = scale === 100 ? 10 : 1
  return Array.from({ length: 11 }, (_, i) => i * step)
}
