/** Encodes float channels as a 16-bit PCM WAV file (what howler can play from a blob URL). */
export function encodeWav(channels: readonly Float32Array[], sampleRate: number): ArrayBuffer {
  const n = channels[0]?.length ?? 0
  const c = channels.length
  const bytes = n * c * 2
  const buffer = new ArrayBuffer(44 + bytes)
  const v = new DataView(buffer)
  const text = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) v.setUint8(at + i, s.charCodeAt(i))
  }
  text(0, 'RIFF')
  v.setUint32(4, 36 + bytes, true)
  text(8, 'WAVE')
  text(12, 'fmt ')
  v.setUint32(16, 16, true)
  v.setUint16(20, 1, true) // PCM
  v.setUint16(22, c, true)
  v.setUint32(24, sampleRate, true)
  v.setUint32(28, sampleRate * c * 2, true)
  v.setUint16(32, c * 2, true)
  v.setUint16(34, 16, true)
  text(36, 'data')
  v.setUint32(40, bytes, true)
  let at = 44
  for (let i = 0; i < n; i++)
    for (let k = 0; k < c; k++) {
      const s = Math.max(-1, Math.min(1, channels[k]![i]!))
      v.setInt16(at, Math.round(s < 0 ? s * 0x8000 : s * 0x7fff), true)
      at += 2
    }
  return buffer
}
