import { describe, expect, it } from 'vitest';
import { typedEdits } from '../../../src/ui/text-field/typed-input.js';
import { atEnd, textFieldReducer, type TextFieldState } from '../../../src/ui/text-field/use-text-field-state.js';

/** A burst typed into an empty field: the lines its Enters sent, and what stays in the field. */
function typeBurst(raw: string): { lines: string[]; rest: string } {
  const lines: string[] = [];
  let state: TextFieldState = atEnd('');
  for (const edit of typedEdits(raw)) {
    if (edit.type === 'submit') {
      lines.push(state.value);
      state = atEnd('');
    } else state = textFieldReducer(state, edit);
  }
  return { lines, rest: state.value };
}

describe('a burst of typed keys', () => {
  it('plain text arrives unchanged', () => {
    expect(typeBurst('192.168.1.10/24')).toEqual({ lines: [], rest: '192.168.1.10/24' });
  });

  it('each DEL removes the character before it, and never more than there is', () => {
    expect(typeBurst('192.168.1.10\u007F\u007F\u007F5')).toEqual({ lines: [], rest: '192.168.15' });
    expect(typeBurst('ab\u007F\u007F\u007F\u007F')).toEqual({ lines: [], rest: '' });
    expect(typeBurst('ñandú😀\b')).toEqual({ lines: [], rest: 'ñandú' });
  });

  it('escape sequences and other control characters are dropped', () => {
    expect(typeBurst('10.0\u001B[D.0.1\u0007')).toEqual({ lines: [], rest: '10.0.0.1' });
    expect(typeBurst('\u001B[31mred\u001B[0m\ttab')).toEqual({ lines: [], rest: 'redtab' });
    expect(typeBurst('a\u0007b\u007Fc')).toEqual({ lines: [], rest: 'ac' });
  });

  it('each Enter (CR, LF or CRLF) ends a line, in order; what follows stays in the field', () => {
    expect(typeBurst('uno\rdos\r')).toEqual({ lines: ['uno', 'dos'], rest: '' });
    expect(typeBurst('hi\rs')).toEqual({ lines: ['hi'], rest: 's' });
    expect(typeBurst('a\r\nb\nc')).toEqual({ lines: ['a', 'b'], rest: 'c' });
  });
});
