import { useId, useState, type FormEvent } from 'react'

/** Name, password and, for accounts that have one, the 6-digit code from an authenticator app. */
export function LoginPage({
  onLogin,
}: {
  onLogin: (name: string, password: string, totp?: string) => Promise<string | null>
}) {
  const id = useId()
  const [name, setName] = useState('')
  const [password, setPassword] = useState('')
  const [totp, setTotp] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (busy) return
    if (!name.trim() || !password) return setError('Enter your name and password.')
    if (totp && !/^\d{6}$/.test(totp)) return setError('The code has 6 digits.')
    setBusy(true)
    setError(null)
    const problem = await onLogin(name.trim(), password, totp || undefined)
    setBusy(false)
    if (problem) {
      setError(problem)
      setPassword('')
    }
  }

  return (
    <main className="login-page">
      <form className="login card" onSubmit={submit} aria-describedby={error ? `${id}-error` : undefined}>
        <h1>Stillroom</h1>
        <p className="sub">Therapist console</p>
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          name="username"
          autoComplete="username"
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoFocus
        />
        <label htmlFor={`${id}-password`}>Password</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <label htmlFor={`${id}-totp`}>
          6-digit code <span className="optional">(only if your account uses an authenticator app)</span>
        </label>
        <input
          id={`${id}-totp`}
          name="totp"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]*"
          maxLength={6}
          value={totp}
          onChange={(e) => setTotp(e.target.value.replace(/\D/g, ''))}
        />
        <p id={`${id}-error`} className="form-error" role="alert">
          {error ?? ''}
        </p>
        <button type="submit" className="primary wide" aria-disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  )
}
