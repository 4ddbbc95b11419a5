import { octetBits, ipv4Octets } from '../../ipv4.js';
import type { Random } from '../random.js';
import type { OctetWork } from '../question.js';

/**
 * An address a learner meets in practice: half from the private blocks (10/8, 172.16/12,
 * 192.168/16), half from anywhere unicast (first octet 1-223, never 127).
 */
export function randomAddress(random: Random): number {
  const octet = () => random.int(0, 255);
  let first: number;
  let second = octet();
  switch (random.int(0, 5)) {
    case 0:
      first = 10;
      break;
    case 1:
      first = 172;
      second = random.int(16, 31);
      break;
    case 2:
      first = 192;
      second = 168;
      break;
    default:
      first = random.int(1, 222);
      if (first >= 127) first++;
  }
  return ((first * 256 + second) * 256 + octet()) * 256 + octet();
}

/** The four octets with their bits, for a worked solution. */
export function octetWork(n: number): OctetWork[] {
  return ipv4Octets(n).map((value) => ({ value, bits: octetBits[value]! }));
}
