import { InputError } from '../../src/core/input-error.js';

/** The InputError a call throws, so a test can look at its code and details. */
export function inputErrorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

/** The code of the InputError a call throws. */
export const codeOf = (run: () => unknown): string => inputErrorOf(run).code;
