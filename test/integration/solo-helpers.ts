/** One solo device for tests that create and then list artworks (solo words are listed to their device only). */
export const SOLO_TOKEN = 'test-solo-device-0123456789abcdefghijklmn'
export const SOLO = { 'x-stillroom-solo': SOLO_TOKEN } as const
