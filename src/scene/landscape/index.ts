// Loaded lazily by the app (`React.lazy(() => import('../scene/landscape'))`): nothing here is in the first bundle.
import { Landscape } from './Landscape'

export { Landscape }
export type { LandscapeProps, LandscapeProbe } from './Landscape'
export { createPanoramaPainter, recipeSunDirection, type PanoramaPainter } from './panorama'
export { createLandscapeFader, type LandscapeFader } from './fader'
export default Landscape
