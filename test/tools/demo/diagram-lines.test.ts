import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../../src/core/display-width.js';
import diagramEn from '../../../src/tools/demo/diagram-words.en.js';
import diagramEs from '../../../src/tools/demo/diagram-words.es.js';
import { diagramForm, diagramLines, type DiagramClient } from '../../../src/tools/demo/diagram-lines.js';

const diagramWords = { en: diagramEn, es: diagramEs };

const text = (lines: ReturnType<typeof diagramLines>) => lines.map((line) => line.map((span) => span.text).join(''));
const client = (id: number, extra: Partial<DiagramClient> = {}): DiagramClient => ({
  id,
  serverTuple: `('127.0.0.1', ${50000 + id})`,
  clientTuple: `('127.0.0.1', ${50000 + id})`,
  outside: false,
  fresh: false,
  ...extra,
});
const server = { tuple: "('127.0.0.1', 37565)", running: true };

describe('the demo as a connection diagram', () => {
  it('draws the server box with its listening socket and one wire per connection, both ends as tuples', () => {
    const lines = text(
      diagramLines({
        server,
        clients: [client(1), client(2)],
        width: 120,
        rows: 20,
        words: diagramEn,
      }),
    );
    expect(lines[1]).toContain("listening on ('127.0.0.1', 37565)");
    expect(lines[3]).toMatch(/├─ \('127\.0\.0\.1', 50001\) ◄═+► \[ client 1 \] \('127\.0\.0\.1', 50001\)/);
    expect(lines[4]).toMatch(/└─ \('127\.0\.0\.1', 50002\)/);
  });

  it('shows a new wire, bytes in flight, who closed, a reset and an outside client as such', () => {
    const words = diagramEs;
    const lines = text(
      diagramLines({
        server,
        clients: [
          client(1, { fresh: true }),
          client(2, { inFlight: { text: 'hola ñandú', bytes: 13 } }),
          client(3, { closed: { by: 'client', reset: false } }),
          client(4, { closed: { by: 'server', reset: true } }),
          client(5, { outside: true, clientTuple: undefined }),
        ],
        width: 120,
        rows: 20,
        words,
      }),
    ).join('\n');
    expect(lines).toMatch(/cliente 1 \].* nueva/);
    expect(lines).toContain('◄ "hola ñandú" 13 bytes ─');
    expect(lines).toContain('cerró el cliente');
    expect(lines).toContain('reset (RST)');
    expect(lines).toMatch(/\[ cliente 5 · de afuera \] \?/);
  });

  it('at 80 columns puts both ends on a row of their own; at 60 it is a list', () => {
    const words = diagramEn;
    expect(diagramForm(80, 20)).toBe('two-rows');
    expect(diagramForm(80, 6)).toBe('list');
    const two = text(diagramLines({ server, clients: [client(1)], width: 80, rows: 20, words }));
    expect(two.at(-1)).toMatch(/accept\(\) → \('127\.0\.0\.1', 50001\) +getsockname\(\) → \('127\.0\.0\.1', 50001\)/);
    const list = text(diagramLines({ server, clients: [client(1)], width: 60, rows: 20, words }));
    expect(list[0]).toBe("server: listening on ('127.0.0.1', 37565)");
    expect(list[1]).toContain("#1 ('127.0.0.1', 50001) ═");
  });

  it('with more clients than rows, keeps the chosen one in view and says how many are above and below', () => {
    const words = diagramEn;
    const clients = Array.from({ length: 40 }, (_, i) => client(i + 1));
    const lines = text(diagramLines({ server, clients, selected: 20, width: 120, rows: 12, words }));
    expect(lines.length).toBeLessThanOrEqual(12);
    expect(lines.join('\n')).toContain('client 20 ]');
    expect(lines.find((line) => line.includes('above'))).toMatch(/↑ \d+ more clients above/);
    expect(lines.find((line) => line.includes('below'))).toMatch(/↓ \d+ more clients below/);
  });

  it('never draws a row wider than the terminal or taller than its rows, in any form and language', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 60, max: 160 }),
        fc.integer({ min: 6, max: 45 }),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom('en' as const, 'es' as const),
        fc.string({ maxLength: 40 }),
        (width, rows, count, lang, message) => {
          const clients = Array.from({ length: count }, (_, i) =>
            client(i + 1, { inFlight: i % 3 === 0 ? { text: message, bytes: 40 } : undefined, fresh: i % 2 === 0 }),
          );
          const lines = text(
            diagramLines({ server, clients, selected: count, width, rows, words: diagramWords[lang] }),
          );
          // The head, one client (at most three rows) and the two markers is the least it can show.
          expect(lines.length).toBeLessThanOrEqual(Math.max(rows, 4));
          for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        },
      ),
    );
  });
});
