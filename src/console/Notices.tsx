import { useStore } from 'zustand'
import type { ConsoleStore } from './console-store'

/** The console's one line of news: a refused command, a reconnect to check. */
export function Notices({ store }: { store: ConsoleStore }) {
  const notice = useStore(store, (s) => s.notice)
  return (
    <div
      className={`notice ${notice?.kind ?? ''}`}
      role={notice?.kind === 'error' ? 'alert' : 'status'}
      aria-live="polite"
    >
      {notice ? (
        <>
          <span>{notice.text}</span>
          <button type="button" className="small" onClick={() => store.setState({ notice: null })}>
            OK
          </button>
        </>
      ) : null}
    </div>
  )
}
