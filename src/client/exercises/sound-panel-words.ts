import type { SoundPanelWords } from '../../scene/exercise'
import type { HeadsetTranslate } from '../i18n/headset-text'
/** The sound panel's fixed words in the language on screen. */
export function soundPanelWords(t: HeadsetTranslate): SoundPanelWords {
  return {
    title: t('sound.panel.title'),
    soundOn: t('sound.panel.on'),
    volume: t('sound.panel.volume'),
    calm: t('sound.calm'),
    close: t('sound.panel.close'),
    soft: t('sound.level.soft'),
    medium: t('sound.level.medium'),
    full: t('sound.level.full'),
    off: t('sound.level.off'),
    low: t('sound.level.low'),
    mid: t('sound.level.mid'),
  }
}
