/**
 * A Leitner schedule, one card per item key (`mask:prefix-to-mask`). Box 1 comes back every
 * session, box 2 every 2nd, box 3 every 4th, box 4 every 8th, box 5 every 16th. A right answer moves
 * the card up one box; a wrong one sends it back to box 1. Pure: every function returns new state.
 */

const boxCount = 5;

export interface LeitnerCard {
  /** 1 to 5. */
  box: number;
  /** The session from which the card is due again. */
  due: number;
}

export interface LeitnerState {
  /** Sessions started so far; the clock the schedule runs on. */
  session: number;
  cards: Record<string, LeitnerCard>;
}

export function emptyLeitner(): LeitnerState {
  return { session: 0, cards: {} };
}

/** Sessions until a card in this box is due again. */
function boxInterval(box: number): number {
  return 2 ** (box - 1);
}

/** A new practice session begins: the clock moves on. */
export function startSession(state: LeitnerState): LeitnerState {
  return { ...state, session: state.session + 1 };
}

/** The card of an item; one never seen sits in box 1, due now. */
export function cardOf(state: LeitnerState, key: string): LeitnerCard {
  return state.cards[key] ?? { box: 1, due: state.session };
}

/** Records an answer: up one box when right, back to box 1 when wrong. */
export function review(state: LeitnerState, key: string, correct: boolean): LeitnerState {
  const box = correct ? Math.min(boxCount, cardOf(state, key).box + 1) : 1;
  return { ...state, cards: { ...state.cards, [key]: { box, due: state.session + boxInterval(box) } } };
}

export function isDue(state: LeitnerState, key: string): boolean {
  return cardOf(state, key).due <= state.session;
}

/**
 * The items to ask next, most urgent first: those due, lowest box first; when none is due (a long
 * session), the least learned ones, so practice never runs dry. Ties keep the given order.
 */
export function nextCandidates(state: LeitnerState, keys: readonly string[]): string[] {
  const due = keys.filter((key) => isDue(state, key));
  const pool = due.length > 0 ? due : keys;
  const lowest = Math.min(...pool.map((key) => cardOf(state, key).box));
  return pool.filter((key) => cardOf(state, key).box === lowest);
}

/** Keeps only well-formed cards from saved data, so a hand-edited file cannot break the schedule. */
export function readLeitner(saved: unknown): LeitnerState {
  if (typeof saved !== 'object' || saved === null) return emptyLeitner();
  const { session, cards } = saved as { session?: unknown; cards?: unknown };
  const state = emptyLeitner();
  if (Number.isSafeInteger(session) && (session as number) >= 0) state.session = session as number;
  if (typeof cards === 'object' && cards !== null) {
    for (const [key, card] of Object.entries(cards)) {
      const { box, due } = (card ?? {}) as { box?: unknown; due?: unknown };
      if (Number.isInteger(box) && (box as number) >= 1 && (box as number) <= boxCount && Number.isSafeInteger(due)) {
        state.cards[key] = { box: box as number, due: due as number };
      }
    }
  }
  return state;
}
