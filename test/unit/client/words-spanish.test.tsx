// @vitest-environment jsdom
// The words part in the client's language: the page in Spanish (every word from the catalogue, the English gone),
// and the pure modules' keys (errors, speaking, the wrist) said in Spanish while their English stays what it was.
import { reactRoot, spanish } from './in-spanish'
import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { createApi } from '../../../src/client/api'
import { createSessionArtworkSource } from '../../../src/client/artwork-source'
import { TextProvider } from '../../../src/client/i18n/text-context'
import { Overlay } from '../../../src/client/Overlay'
import { createTalkSlot } from '../../../src/client/speech/talk-slot'
import { talkLine } from '../../../src/client/speech/talk-text'
import { statusText } from '../../../src/client/status-text'
import { wristLabel } from '../../../src/client/WristMenu'
import { parseComfort } from '../../../src/shared/comfort'
import { HEADSET_EN } from '../../../src/shared/i18n/headset-en'
import { WORDS_ES } from '../../../src/shared/i18n/headset/words-es'
import { VOICE_KEYS, VOICE_TEXT, voiceKeyOf } from '../../../src/shared/privacy/voice-caps'

const dom = reactRoot()

describe('the page in Spanish', () => {
  it('labels, placeholder, buttons and hints come from the Spanish catalogue', async () => {
    const text = await spanish()
    act(() =>
      dom.root().render(
        <TextProvider text={text}>
          <Overlay
            talk={createTalkSlot()}
            status={{ kind: 'error', message: HEADSET_EN['page.emptyWords'], key: 'page.emptyWords' }}
            busy={false}
            xrSupported
            comfort={parseComfort(undefined).settings}
            onCreate={async () => true}
            onEnterVR={() => {}}
            onJoinSession={() => {}}
            onComfort={() => {}}
            view="gallery"
            onView={() => {}}
            extrasReady={false}
          />
        </TextProvider>,
      ),
    )
    const page = dom.host().textContent ?? ''
    for (const key of [
      'page.wordsLabel',
      'page.create',
      'page.hint',
      'page.gallery',
      'page.landscape',
      'page.enterVR',
      'page.join',
      'page.comfort',
      'page.moveHint',
      'page.emptyWords',
    ] as const)
      expect(page, key).toContain(WORDS_ES[key])
    expect(dom.host().querySelector('textarea')?.placeholder).toBe(WORDS_ES['page.placeholder'])
    expect(dom.host().querySelector('button.mic')?.getAttribute('aria-label')).toBe(WORDS_ES['talk.hold'])
    for (const english of ['Create', 'Enter VR', 'Join a session', 'Moving and comfort', 'Gallery'])
      expect(page).not.toContain(english)
  })
})

describe('the words part’s pure modules give keys, and keep their English', () => {
  it('the API’s own failures carry a key; a server’s own sentence is kept as it came', async () => {
    const offline = createApi({
      accessKey: null,
      storage: undefined,
      fetchImpl: () => Promise.reject(new Error('x')),
    })
    const r = await offline.listArtworks()
    expect(r).toMatchObject({ ok: false, key: 'page.unreachable', message: HEADSET_EN['page.unreachable'] })
    const answer = (status: number, body: unknown) =>
      createApi({
        accessKey: null,
        storage: undefined,
        fetchImpl: async () => new Response(JSON.stringify(body), { status }),
      }).listArtworks()
    expect(await answer(401, {})).toMatchObject({ key: 'page.needsAccess' })
    expect(await answer(429, null)).toMatchObject({ key: 'page.tooMany' })
    const own = await answer(400, { message: 'From the server.' })
    expect(own).toEqual({ ok: false, status: 400, message: 'From the server.' })
  })

  it('a session that is not connected says so in the client’s language', async () => {
    const source = createSessionArtworkSource({
      describe: () => false,
      view: { getState: () => ({ stage: 'ended' }) },
    })
    const outcome = await source.describe('a beach')
    expect(outcome).toEqual({
      kind: 'failed',
      message: HEADSET_EN['page.notConnected'],
      key: 'page.notConnected',
    })
    const t = (await spanish()).store.getState().t
    expect(statusText({ kind: 'error', message: 'x', key: 'page.notConnected' }, false, false, t)).toBe(
      WORDS_ES['page.notConnected'],
    )
    expect(statusText({ kind: 'error', message: 'From the server.' }, false, false, t)).toBe(
      'From the server.',
    )
  })

  it('speaking: the server’s English sentences become keys, said in Spanish', async () => {
    expect(VOICE_TEXT.off).toBe(HEADSET_EN['voice.off'])
    expect(voiceKeyOf(VOICE_TEXT.askSolo, VOICE_KEYS.off)).toBe('voice.askSolo')
    expect(voiceKeyOf('Something else.', VOICE_KEYS.off)).toBe('voice.off')
    expect(voiceKeyOf(undefined, VOICE_KEYS.failed)).toBe('voice.failed')
    const t = (await spanish()).store.getState().t
    expect(talkLine({ kind: 'unavailable', reason: 'voice.denied' }, 'vr', t)).toBe(WORDS_ES['voice.denied'])
    expect(talkLine({ kind: 'idle', hint: 'voice.agreed' }, 'vr', t)).toBe(WORDS_ES['talk.agreedVR'])
    expect(talkLine({ kind: 'idle', hint: 'voice.agreed' }, 'desktop', t)).toBe(WORDS_ES['voice.agreed'])
    expect(talkLine({ kind: 'listening', startedAt: 0 }, 'vr', t)).toBe(WORDS_ES['talk.listeningVR'])
    expect(talkLine({ kind: 'idle', hint: null }, 'vr', t)).toBeNull()
  })

  it('the wrist’s buttons are said in the language, their English names kept for their meshes', async () => {
    const t = (await spanish()).store.getState().t
    expect(wristLabel({ label: 'Describe' }, t)).toBe(WORDS_ES['wrist.describe'])
    expect(wristLabel({ label: 'Join' }, t)).toBe(WORDS_ES['wrist.join'])
    expect(wristLabel({ label: 'Comfort' }, t)).toBe(WORDS_ES['wrist.comfort'])
    expect(wristLabel({ label: 'Elsewhere' }, t)).toBe('Elsewhere')
  })
})
