import { describe, expect, it } from 'vitest';
import { colorEnabled } from '../../src/core/color-policy.js';

const tty = { isTTY: true, noColorFlag: false };

describe('colorEnabled', () => {
  it('colours a terminal by default', () => {
    expect(colorEnabled({ ...tty, env: { TERM: 'xterm-256color' } })).toBe(true);
  });

  it('never colours a pipe', () => {
    expect(colorEnabled({ ...tty, isTTY: false, env: {} })).toBe(false);
  });

  it('honours NO_COLOR when set and non-empty', () => {
    expect(colorEnabled({ ...tty, env: { NO_COLOR: '1' } })).toBe(false);
    expect(colorEnabled({ ...tty, env: { NO_COLOR: '' } })).toBe(true);
  });

  it('honours TERM=dumb and --no-color', () => {
    expect(colorEnabled({ ...tty, env: { TERM: 'dumb' } })).toBe(false);
    expect(colorEnabled({ ...tty, noColorFlag: true, env: {} })).toBe(false);
  });
});
