import { nickKeys, nickProblem, parseChatLine } from '../core/chat-protocol.js';
import { foldSpaces, sanitizeText } from '../core/sanitize.js';
import type { ChatEvent } from './chat-event.js';
import type { ChatWire, Member } from './chat-member.js';

/** What a line command may do to the room; the server hands itself over in this shape. */
export interface ChatRoom {
  members: ReadonlySet<Member>;
  lineCap: () => number;
  wires: () => Readonly<Record<string, ChatWire>> | undefined;
  emit: (event: ChatEvent) => void;
  /** A reply to one client, built only if it is still reading (see ChatServer.reply). */
  reply: (member: Member, build: () => readonly string[]) => void;
  send: (member: Member, text: string) => void;
  broadcast: (from: Member, words: string | ((wire: ChatWire) => string)) => void;
  quit: (member: Member) => void;
}

/** One complete line from a client: a message for the others, or a command for the server. */
export function handleLine(room: ChatRoom, member: Member, raw: string, bytes: number, truncated: boolean): void {
  const input = parseChatLine(raw);
  const wire = member.wire;
  switch (input.kind) {
    case 'empty':
      return;
    case 'say': {
      const text = foldSpaces(sanitizeText(input.text));
      room.emit({ event: 'message', nick: member.nick, text, bytes });
      room.broadcast(member, `[${member.nick}] ${text}`);
      if (truncated) {
        room.emit({ event: 'truncated', nick: member.nick, limit: room.lineCap() });
        room.reply(member, () => [wire.truncated({ limit: room.lineCap() })]);
      }
      return;
    }
    case 'users':
      room.reply(member, () => {
        const rows = [wire.usersHeading({ count: room.members.size })];
        for (const other of room.members)
          rows.push(wire.userRow({ nick: other.nick, tuple: other.tuple, you: other === member }));
        return rows;
      });
      return;
    case 'nick': {
      // Judged as sent (an invisible character is a reason to refuse), quoted back made visible.
      const raw = input.name.normalize('NFC');
      const name = sanitizeText(raw);
      let like: string | undefined;
      const problem = nickProblem(raw, (key) => {
        like = [...room.members].find((m) => m !== member && nickKeys(m.nick).includes(key))?.nick;
        return like;
      });
      if (problem) {
        room.reply(member, () => [wire.nickRefused({ name, problem, like })]);
        return;
      }
      const from = member.nick;
      member.nick = name;
      room.emit({ event: 'nick', from, to: name });
      room.send(member, wire.renamed({ from, to: name }));
      room.broadcast(member, (theirs) => theirs.renamed({ from, to: name }));
      return;
    }
    case 'lang': {
      // The server's own lines for this client from now on; the welcome again says it worked.
      const chosen = room.wires()?.[input.lang.toLowerCase()];
      if (!chosen) {
        room.reply(member, () => [
          wire.langUnknown({ lang: sanitizeText(input.lang), known: Object.keys(room.wires() ?? {}) }),
        ]);
        return;
      }
      member.wire = chosen;
      room.reply(member, () => [chosen.welcome({ tuple: member.tuple, nick: member.nick, count: room.members.size })]);
      return;
    }
    case 'help':
      room.reply(member, () => wire.help);
      return;
    case 'quit':
      room.quit(member);
      return;
    case 'unknown':
      room.reply(member, () => [wire.unknownCommand({ command: sanitizeText(input.command) })]);
      return;
  }
}
