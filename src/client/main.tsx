// The headset page's script (index.html). The therapist console is a page of its own (src/console/index.html), so
// a headset never downloads it. This file stays out of the start-up chunk the build groups for the first frame, so the
// console, which shares that chunk's modules, never runs it. The pages' shared styles come with it, as with the console's.
import '../shared/ui/styles.css'
import { mountHeadset } from './mount-headset'

const root = document.getElementById('root')
if (!root) throw new Error('index.html is missing #root')
mountHeadset(root)
