// The page's one entry, above the layers: it chooses the headset page or the therapist console by the address.
// The headset is imported here statically (its first frame must not wait for another request); the console is a
// chunk of its own, fetched only under /console, so a headset never downloads it.
import { takeAccessKey } from './client/access-key'
import { mountHeadset } from './client/main'

// On --lan the printed address carries the access key: taken into this tab's storage and out of the address bar
// before anything else runs, for the console as for the headset.
takeAccessKey()
const root = document.getElementById('root')
if (!root) throw new Error('index.html is missing #root')
const path = window.location.pathname
if (path === '/console' || path.startsWith('/console/')) {
  void import('./console/main').then((m) => m.mountConsole(root))
} else {
  mountHeadset(root)
}
