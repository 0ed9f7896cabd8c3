/**
 * The one clock type: milliseconds since the epoch, like `Date.now`. Every factory that needs the time takes a
 * `Clock`, so tests hand in a fake one and nothing converts between a clock of Dates and a clock of numbers.
 */
export type Clock = () => number

/** The ISO form of a clock's reading, for what is stored or sent as text ("2026-12-07T10:00:00.000Z"). */
export const isoAt = (ms: number): string => new Date(ms).toISOString()
