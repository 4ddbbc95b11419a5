import { Box } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/core/display-width.js';
import { footerRows } from '../../src/ui/footer-rows.js';
import familiesEn from '../../src/tools/families/words.en.js';
import familiesEs from '../../src/tools/families/words.es.js';
import threadsEn from '../../src/tools/threads/words.en.js';
import threadsEs from '../../src/tools/threads/words.es.js';
import Footer from '../../src/ui/components/Footer.js';
import Paragraph from '../../src/ui/components/Paragraph.js';
import WrappedText from '../../src/ui/components/WrappedText.js';
import type { Binding } from '../../src/ui/keymap.js';

afterEach(cleanup);

const rowsAt = (node: React.ReactElement, width: number) => {
  const { lastFrame, unmount } = render(<Box width={width}>{node}</Box>);
  const rows = (lastFrame() ?? '').split('\n');
  unmount();
  return rows;
};

describe('wrapped text on screen', () => {
  it('a word that exactly fills the width leaves no space at the start of the next row', () => {
    expect(rowsAt(<WrappedText width={5}>hello world foo</WrappedText>, 5)).toEqual(['hello', 'world', 'foo']);
  });

  it('the threads and families notes never start a row with a space, at any width from 40 to 100', () => {
    const texts = [threadsEn, threadsEs].flatMap((threads) => [threads.lesson, threads.why]);
    texts.push(familiesEn.lesson, familiesEs.lesson);
    for (let width = 40; width <= 100; width++) {
      for (const text of texts) {
        const rows = rowsAt(<Paragraph width={width}>{text}</Paragraph>, width).slice(1);
        expect(rows.filter((row) => row.startsWith(' '))).toEqual([]);
        expect(rows.filter((row) => displayWidth(row) > width)).toEqual([]);
      }
    }
  });

  it('styled parts keep their columns: padded labels stay aligned, wide characters take two', () => {
    const parts = [
      { text: 'got    ', style: { bold: true } },
      { text: '你好 世界', style: { color: 'red' } },
    ];
    expect(rowsAt(<WrappedText width={11}>{parts}</WrappedText>, 11)).toEqual(['got    你好', '世界']);
  });
});

describe('footer', () => {
  const binding = (keys: string[], label: string): Binding => ({ keys, label, run: () => {} });
  const keys = [
    binding(['up'], 'move'),
    binding(['enter'], 'open'),
    binding(['tab'], 'language'),
    binding(['q'], 'quit'),
  ];

  it('takes as many rows as the shell reserves for it, at every width', () => {
    for (let width = 6; width <= 50; width++) {
      const rows = rowsAt(<Footer bindings={keys} width={width} />, width);
      expect(rows).toHaveLength(footerRows(keys, width));
    }
  });
});
