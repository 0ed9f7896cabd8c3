import type { Clock } from '../shared/clock'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generate } from 'selfsigned'

export interface TlsMaterial {
  key: string
  cert: string
  /** 'clinic' = the clinic's own files; 'generated' = new this start; 'reused' = kept from an earlier start. */
  source: 'clinic' | 'generated' | 'reused'
  certFile: string
  /** SHA-256 fingerprint, printed so a therapist can compare it with what the headset shows. */
  fingerprint: string
  /**
   * The host names and IPv4 addresses the certificate is for ("*.clinic.example" included). A browser only opens
   * the server by one of them without a warning, so the server answers to them without further configuration.
   */
  names: string[]
}

export interface TlsOptions {
  /** The data folder; a generated certificate lives in `<dataDir>/tls/`. */
  dataDir: string
  /** The clinic's own certificate and key (PEM). Both or neither. */
  certFile?: string
  keyFile?: string
  /** @default lanAddresses() */
  addresses?: string[]
  /** @default () => new Date() */
  now?: Clock
}

/** The machine's non-internal IPv4 addresses: the ones a headset on the same Wi-Fi can reach. */
export function lanAddresses(): string[] {
  const out: string[] = []
  for (const entries of Object.values(os.networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv4' && !entry.internal) out.push(entry.address)
    }
  }
  return out
}

/**
 * HTTPS material for `--lan` (WebXR needs a secure context). The clinic's own files win; otherwise a
 * self-signed certificate is made once and kept, so a headset that accepted it keeps working. It is
 * remade only when it expires or no longer names one of this machine's addresses.
 */
export async function loadTls(options: TlsOptions): Promise<TlsMaterial> {
  if (options.certFile || options.keyFile) return loadClinicTls(options.certFile, options.keyFile)

  const now = new Date(options.now?.() ?? Date.now())
  const addresses = options.addresses ?? lanAddresses()
  const dir = path.join(options.dataDir, 'tls')
  const certFile = path.join(dir, 'cert.pem')
  const keyFile = path.join(dir, 'key.pem')

  if (fs.existsSync(certFile) && fs.existsSync(keyFile)) {
    const cert = fs.readFileSync(certFile, 'utf8')
    const key = fs.readFileSync(keyFile, 'utf8')
    const x509 = tryParse(cert, key)
    if (x509 && stillFits(x509, addresses, now)) {
      return {
        key,
        cert,
        source: 'reused',
        certFile,
        fingerprint: x509.fingerprint256,
        names: certificateNames(x509),
      }
    }
  }

  const notAfter = new Date(now)
  // Browsers reject leaf certificates valid for more than 398 days.
  notAfter.setDate(notAfter.getDate() + 397)
  const pems = await generate([{ name: 'commonName', value: 'Stillroom' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 60_000),
    notAfterDate: notAfter,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          ...addresses.map((ip) => ({ type: 7 as const, ip })),
        ],
      },
    ],
  })
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  fs.writeFileSync(keyFile, pems.private, { mode: 0o600 })
  fs.writeFileSync(certFile, pems.cert, { mode: 0o644 })
  const x509 = new crypto.X509Certificate(pems.cert)
  return {
    key: pems.private,
    cert: pems.cert,
    source: 'generated',
    certFile,
    fingerprint: x509.fingerprint256,
    names: certificateNames(x509),
  }
}

function loadClinicTls(certFile: string | undefined, keyFile: string | undefined): TlsMaterial {
  if (!certFile || !keyFile) {
    throw new Error(
      'Give both --cert <file> and --key <file> (PEM), or neither to use a generated certificate.',
    )
  }
  const cert = readPem(certFile, 'certificate')
  const key = readPem(keyFile, 'private key')
  let x509: crypto.X509Certificate
  try {
    x509 = new crypto.X509Certificate(cert)
  } catch {
    throw new Error(`${certFile} is not a PEM certificate.`)
  }
  let privateKey: crypto.KeyObject
  try {
    privateKey = crypto.createPrivateKey(key)
  } catch {
    throw new Error(`${keyFile} is not a PEM private key (an encrypted key is not supported).`)
  }
  if (!x509.checkPrivateKey(privateKey)) {
    throw new Error(`The key in ${keyFile} does not belong to the certificate in ${certFile}.`)
  }
  return {
    key,
    cert,
    source: 'clinic',
    certFile,
    fingerprint: x509.fingerprint256,
    names: certificateNames(x509),
  }
}

/** DNS names and IPv4 addresses from the certificate's subjectAltName ("DNS:a.lan, IP Address:10.0.0.5, …"). */
export function certificateNames(x509: crypto.X509Certificate): string[] {
  const names: string[] = []
  for (const entry of (x509.subjectAltName ?? '').split(/,\s*/)) {
    const dns = /^DNS:(.+)$/.exec(entry)?.[1]
    const ip = /^IP Address:(\d+\.\d+\.\d+\.\d+)$/.exec(entry)?.[1]
    // A name with quotes or odd characters is not one a browser would send as a Host.
    const name = dns ?? ip
    if (name && /^[A-Za-z0-9*.-]+$/.test(name)) names.push(name.toLowerCase())
  }
  return names
}

function readPem(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? String(err)
    throw new Error(`Cannot read the ${what} file ${file} (${reason}).`)
  }
}

function tryParse(cert: string, key: string): crypto.X509Certificate | undefined {
  try {
    const x509 = new crypto.X509Certificate(cert)
    return x509.checkPrivateKey(crypto.createPrivateKey(key)) ? x509 : undefined
  } catch {
    return undefined
  }
}

function stillFits(x509: crypto.X509Certificate, addresses: string[], now: Date): boolean {
  const dayMs = 24 * 60 * 60 * 1000
  if (new Date(x509.validTo).getTime() - dayMs < now.getTime()) return false
  const names = x509.subjectAltName ?? ''
  return addresses.every((ip) => names.includes(`IP Address:${ip}`))
}
