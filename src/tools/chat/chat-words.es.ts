import { joinHostPort } from '../../core/address-tuple.js';
import { defaultChat } from '../../core/default-chat.js';
import type { ChatWords } from './chat-words.en.js';

/** The default chat, as the hint and help name it. */
const { host: chatHost, port: chatPort } = defaultChat;
const chatAddress = joinHostPort(chatHost, chatPort);

/** `netlearn connect` y la pantalla del chat: lo que dice el cliente alrededor de la conversación. */
const words: ChatWords = {
  title: 'Cliente de chat',
  hint: `Sumate al chat en ${chatAddress} (primero iniciá el servidor)`,
  help: {
    summary: 'Un cliente de chat para netlearn serve, nc -l o tu propio servidor',
    options: { port: `Puerto al que conectarse (por defecto ${chatPort})` },
    examples: ['netlearn connect', `netlearn connect ${chatHost} --port ${chatPort}`],
  },
  connected: (p) => `* Conectado: vos sos ${p.local}, el servidor es ${p.remote}`,
  prompt: 'Escribí una línea y apretá Enter',
  closed: '* La conexión está cerrada. Esc vuelve atrás.',
  connecting: (p: { host: string; port: number }) => `Conectando con ${p.host}:${p.port}…`,
  host: 'Host',
  port: 'Puerto',
  attempt: (p) => `(Intento ${p.count}.)`,
  afterRefusal: 'Arrancá el servidor y apretá r, o apretá e para escribir dónde escucha.',
  addressIntro:
    'Dónde escucha el servidor de chat. Enter conecta, y la dirección que responde queda recordada como tu servidor (el chequeo también arranca ahí).',
  keys: {
    scroll: 'desplazar',
    retry: 'probar de nuevo',
    edit: 'cambiar dirección',
    connect: 'conectar',
    field: 'campo',
  },
};

export default words;
