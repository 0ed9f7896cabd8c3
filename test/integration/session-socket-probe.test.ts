// A probe's worth of frames against a real server in its own process (test/bench/trust-fuzz.ts): random bytes,
// broken JSON, oversize and binary frames, wrong-role commands, wrong session ids, commands out of order and hello
// floods over several connections. The server stays up, its memory stays bounded, and a well-behaved session beside
// the fuzz keeps being answered (how quickly is for the bench). The bench (trust-bench.ts) runs the same with 100,000 frames.
import { describe, expect, it } from 'vitest'
import { runTrustFuzz } from '../bench/trust-fuzz'

const FRAMES = 20_000

describe('socket probe', () => {
  it(`survives ${FRAMES} hostile frames on several connections; a session beside it keeps being answered`, async () => {
    const r = await runTrustFuzz({ frames: FRAMES })
    console.log(
      `probe: ${r.frames} frames in ${r.seconds.toFixed(1)} s, ${r.reopened} sockets reopened, session p99 ` +
        `${r.sessionP99Ms.toFixed(1)} ms over ${r.sessionCommands} commands, rss ${r.rssBeforeMb} → ${r.rssAfterMb} MB, ` +
        `heap ${r.heapBeforeMb} → ${r.heapAfterMb} MB`,
    )
    expect(r.frames).toBeGreaterThanOrEqual(FRAMES)
    expect(r.aliveAfter).toBe(true)
    // Speed is proven by the bench (trust.fuzz_session_p99_ms, target 50 ms), not here: on a busy 2-core machine a
    // time limit in a test fails for reasons that are not the server's. The test proves the session is answered
    // throughout the probe, which a starved or crashed server would not do.
    expect(r.sessionCommands).toBeGreaterThan(5)
    // Generous: what the fuzz leaves behind must not grow with the frames sent.
    expect(r.heapAfterMb - r.heapBeforeMb).toBeLessThan(100)
    expect(r.rssAfterMb - r.rssBeforeMb).toBeLessThan(200)
  }, 120_000)
})
