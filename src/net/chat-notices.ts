/** Join and leave notices one address may send the room in a second before the rest are folded. */
const shownPerSecond = 5;
const windowMs = 1000;

interface NoticeWindow {
  started: number;
  shown: number;
  joins: number;
  leaves: number;
  timer?: NodeJS.Timeout;
}

/**
 * Keeps a client that connects and closes in a loop from flooding the room with notices: per
 * address, the first five joins or leaves of a second go out as they are, and the rest of that
 * second are counted and told once at its end ("3 joins and 3 leaves from ... in the last second").
 */
export class NoticeFolder {
  private readonly windows = new Map<string, NoticeWindow>();

  constructor(private readonly tell: (address: string, counts: { joins: number; leaves: number }) => void) {}

  /** Whether this notice may go out now; when not, it is counted into the next folded line. */
  admit(address: string, kind: 'join' | 'leave', now = Date.now()): boolean {
    let window = this.windows.get(address);
    if (!window || (now - window.started >= windowMs && !window.timer)) {
      window = { started: now, shown: 0, joins: 0, leaves: 0 };
      this.windows.set(address, window);
    }
    if (window.shown < shownPerSecond) {
      window.shown++;
      return true;
    }
    if (kind === 'join') window.joins++;
    else window.leaves++;
    window.timer ??= setTimeout(
      () => {
        this.windows.delete(address);
        this.tell(address, { joins: window.joins, leaves: window.leaves });
      },
      Math.max(0, window.started + windowMs - now),
    ).unref();
    return false;
  }

  /** Forgets every count without telling (the server is stopping). */
  clear(): void {
    for (const window of this.windows.values()) clearTimeout(window.timer);
    this.windows.clear();
  }
}
