/** Where the user is: a stack of screens, the top one showing. Pure, so it is tested without Ink. */
export interface Place {
  /** A tool's id (src/tools/index.ts), or `home`. */
  screen: string;
  /** What the screen was opened with; its tool declares the type. */
  payload?: unknown;
}

export type NavigationAction = { type: 'open'; place: Place } | { type: 'back' } | { type: 'home' };

export function navigate(stack: readonly Place[], action: NavigationAction): readonly Place[] {
  switch (action.type) {
    case 'open':
      return [...stack, action.place];
    case 'back':
      return stack.length > 1 ? stack.slice(0, -1) : stack;
    case 'home':
      return stack.slice(0, 1);
  }
}
