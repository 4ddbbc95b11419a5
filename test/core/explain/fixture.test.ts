import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recogniseErrors } from '../../../src/core/explain/recognise.js';

/** Each block of the fixture: the kind it must be explained as, where the lines came from, and the lines. */
const blocks = readFileSync(new URL('../../fixtures/explain/errors.txt', import.meta.url), 'utf8')
  .split(/^== /m)
  .slice(1)
  .map((block) => {
    const [header = '', ...lines] = block.trimEnd().split('\n');
    const [kind = '', source = ''] = header.split(/\s{2,}/);
    return { kind, source, text: lines.join('\n') };
  });

describe('netlearn explain on the error lines learners paste', () => {
  it('has at least 40 error lines printed on this machine, and Windows lines in Spanish and English', () => {
    expect(blocks.filter((block) => block.source.includes('run here')).length).toBeGreaterThanOrEqual(40);
    expect(blocks.filter((block) => /Windows, Spanish/.test(block.source)).length).toBeGreaterThan(0);
    expect(blocks.filter((block) => /Windows, English/.test(block.source)).length).toBeGreaterThan(0);
  });

  it.each(blocks.map((block) => [block.kind, block.source, block.text] as const))(
    'explains it as %s (%s)',
    (kind, _source, text) => {
      const findings = recogniseErrors(text);
      expect(findings.map((finding) => finding.kind)).toEqual([kind]);
    },
  );

  it('takes the port only from the text: a traceback that names none gets none', () => {
    for (const block of blocks) {
      const [finding] = recogniseErrors(block.text);
      const ports = [...block.text.matchAll(/\d+/g)].map((match) => Number(match[0]));
      if (finding?.port !== undefined) expect(ports).toContain(finding.port);
    }
  });
});
