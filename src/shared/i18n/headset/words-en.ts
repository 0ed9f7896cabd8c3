// prettier-ignore
export const WORDS_EN = {
} as const
