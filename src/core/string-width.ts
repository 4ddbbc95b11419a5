// string-width by way of this module, so the bundle can swap in string-width.bundle.ts (loads it on first use).
export { default } from 'string-width';
