// Zod-free on purpose (headset); the server's schemas are in ./schema.ts.
export * from './prefs'
