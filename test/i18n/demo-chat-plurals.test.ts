import { describe, expect, it } from 'vitest';
import enChat from '../../src/i18n/en/chat.js';
import enDemo from '../../src/tools/demo/words.en.js';
import esChat from '../../src/i18n/es/chat.js';
import esDemo from '../../src/tools/demo/words.es.js';
import enServe from '../../src/tools/chat/serve-words.en.js';
import esServe from '../../src/tools/chat/serve-words.es.js';

describe('one is singular, in both languages', () => {
  it('Spanish chat', () => {
    expect(esChat.wire.welcome({ tuple: "('127.0.0.1', 5)", nick: 'ana', count: 1 })).toContain(
      'Hay 1 persona conectada.',
    );
    expect(esChat.wire.welcome({ tuple: "('127.0.0.1', 5)", nick: 'ana', count: 2 })).toContain('Hay 2 conectados.');
    expect(esChat.wire.usersHeading({ count: 1 })).toBe('* 1 conectado:');
    expect(esChat.wire.usersHeading({ count: 3 })).toBe('* 3 conectados:');
    expect(esServe.log.stopping({ count: 1 })).toBe('Apagando: avisando a 1 cliente que el servidor se va');
    expect(esServe.log.message({ nick: 'ana', text: 'a', bytes: 1 })).toBe('[ana] a  (1 byte)');
  });

  it('Spanish demo', () => {
    expect(esDemo.screen.clients({ open: 1, total: 1 })).toBe('Clientes: 1 abierto, 1 en total');
    expect(esDemo.screen.listeningSockets({ listening: 1, count: 1 })).toBe('sockets: 1 escuchando + 1 conectado');
    expect(esDemo.screen.explain.sockets({ count: 0 })).toBe(
      'El servidor tiene 1 socket: 1 escuchando + 0, uno por cliente.',
    );
  });

  it('English', () => {
    expect(enServe.log.stopping({ count: 0 })).toBe('Stopping: telling 0 clients the server is leaving');
    expect(enServe.log.stopping({ count: 1 })).toBe('Stopping: telling 1 client the server is leaving');
    expect(enChat.wire.full({ max: 1 })).toContain('(1 person)');
    expect(enDemo.screen.bytes({ bytes: 1 })).toBe('1 byte');
    expect(enDemo.screen.explain.message({ client: 1, bytes: 1, chars: 1 })).toMatch(
      /^Client 1 sent 1 character as 1 byte of UTF-8/,
    );
  });
});
