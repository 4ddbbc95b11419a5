import type { InputErrorCode, InputErrorDetails } from '../core/input-error.js';

/** The sentence for one input error, built from the details the core attached. */
type InputErrorMessage = (details: InputErrorDetails) => string;

/** A message for every code: a language's dictionary holds one of these, so none can be missing. */
export type InputErrorMessages = Record<InputErrorCode, InputErrorMessage>;

/** The messages one area of the dictionary keeps: only codes that exist, so a typo fails `tsc`. */
export type AreaInputErrors = Partial<InputErrorMessages>;
