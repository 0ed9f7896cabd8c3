import type { PushToTalk } from './push-to-talk'

/**
 * The page's one push-to-talk, owned by the headset shell: the desktop button and the VR controller hold the same
 * one, so a press begun on one is released by the other. Its code arrives with whichever of them loads first,
 * which makes it here (see talk-browser.ts).
 */
export type TalkSlot = { get(make: (shell: TalkShell) => PushToTalk): PushToTalk }

/** What the shell gives the push-to-talk: where words of risk heard on a headset used alone go. */
export type TalkShell = { raise: () => void }

export function createTalkSlot(shell: TalkShell = { raise: () => {} }): TalkSlot {
  let talk: PushToTalk | null = null
  return { get: (make) => (talk ??= make(shell)) }
}
