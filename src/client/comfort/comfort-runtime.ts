import { createStore } from 'zustand/vanilla'

/**
 * Comfort values that change every frame (read in useFrame, never React state) plus the in-VR panel's open state.
 * One per app; handed to the rig, the vignette, the VR panel and the test API.
 */
export function createComfortRuntime() {
  const frame = {
    /** Measured artificial motion of the viewer (not the head in the room): m/s and rad/s. */
    speed: 0,
    turnRate: 0,
    /** Vignette strength now, 0 open … 1 fully narrowed. */
    vignette: 0,
    /** The renderer's tone-mapping exposure now (brightness, gliding). */
    exposure: 1,
    /** Metres the XR origin is raised (seated mode in a headset). */
    originY: 0,
    /** Desktop eye height now (gliding between standing and seated). */
    eyeHeight: 0,
  }
  const panel = createStore<{ open: boolean }>()(() => ({ open: false }))
  return {
    frame,
    panel,
    setPanelOpen(open: boolean) {
      if (panel.getState().open !== open) panel.setState({ open })
    },
    togglePanel() {
      panel.setState({ open: !panel.getState().open })
    },
  }
}

export type ComfortRuntime = ReturnType<typeof createComfortRuntime>
