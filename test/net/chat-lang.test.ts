import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseChatLine } from '../../src/core/chat-protocol.js';
import en from '../../src/i18n/en/chat.js';
import { connectChat, type ChatConnection } from '../../src/net/chat-client.js';
import { ChatServer } from '../../src/net/chat-server.js';
import { chatWires } from '../../src/tools/chat/chat-wires.js';
import { speakMyLanguage, welcomeLanguage } from '../../src/tools/chat/speak-language.js';
import { lineClient, type LineClient } from '../helpers/line-client.js';

let server: ChatServer | undefined;
const closers: (() => void)[] = [];

afterEach(async () => {
  for (const close of closers.splice(0)) close();
  await server?.stop(50);
  server = undefined;
});

async function start(): Promise<number> {
  server = new ChatServer({
    host: '127.0.0.1',
    port: 0,
    maxClients: 100,
    maxPerAddress: 100,
    wire: en.wire,
    wires: chatWires,
  });
  return (await server.listen()).port;
}

async function join(port: number): Promise<LineClient> {
  const client = await lineClient(port);
  closers.push(() => client.socket.destroy());
  await client.waitForLine('Welcome');
  return client;
}

describe('the chat speaks each client its own language', () => {
  it('reads /lang as a command', () => {
    expect(parseChatLine('/lang es')).toEqual({ kind: 'lang', lang: 'es' });
    expect(parseChatLine('/LANG en')).toEqual({ kind: 'lang', lang: 'en' });
  });

  it('/lang es: the welcome again in Spanish, then /help, joins and nick changes in Spanish; others keep English', async () => {
    const port = await start();
    const ana = await join(port);
    ana.send('/lang es');
    await ana.waitForLine(/^\* Bienvenid/);
    ana.send('/help');
    await ana.waitForLine('* /lang es|en  el servidor te habla en castellano o en inglés');
    const bob = await join(port);
    await ana.waitForLine(/^\* guest2 entró desde \('127\.0\.0\.1', \d+\)$/);
    bob.send('/nick bob');
    await bob.waitForLine('* guest2 is now bob');
    await ana.waitForLine(/^\* guest2 ahora (es|se llama) bob$/);
    // A client's own words pass as they are, whatever the language.
    bob.send('hola a todos');
    await ana.waitForLine('[bob] hola a todos');
  });

  it('an unknown language is answered with the ones it speaks', async () => {
    const port = await start();
    const ana = await join(port);
    ana.send('/lang fr');
    await ana.waitForLine('* "fr" is not a language this server speaks; try /lang en or /lang es.');
  });
});

describe('netlearn connect asks for its own language', () => {
  it('knows a netlearn welcome in each language, and nothing else', () => {
    const welcome = (lang: 'en' | 'es') =>
      chatWires[lang].welcome({ tuple: "('127.0.0.1', 1)", nick: 'guest1', count: 1 });
    expect(welcomeLanguage(welcome('en'))).toBe('en');
    expect(welcomeLanguage(welcome('es'))).toBe('es');
    expect(welcomeLanguage('Welcome to my chat!')).toBeUndefined();
  });

  it('from a Spanish client, an English server greets in Spanish, and the English welcome never shows', async () => {
    const port = await start();
    const connection = await connectChat('127.0.0.1', port);
    closers.push(() => connection.destroy());
    speakMyLanguage(connection, 'es');
    const lines = collect(connection);
    await vi.waitFor(() => expect(lines.some((line) => line.startsWith('* Bienvenid'))).toBe(true), { timeout: 3000 });
    expect(lines.some((line) => line.includes('Welcome'))).toBe(false);
  });

  it("to any other server (a learner's), it sends nothing and hides nothing", async () => {
    const received: string[] = [];
    const other: Server = createServer((socket) => {
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => received.push(chunk));
      socket.write('hola, soy el server de Ana\n');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    closers.push(() => other.close());
    const connection = await connectChat('127.0.0.1', (other.address() as { port: number }).port);
    closers.push(() => connection.destroy());
    speakMyLanguage(connection, 'en');
    const lines = collect(connection);
    await vi.waitFor(() => expect(lines).toContain('hola, soy el server de Ana'), { timeout: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received).toEqual([]);
  });
});

function collect(connection: ChatConnection): string[] {
  const lines: string[] = [];
  connection.on('line', (line) => lines.push(line));
  return lines;
}
