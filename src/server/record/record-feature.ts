import type { Clock } from '../../shared/clock'
import type { FastifyInstance } from 'fastify'
import type { Accounts } from '../auth/accounts'
import type { Storage } from '../storage'
import type { RecordService } from './record-service'
import { registerRecordRoutes } from './record-routes'
import { startRetention } from './retention'

export interface RecordFeatureDeps {
  storage: Storage
  /** Export, import and erasure; built by the composition in app.ts, which lends it the session hub. */
  service: RecordService
  accounts: Accounts
  dataDir?: string
  /** 0 / undefined keeps records forever. */
  retentionMonths?: number
  now: Clock
}

/** Export, import, erase and retention; on whenever the storage has `sessions` and `record`. */
export function registerRecordFeature(app: FastifyInstance, deps: RecordFeatureDeps): void {
  const { storage } = deps
  if (!storage.sessions || !storage.record) return
  const warn = (message: string) => app.log.warn(message)
  const { service } = deps
  // Erasures and imports that a stop interrupted are finished or undone before anyone is served.
  app.addHook('onReady', async () => {
    const done = await service.recover()
    if (done.erased) app.log.warn(`record: ${done.erased} interrupted erasure(s) finished`)
    if (done.undone) app.log.warn(`record: ${done.undone} interrupted import(s) undone`)
  })
  registerRecordRoutes(app, {
    service,
    store: storage.sessions,
    accounts: deps.accounts,
    ...(deps.dataDir ? { uploadDir: deps.dataDir } : {}),
  })
  const months = deps.retentionMonths ?? 0
  if (months > 0) {
    const record = storage.record
    let retention: ReturnType<typeof startRetention> | undefined
    // Started once the server is ready, so the first pass never races the migrations or the routes; not awaited,
    // so a long first pass never delays serving.
    app.addHook('onReady', async () => {
      retention = startRetention({
        months,
        record,
        service,
        now: deps.now,
        warn,
        solo: storage.solo,
        audit: storage.audit,
      })
      void retention.first.then((erased) => {
        if (erased) app.log.info(`retention: ${erased} client record(s) past ${months} months erased`)
      })
    })
    app.addHook('onClose', async () => {
      retention?.stop()
      await retention?.first
    })
  }
}
