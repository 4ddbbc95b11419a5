import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemes } from '../../../src/core/graphemes.js';
import { typedEdits } from '../../../src/ui/text-field/typed-input.js';
import {
  atEnd,
  textFieldReducer,
  type TextFieldAction,
  type TextFieldState,
} from '../../../src/ui/text-field/use-text-field-state.js';

const run = (state: TextFieldState, ...actions: TextFieldAction[]) => actions.reduce(textFieldReducer, state);
const left: TextFieldAction = { type: 'move', to: 'left' };

/** Whole graphemes that never join their neighbours: letters, accents, CJK, emoji with modifiers, flags. */
const grapheme = fc.constantFrom('a', 'Z', '7', ' ', '.', 'é', 'e\u0301', 'ñ', '中', '한', '😀', '👍🏽', '👩‍💻', '🇦🇷');
const text = fc.array(grapheme, { maxLength: 12 }).map((parts) => parts.join(''));
const action: fc.Arbitrary<TextFieldAction> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 6 }).map((inserted) => ({ type: 'insert' as const, text: inserted })),
  fc.constantFrom<TextFieldAction>(
    { type: 'delete-before' },
    { type: 'delete-after' },
    { type: 'delete-word-before' },
    { type: 'move', to: 'left' },
    { type: 'move', to: 'right' },
    { type: 'move', to: 'home' },
    { type: 'move', to: 'end' },
  ),
  text.map((value) => ({ type: 'set' as const, value })),
);
/** A field holding `value` with the cursor anywhere in it. */
const field = text.chain((value) => fc.nat(graphemes(value).length).map((cursor) => ({ value, cursor })));

describe('editing a text field', () => {
  it('typing inserts at the cursor, not at the end', () => {
    expect(run(atEnd('10.0.1'), left, left, { type: 'insert', text: '0' })).toEqual({ value: '10.00.1', cursor: 5 });
  });

  it('Backspace deletes the character before the cursor, Delete the one after it', () => {
    expect(run(atEnd('abc'), left, { type: 'delete-before' })).toEqual({ value: 'ac', cursor: 1 });
    expect(run(atEnd('abc'), left, { type: 'delete-after' })).toEqual({ value: 'ab', cursor: 2 });
  });

  it('Home and End jump to the ends, and the cursor stops at them', () => {
    expect(run(atEnd('abc'), { type: 'move', to: 'home' }, left)).toEqual({ value: 'abc', cursor: 0 });
    const right: TextFieldAction = { type: 'move', to: 'right' };
    expect(run(atEnd('abc'), { type: 'move', to: 'home' }, { type: 'move', to: 'end' }, right).cursor).toBe(3);
  });

  it('Ctrl+W deletes the word before the cursor and the spaces after it', () => {
    expect(run(atEnd('hola mundo  '), { type: 'delete-word-before' })).toEqual({ value: 'hola ', cursor: 5 });
  });

  it('an emoji with a skin tone, a flag and an accented letter are one step each', () => {
    const state = atEnd('a👍🏽🇦🇷e\u0301');
    expect(state.cursor).toBe(4);
    expect(run(state, left, left, { type: 'delete-before' })).toEqual({ value: 'a🇦🇷e\u0301', cursor: 1 });
    expect(run(state, { type: 'delete-before' }).value).toBe('a👍🏽🇦🇷');
  });

  it('a combining accent typed after a letter joins it', () => {
    expect(run(atEnd('cafe'), { type: 'insert', text: '\u0301' })).toEqual({ value: 'cafe\u0301', cursor: 4 });
  });

  it('text set from outside puts the cursor at its end', () => {
    expect(run(atEnd('1.2.3.4'), left, { type: 'set', value: '10.0.0.1' })).toEqual({ value: '10.0.0.1', cursor: 8 });
  });

  it('property: the cursor always stays within the text', () => {
    fc.assert(
      fc.property(field, fc.array(action, { maxLength: 20 }), (start, actions) => {
        let state: TextFieldState = start;
        for (const next of actions) {
          state = textFieldReducer(state, next);
          expect(state.cursor).toBeGreaterThanOrEqual(0);
          expect(state.cursor).toBeLessThanOrEqual(graphemes(state.value).length);
        }
      }),
    );
  });

  it('property: inserting a character and deleting the one before the cursor restores the text', () => {
    fc.assert(
      fc.property(field, grapheme, (start, typed) => {
        const parts = graphemes(start.value);
        // Inserting may only split where a grapheme boundary already was.
        const joined = parts.slice(0, start.cursor).join('') + typed + parts.slice(start.cursor).join('');
        fc.pre(graphemes(joined).length === parts.length + 1);
        const typedState = run(start, { type: 'insert', text: typed });
        expect(typedState.cursor).toBe(start.cursor + 1);
        expect(run(typedState, { type: 'delete-before' })).toEqual(start);
      }),
    );
  });

  it('property: pasted control characters and escape sequences never reach the text', () => {
    fc.assert(
      fc.property(field, fc.string({ unit: 'binary', maxLength: 30 }), (start, pasted) => {
        const edits = typedEdits(pasted).filter((edit) => edit.type !== 'submit') as TextFieldAction[];
        const { value } = run(start, ...edits);
        expect(value).not.toMatch(/\p{Cc}/u);
      }),
    );
  });
});
