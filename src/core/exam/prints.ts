import { fnv1a } from '../quiz/random.js';

/** FNV-1a, then murmur3's finaliser: every output bit depends on every input bit, so low bits are fair. */
export function mixedHash(text: string): number {
  let h = fnv1a(text) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Bits of the exam id and of the student id the code carries, so a code is graded only where it belongs. */
const idPrintBits = 15;

export const examPrint = (examId: string) => mixedHash(`exam\u0000${examId}`) % 2 ** idPrintBits;
export const studentPrint = (studentId: string) => mixedHash(`student\u0000${studentId}`) % 2 ** idPrintBits;

/** The seed of one student's variant: the teacher recomputes it from the same two ids. */
export const variantSeed = (examId: string, studentId: string) => fnv1a(`${examId}\u0000${studentId}`);
