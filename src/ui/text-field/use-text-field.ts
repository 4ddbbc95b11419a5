import { useInput, useStdin, type Key } from 'ink';
import { typedEdits, type TypedEdit } from './typed-input.js';
import type { TextFieldAction, TextFieldStore } from './use-text-field-state.js';

/** Ctrl+letter editing keys, as in a shell's line editor. */
const ctrlEdits: Record<string, TextFieldAction> = {
  a: { type: 'move', to: 'home' },
  e: { type: 'move', to: 'end' },
  b: { type: 'move', to: 'left' },
  f: { type: 'move', to: 'right' },
  d: { type: 'delete-after' },
  w: { type: 'delete-word-before' },
};

/**
 * What one key event does to a field. Up/Down, PgUp/PgDn, Tab and Esc give nothing: they belong to
 * the screen's keymap (a hit list, scrolling, language, back). Ink reports Backspace and Delete
 * alike, so both delete before the cursor; Ctrl+D deletes after it.
 */
function keyEdits(input: string, key: Key): TypedEdit[] {
  if (key.upArrow || key.downArrow || key.pageUp || key.pageDown || key.tab || key.escape) return [];
  if (key.return) return [{ type: 'submit' }];
  if (key.leftArrow) return [{ type: 'move', to: 'left' }];
  if (key.rightArrow) return [{ type: 'move', to: 'right' }];
  if (key.home) return [{ type: 'move', to: 'home' }];
  if (key.end) return [{ type: 'move', to: 'end' }];
  if (key.backspace || key.delete) return [{ type: key.meta ? 'delete-word-before' : 'delete-before' }];
  if (key.ctrl) return ctrlEdits[input] ? [ctrlEdits[input]] : [];
  // Alt+letter is a shortcut or nothing, never text.
  if (key.meta) return [];
  return typedEdits(input);
}

interface TextFieldHandlers {
  /** Whether keys go to the field. */
  isActive: boolean;
  /** Called with the whole text after every edit that changed it. */
  onChange: (value: string) => void;
  /**
   * Called with the text on Enter and at each line end in a pasted chunk; what follows a line end
   * in the chunk starts a new, empty line. Without it Enter is left to the screen's keymap.
   */
  onSubmit?: (value: string) => void;
}

/** Maps Ink's keys to field edits and reports the results to the field's owner. */
export default function useTextField(store: TextFieldStore, { isActive, onChange, onSubmit }: TextFieldHandlers): void {
  const { isRawModeSupported } = useStdin();
  useInput(
    (input, key) => {
      for (const edit of keyEdits(input, key)) {
        const before = store.read().value;
        if (edit.type !== 'submit') {
          const after = store.apply(edit).value;
          if (after !== before) onChange(after);
        } else if (onSubmit) {
          store.apply({ type: 'set', value: '' });
          onSubmit(before);
        }
      }
    },
    { isActive: isActive && isRawModeSupported },
  );
}
