/**
 * The one error the core throws for input a person typed or sent. It carries a stable code and the
 * offending part, never a sentence: the i18n layer turns it into Spanish or English.
 */
export interface InputErrorDetails {
  /** The piece of input that is wrong, as the user typed it. */
  part?: string;
  /** Where that piece sits (an octet's index, a character offset). */
  index?: number;
  /** Values the message may need: a limit, the closest valid choice, a list of choices. */
  [key: string]: string | number | readonly string[] | undefined;
}

export class InputError extends Error {
  readonly code: string;
  readonly details: InputErrorDetails;

  constructor(code: string, details: InputErrorDetails = {}) {
    super(`${code}${details.part === undefined ? '' : `: ${details.part}`}`);
    this.name = 'InputError';
    this.code = code;
    this.details = details;
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
