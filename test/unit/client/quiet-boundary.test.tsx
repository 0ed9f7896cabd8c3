// @vitest-environment jsdom
import { act, lazy, Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it, vi } from 'vitest'
import { QuietBoundary } from '../../../src/client/risk/QuietBoundary'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

describe('QuietBoundary', () => {
  it('keeps the page when a lazy part cannot load, and says so to its owner', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const Broken = lazy(() => Promise.reject(new Error('chunk failed')))
    const onError = vi.fn()
    const host = document.createElement('div')
    const root = createRoot(host)
    await act(async () =>
      root.render(
        <>
          <p>the gallery</p>
          <QuietBoundary onError={onError}>
            <Suspense fallback={null}>
              <Broken />
            </Suspense>
          </QuietBoundary>
        </>,
      ),
    )
    expect(host.textContent).toBe('the gallery')
    expect(onError).toHaveBeenCalledTimes(1)
    act(() => root.unmount())
    warn.mockRestore()
    error.mockRestore()
  })
})
