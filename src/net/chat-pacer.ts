import type { Member } from './chat-member.js';
import type { ReceivedLine } from '../core/line-splitter.js';

/** What the pacer asks of the server. */
export interface PacerCallbacks {
  /** The client is still on the roster. */
  present: (member: Member) => boolean;
  receive: (member: Member, line: ReceivedLine) => void;
  /** The client closed its side and all its lines were handled: close ours. */
  finish: (member: Member) => void;
  /** The client left a line unfinished past the idle time. */
  idle: (member: Member) => void;
}

/**
 * Paces each client's input: lines cut from its raw bytes one at a time within its allowance (a
 * token bucket of `linesPerSecond`, twice that in a burst), reading paused over a byte budget, and
 * a line left unfinished watched by the idle timer.
 */
export class ChatPacer {
  readonly lineBurst: number;

  constructor(
    private readonly options: { linesPerSecond: number; inputBudget: number; idleMs: number },
    private readonly to: PacerCallbacks,
  ) {
    this.lineBurst = 2 * options.linesPerSecond;
  }

  /**
   * Handles a client's lines within its allowance, cutting them from its raw input one at a time.
   * Past the allowance the lines wait as bytes; past the byte budget the socket stops being read
   * until they drain: TCP slows the sender down, nothing is lost, and the others' lines go first.
   */
  drain(member: Member): void {
    clearTimeout(member.drainTimer);
    member.drainTimer = undefined;
    const now = Date.now();
    member.allowance = Math.min(
      this.lineBurst,
      member.allowance + ((now - member.refilledAt) / 1000) * this.options.linesPerSecond,
    );
    member.refilledAt = now;
    let handled = 0;
    while (member.allowance >= 1 && this.to.present(member)) {
      const line = member.inbox.next();
      if (!line) break;
      member.allowance--;
      handled++;
      this.to.receive(member, line);
    }
    const { socket } = member;
    if (!this.to.present(member) || socket.destroyed) return;
    this.watchUnfinished(member, handled > 0);
    if (member.inbox.empty) {
      if (member.ended) this.finish(member);
      else if (socket.isPaused()) socket.resume();
      return;
    }
    if (member.inbox.cost > this.options.inputBudget) socket.pause();
    else if (socket.isPaused() && !member.ended) socket.resume();
    member.drainTimer = setTimeout(
      () => this.drain(member),
      Math.max(10, ((1 - member.allowance) / this.options.linesPerSecond) * 1000),
    );
  }

  /** The client closed its side and every line it sent has been handled: the last one, then close ours. */
  private finish(member: Member): void {
    for (const line of member.inbox.end()) this.to.receive(member, line);
    this.to.finish(member);
  }

  /**
   * A client that starts a line and never ends it (a slowloris sending a byte a second) holds its
   * seat for nothing: past the idle time it is told why and dropped. Each finished line restarts
   * the clock; a client that sends nothing at all (reading only) is never timed out.
   */
  private watchUnfinished(member: Member, progressed: boolean): void {
    if (progressed || !member.inbox.unfinished) {
      clearTimeout(member.idleTimer);
      member.idleTimer = undefined;
    }
    if (!member.inbox.unfinished || member.idleTimer) return;
    member.idleTimer = setTimeout(() => {
      if (this.to.present(member)) this.to.idle(member);
    }, this.options.idleMs);
  }
}
