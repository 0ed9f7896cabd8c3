import { Component, type ErrorInfo, type ReactNode } from 'react'

type Props = { children: ReactNode; onError: (error: unknown) => void }

/**
 * Catches a lazily loaded part that could not load or render (a network blip on the way to the crisis panel), so the
 * rest of the page stays, and lets the owner say what matters another way. Renders nothing once it has caught.
 */
export class QuietBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn('Stillroom: a part of the page could not be shown', error, info.componentStack)
    this.props.onError(error)
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children
  }
}
