import { describe, expect, it } from 'vitest';
import { typedText } from '../../src/ui/components/typed-text.js';

describe('typedText', () => {
  it('leaves ordinary typing alone', () => {
    expect(typedText('192.168.1.10/24')).toBe('192.168.1.10/24');
  });
  it('a burst of DEL bytes deletes the characters before them', () => {
    expect(typedText('192.168.1.10\u007F\u007F\u007F5')).toBe('192.168.15');
    expect(typedText('ab\u007F\u007F\u007F\u007F')).toBe('');
  });
  it('drops escape sequences and other control characters', () => {
    expect(typedText('10.0\u001B[D.0.1\u0007')).toBe('10.0.0.1');
  });
});
