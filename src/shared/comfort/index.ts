// Zod-free on purpose (headset bundle); the server's schema is in ./schema.ts.
export * from './settings'
export * from './motion'
