// The console page's script (src/console/index.html). The console's code is loaded on demand: it then stays out of
// the start-up chunks the build groups for the headset's first frame. A desk computer pays one more small request; a
// headset never downloads the console. The pages' shared styles (fonts, colours, resets) come with the page itself, so
// the console never shows unstyled while its code arrives; console.css refines them.
import '../shared/ui/styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('the console page is missing #root')
void import('./mount-console').then(({ mountConsole }) => mountConsole(root))
