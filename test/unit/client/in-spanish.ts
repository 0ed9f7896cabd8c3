import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, expect } from 'vitest'
import { createHeadsetText, type HeadsetText } from '../../../src/client/i18n/headset-text'
import { HEADSET_CATALOGS } from '../../../src/shared/i18n/headset-catalogs'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}

/** A React root on a fresh element for each test (jsdom), unmounted after it. */
export function reactRoot(): { root: () => Root; host: () => HTMLDivElement } {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true
  let root: Root | undefined
  let host: HTMLDivElement | undefined
  beforeEach(() => {
    host = document.createElement('div')
    document.body.append(host)
    root = createRoot(host)
  })
  afterEach(() => {
    act(() => root?.unmount())
    document.body.innerHTML = ''
  })
  return { root: () => root!, host: () => host! }
}

/** The headset text of a device whose browser speaks Spanish, loaded. */
export async function spanish(): Promise<HeadsetText> {
  const text = createHeadsetText({ browserLanguage: 'es-MX', load: (l) => HEADSET_CATALOGS[l]() })
  await text.ready
  expect(text.store.getState().language).toBe('es')
  return text
}
