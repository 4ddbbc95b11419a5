import { expect, test } from 'vitest';
import { minutesSeconds } from '../../src/core/minutes-seconds.js';

test('a timer reads minutes and two-digit seconds; a part second left counts as one; never below 0:00', () => {
  expect([125, 1200, 59.2, 0, -3].map(minutesSeconds)).toEqual(['2:05', '20:00', '1:00', '0:00', '0:00']);
});
