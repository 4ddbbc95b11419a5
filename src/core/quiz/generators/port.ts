import { portRange, portRanges } from '../../ports.js';
import type { Random } from '../random.js';
import type { QuestionOfTopic } from '../question.js';

/** Ports a learner meets: famous services, the edges of each range, and anything at all. */
const memorable = [22, 25, 53, 80, 443, 1023, 1024, 3306, 5050, 5432, 8080, 27017, 49151, 49152, 50007, 65535];

/** A port; the answer is its IANA range (RFC 6335). */
export function portQuestion(random: Random): QuestionOfTopic<'port'> {
  const port =
    random.int(0, 2) === 0
      ? random.pick(memorable)
      : random.pick([random.int(0, 1023), random.int(1024, 49_151), random.int(49_152, 65_535)]);
  const info = portRange(port);
  return {
    topic: 'port',
    kind: 'range',
    data: { port },
    expected: info.range,
    shape: 'range',
    choices: portRanges.map((range) => range.range),
    solution: { type: 'range', port, range: info.range, start: info.start, end: info.end },
  };
}
