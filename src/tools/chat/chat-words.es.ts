import type { ChatWords } from './chat-words.en.js';

/** `netlearn connect` y la pantalla del chat: lo que dice el cliente alrededor de la conversación. */
const words: ChatWords = {
  title: 'Cliente de chat',
  hint: 'Sumate al chat en 127.0.0.1:5050 (primero iniciá el servidor)',
  help: {
    summary: 'Un cliente de chat para netlearn serve, nc -l o tu propio servidor',
    options: { port: 'Puerto al que conectarse (por defecto 5050)' },
    examples: ['netlearn connect', 'netlearn connect 127.0.0.1 --port 5050'],
  },
  connected: (p) => `* Conectado: vos sos ${p.local}, el servidor es ${p.remote}`,
  prompt: 'Escribí una línea y apretá Enter',
  closed: '* La conexión está cerrada. Esc vuelve atrás.',
  connecting: (p: { host: string; port: number }) => `Conectando con ${p.host}:${p.port}…`,
  keys: { scroll: 'desplazar' },
};

export default words;
