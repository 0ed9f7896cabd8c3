// prettier-ignore
export const SESSION_EN = {
} as const
