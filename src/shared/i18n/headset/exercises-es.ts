import type { CatalogOf } from '../catalog'
import type { EXERCISES_EN } from './exercises-en'

// prettier-ignore
export const EXERCISES_ES: CatalogOf<typeof EXERCISES_EN> = {
}
