/** Per-frame numbers the stage writes and the test API reads (outside React, no allocation per frame). */
export const stageProbe = {
  /** What the orb drew on its last frame, with the pacer sample it drew from (same instant, same clock). */
  orb: { scale: 0, visible: false, fullness: 0, phase: null as string | null, ctxTime: 0, elapsed: 0 },
  /** The sound runtime's work per frame, ms, the last 240 frames. */
  frameMs: [] as number[],
}
