import type { SceneSpec } from '../../../src/shared/spec'

type Shot = { name: string; seed: number; spec: SceneSpec }

const safety = { held: false, reasons: [], mentioned: [] }
const spec = (s: Partial<SceneSpec> & Pick<SceneSpec, 'biome' | 'timeOfDay' | 'palette'>): SceneSpec => ({
  weather: 'clear',
  mood: { valence: 0.5, arousal: -0.5 },
  motifs: [],
  title: s.biome,
  safety,
  language: 'en',
  ...s,
})

/** Handwritten specs: one per biome as a client might describe it, plus a few times and weathers. */
export const SHOTS: Shot[] = [
  {
    name: 'beach-golden',
    seed: 11,
    spec: spec({
      biome: 'beach',
      timeOfDay: 'golden-hour',
      palette: ['#f2c48d', '#7fb3c4', '#e8a07a', '#f4e2c4'],
      motifs: ['waves', 'palm trees', 'boats', 'birds'],
    }),
  },
  {
    name: 'forest-morning',
    seed: 12,
    spec: spec({
      biome: 'forest',
      timeOfDay: 'morning',
      palette: ['#5f7f58', '#a7c08e', '#d9c79a', '#8a6f55'],
    }),
  },
  {
    name: 'meadow-afternoon',
    seed: 13,
    spec: spec({
      biome: 'meadow',
      timeOfDay: 'afternoon',
      palette: ['#a9c47f', '#87b5d6', '#f1d98a', '#c98bb0'],
      motifs: ['flowers', 'birds'],
    }),
  },
  {
    name: 'mountain-lake-morning',
    seed: 14,
    spec: spec({
      biome: 'mountain-lake',
      timeOfDay: 'morning',
      palette: ['#7d9db5', '#a8c5c9', '#e8d5b7', '#6f8f7a'],
      motifs: ['boats', 'birds'],
    }),
  },
  {
    name: 'snow-midday',
    seed: 15,
    spec: spec({ biome: 'snow', timeOfDay: 'midday', palette: ['#e6eef5', '#9fb8d4', '#c9b8d8'] }),
  },
  {
    name: 'garden-morning',
    seed: 16,
    spec: spec({
      biome: 'garden',
      timeOfDay: 'morning',
      palette: ['#8fb07a', '#e6a4b4', '#f3e1a0', '#b39ddb'],
    }),
  },
  {
    name: 'desert-golden',
    seed: 17,
    spec: spec({
      biome: 'desert',
      timeOfDay: 'golden-hour',
      palette: ['#e3b27d', '#c98a6b', '#f0d2a8', '#9fa8c9'],
    }),
  },
  {
    name: 'underwater-midday',
    seed: 18,
    spec: spec({
      biome: 'underwater',
      timeOfDay: 'midday',
      palette: ['#4fa3a5', '#8fd1c4', '#2f6f8f', '#f0c27a'],
    }),
  },
  {
    name: 'night-sky',
    seed: 19,
    spec: spec({
      biome: 'night-sky',
      timeOfDay: 'night',
      palette: ['#2c3e6b', '#6c7fb0', '#a8d5c8', '#e9c9a0'],
    }),
  },
  {
    name: 'abstract-calm',
    seed: 20,
    spec: spec({
      biome: 'abstract',
      timeOfDay: 'golden-hour',
      palette: ['#e8d5b7', '#a8c5c9', '#7d9db5', '#d9a78b'],
    }),
  },
  {
    name: 'beach-dawn-fog',
    seed: 21,
    spec: spec({
      biome: 'beach',
      timeOfDay: 'dawn',
      weather: 'fog',
      palette: ['#f0c8b8', '#a8b8d0', '#e0d0c0'],
    }),
  },
  {
    name: 'forest-rain',
    seed: 22,
    spec: spec({
      biome: 'forest',
      timeOfDay: 'afternoon',
      weather: 'rain',
      palette: ['#6f8f6a', '#9fb0a0', '#c0c8b8'],
    }),
  },
  {
    name: 'mountain-lake-dusk',
    seed: 23,
    spec: spec({ biome: 'mountain-lake', timeOfDay: 'dusk', palette: ['#e6aa9c', '#6a6c9c', '#f0d0a8'] }),
  },
  {
    name: 'snow-snowing-dawn',
    seed: 24,
    spec: spec({
      biome: 'snow',
      timeOfDay: 'dawn',
      weather: 'snow',
      palette: ['#f0d8d0', '#a8b8d8', '#e8e8f0'],
    }),
  },
  {
    name: 'meadow-storm',
    seed: 25,
    spec: spec({
      biome: 'meadow',
      timeOfDay: 'morning',
      weather: 'storm',
      mood: { valence: 0, arousal: 0.2 },
      palette: ['#9fb57f', '#8a9ab0', '#e0d8a0'],
    }),
  },
  {
    name: 'desert-night',
    seed: 26,
    spec: spec({ biome: 'desert', timeOfDay: 'night', palette: ['#c9a27d', '#4f5d8a', '#e0c8a0'] }),
  },
  {
    name: 'cozy-room-rain',
    seed: 27,
    spec: spec({
      biome: 'cozy-room',
      timeOfDay: 'golden-hour',
      weather: 'rain',
      palette: ['#ecd2ad', '#f2c38d', '#c0916a', '#e8a07f', '#e3b48c'],
    }),
  },
  {
    name: 'river-valley-waterfall',
    seed: 28,
    spec: spec({
      biome: 'river-valley',
      timeOfDay: 'morning',
      palette: ['#9cbf8f', '#cfe2ee', '#7fa9b8', '#f3e3c4'],
      motifs: ['river', 'birds'],
    }),
  },
]
