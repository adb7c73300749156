/** Vite bundles imported stylesheets; for the type checker they are side-effect modules. */
declare module '*.css';
