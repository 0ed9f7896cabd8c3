import type { CatalogOf } from '../catalog'
import type { SESSION_EN } from './session-en'

// prettier-ignore
export const SESSION_FR: CatalogOf<typeof SESSION_EN> = {
}
