import type { SupportedLanguage } from '../safety/language'

/** i18next's plural endings (CLDR categories); a key with them is one message in several forms. */
export const PLURAL_SUFFIXES = ['_zero', '_one', '_two', '_few', '_many', '_other'] as const
type PluralSuffix = (typeof PLURAL_SUFFIXES)[number]

/** "paintings_one" | "paintings_other" → "paintings": the key a caller passes with `count`. */
export type BaseKey<K extends string> = K extends `${infer B}${PluralSuffix}` ? B : K

/**
 * Another language's messages for one part of the product: every key of the English catalogue, no other key, except
 * the plural forms that language has and English does not ("_many" in French and Spanish).
 */
export type CatalogOf<En> = { readonly [K in keyof En]: string } & {
  readonly [K in `${string}${PluralSuffix}`]: string
}

export type Messages = Readonly<Record<string, string>>

/** Every language's messages for one part of the product. */
export type Catalogs = Readonly<Record<SupportedLanguage, Messages>>

/** The key without its plural ending, and whether it had one. */
export function splitPlural(key: string): { base: string; plural: string | undefined } {
  const suffix = PLURAL_SUFFIXES.find((s) => key.endsWith(s))
  return suffix
    ? { base: key.slice(0, -suffix.length), plural: suffix.slice(1) }
    : { base: key, plural: undefined }
}

/** The {{placeholders}} of a message, sorted: every language must fill the same ones. */
export function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort()
}
