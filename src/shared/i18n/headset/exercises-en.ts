// prettier-ignore
export const EXERCISES_EN = {
} as const
