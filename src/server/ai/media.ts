/** The image type from its first bytes; undefined when it is not a picture we would show. */
export function detectImage(data: Buffer): 'image/png' | 'image/jpeg' | 'image/webp' | undefined {
  if (data.length < 12) return undefined
  if (data[0] === 0x89 && data.toString('latin1', 1, 4) === 'PNG') return 'image/png'
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg'
  if (data.toString('latin1', 0, 4) === 'RIFF' && data.toString('latin1', 8, 12) === 'WEBP')
    return 'image/webp'
  return undefined
}
