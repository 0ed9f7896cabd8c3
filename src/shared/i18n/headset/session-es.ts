import type { CatalogOf } from '../catalog'
import type { SESSION_EN } from './session-en'

// prettier-ignore
export const SESSION_ES: CatalogOf<typeof SESSION_EN> = {
}
