// `node --import ./tests/unit/electron/fakeElectronLoader.mjs out/main/index.js` runs the built
// main process with 'electron' resolved to fakeElectron.mjs.
import { register } from 'node:module';

register('./fakeElectronHooks.mjs', import.meta.url);
