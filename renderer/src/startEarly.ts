import { startEarlyCalls } from './api/earlyCalls';

/*
 * Imported first by main.tsx: a module's body runs before those imported
 * after it, so the requests leave before React, Lexical and the schemas of
 * the rest of the bundle are evaluated.
 */
startEarlyCalls();
