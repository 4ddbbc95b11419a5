import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { expect, test } from 'vitest';
import { openProgressStore } from '../../src/progress/progress-store.js';
import { ProgressProvider } from '../../src/ui/progress-context.js';

/** The lessons whose marks the store keeps. */
const lessonIds = ['server', 'ipv4', 'socket'];

test('leaving the app saves the reading position that was still waiting for its write', () => {
  const home = mkdtempSync(join(tmpdir(), 'netlearn-provider-'));
  const store = openProgressStore({ XDG_CONFIG_HOME: home }, { lessonIds });
  const rendered = render(
    <ProgressProvider store={store}>
      <Text>reading</Text>
    </ProgressProvider>,
  );
  const scrollTo = (scroll: number) =>
    store.update((p) => ({ ...p, lessons: { ...p.lessons, current: 'ipv4', scroll } }));
  const saved = () => JSON.parse(readFileSync(join(home, 'netlearn', 'progress.json'), 'utf8')).lessons.scroll;
  scrollTo(1);
  scrollTo(2);
  scrollTo(3);
  expect(saved()).toBe(1);
  rendered.unmount();
  expect(saved()).toBe(3);
});
