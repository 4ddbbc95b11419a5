import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/ui/wrap-text.js';

describe('wrapping the practice rows', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapText('which port is the ephemeral one', 12)).toEqual(['which port', 'is the', 'ephemeral', 'one']);
  });

  it('keeps a table row\'s indent and inner spacing', () => {
    expect(wrapText('      128 64', 40)).toEqual(['      128 64']);
    expect(wrapText(' 181:   1  0', 40)).toEqual([' 181:   1  0']);
  });

  it('cuts a word longer than the width', () => {
    expect(wrapText('11000000101010000000000100001010', 16)).toEqual(['1100000010101000', '0000000100001010']);
  });
});
