// Module resolution hook: 'electron' (a bare specifier the main bundle keeps external) becomes the stand-in.
const fake = new URL('./fakeElectron.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: fake, shortCircuit: true };
  return nextResolve(specifier, context);
}
