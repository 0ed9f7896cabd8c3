import type { CatalogOf } from '../catalog'
import type { SESSION_EN } from './session-en'

// prettier-ignore
export const SESSION_DE: CatalogOf<typeof SESSION_EN> = {
}
