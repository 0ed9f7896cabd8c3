// trust.*: the session socket under a probe. 100,000 fuzzing frames against a real server in its own process, while
// a well-behaved session's commands are timed. Run alone: npx tsx test/bench/trust-bench.ts
import { pathToFileURL } from 'node:url'
import { runTrustFuzz } from './trust-fuzz'

/** The frame count has no target (it is how hard the server was pushed); the session's p99 has one. */
export const TRUST_TARGETS = {
  'trust.fuzz_session_p99_ms': { max: 50, unit: 'ms' },
}

export async function benchTrust(frames = 100_000): Promise<Record<string, number>> {
  const r = await runTrustFuzz({ frames })
  if (!r.aliveAfter) throw new Error('the server did not serve a new session after the fuzz')
  return {
    'trust.fuzz_frames': r.frames,
    'trust.fuzz_session_p99_ms': Math.round(r.sessionP99Ms * 10) / 10,
    'trust.fuzz_seconds': Math.round(r.seconds * 10) / 10,
    'trust.fuzz_rss_growth_mb': Math.round((r.rssAfterMb - r.rssBeforeMb) * 10) / 10,
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await benchTrust())
}
