import { OfflineAudioContext } from 'node-web-audio-api'
import { describe, expect, it } from 'vitest'
import { speechAudioType } from '../../src/server/ai/speech-routes'
import { FAKE_MP3, audioTypeOf, toneWav } from '../support/mock-openai'

// What a spoken line really is: the route labels the provider's bytes honestly (mp3 is asked for, a self-hosted
// server may answer wav), and the mock's tone is real, decodable audio for the browser test.

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))))

describe('speechAudioType', () => {
  it.each([
    ['a WAV file', toneWav(), 'audio/wav'],
    ['an MPEG frame (the mock’s fake mp3)', FAKE_MP3, 'audio/mpeg'],
    ['an ID3-tagged mp3', bytes('ID3', [4, 0, 0, 0, 0, 0, 0]), 'audio/mpeg'],
    ['an MPEG-2 layer III frame', bytes([0xff, 0xf3, 0x40, 0xc4]), 'audio/mpeg'],
    ['ADTS AAC', bytes([0xff, 0xf1, 0x50, 0x80]), 'audio/aac'],
    ['Ogg Opus', bytes('OggS', [0, 2, 0, 0]), 'audio/ogg'],
    ['FLAC', bytes('fLaC', [0, 0, 0, 0x22]), 'audio/flac'],
    ['RIFF that is not WAVE', bytes('RIFF', [0, 0, 0, 0], 'AVI '), 'application/octet-stream'],
    ['JSON', Buffer.from('{"error":"nope"}'), 'application/octet-stream'],
    ['nothing', Buffer.alloc(0), 'application/octet-stream'],
    ['one byte', Buffer.from([0xff]), 'application/octet-stream'],
  ])('%s → %s', (_name, data, type) => {
    expect(speechAudioType(data)).toBe(type)
  })
})

describe('the mock’s spoken line', () => {
  it('is a soft 220 Hz tone of 0.6 s that a real decoder plays (and the mock labels it wav)', async () => {
    const wav = toneWav()
    expect(audioTypeOf(wav)).toBe('audio/wav')
    expect(audioTypeOf(FAKE_MP3)).toBe('audio/mpeg')
    const ctx = new OfflineAudioContext({ numberOfChannels: 1, length: 48_000, sampleRate: 48_000 })
    const copy = wav.buffer.slice(wav.byteOffset, wav.byteOffset + wav.byteLength) as ArrayBuffer
    const buffer = await ctx.decodeAudioData(copy)
    expect(buffer.duration).toBeCloseTo(0.6, 2)
    const data = buffer.getChannelData(0)
    let sum = 0
    let peak = 0
    let crossings = 0
    for (let i = 0; i < data.length; i++) {
      sum += data[i]! * data[i]!
      peak = Math.max(peak, Math.abs(data[i]!))
      if (i > 0 && data[i - 1]! < 0 && data[i]! >= 0) crossings++
    }
    const rms = Math.sqrt(sum / data.length)
    expect(rms).toBeGreaterThan(0.15)
    expect(peak).toBeLessThanOrEqual(0.31)
    // 220 Hz over 0.6 s: about 132 rising zero crossings (resampling may shift one).
    expect(Math.abs(crossings - 132)).toBeLessThanOrEqual(2)
    // Fades: silent at both ends, no click.
    expect(Math.abs(data[0]!)).toBeLessThan(1e-3)
    expect(Math.abs(data.at(-1)!)).toBeLessThan(0.01)
  })
})
