// Imported first by jsdom tests of console components: the console's modules read the reduced-motion preference when
// they load, and jsdom has no matchMedia.
window.matchMedia = ((query: string) => ({
  matches: false,
  media: query,
  addEventListener() {},
  removeEventListener() {},
})) as unknown as typeof window.matchMedia
