import { connectTarget, joinHostPort } from '../../core/address-tuple.js';
import { defaultChat } from '../../core/default-chat.js';
import type { ServeWords } from './serve-words.en.js';

/** The default chat, as the hint and help name it. */
const { host: chatHost, port: chatPort } = defaultChat;
const chatAddress = joinHostPort(chatHost, chatPort);

/** `1 byte`, `2 bytes`: the number with the word that agrees with it. */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `netlearn serve` y su pantalla: el registro del servidor, la pantalla alrededor, su ayuda. */
const words: ServeWords = {
  title: 'Servidor de chat',
  hint: `Un chat de líneas en ${chatAddress} al que se suman nc y tu Python`,
  help: {
    summary: 'Un servidor de chat por líneas para otras terminales, nc y tu propio código',
    options: {
      host: `Dirección donde escuchar (por defecto ${chatHost}; 0.0.0.0 para la red del aula)`,
      port: `Puerto donde escuchar (por defecto ${chatPort})`,
      'max-clients': 'Rechaza a los que lleguen después de esta cantidad (por defecto 1000)',
      'max-per-address':
        'Conexiones que puede tener una misma dirección (por defecto 4); no se aplica en loopback, donde cada cliente sos vos',
      'ipv6-prefix':
        'Los clientes IPv6 cuentan como una dirección por red de este prefijo (por defecto 64: una máquina)',
      'idle-timeout': 'Segundos que una línea empezada puede quedar sin terminar (por defecto 30)',
    },
    examples: ['netlearn serve', `netlearn serve --host 0.0.0.0 --port ${chatPort}`],
  },
  log: {
    listening: (p) => {
      const { host, port } = connectTarget(p.where);
      return `Escuchando en ${p.where} (${p.family}). Probá: netlearn connect ${host} --port ${port}, o nc ${host} ${port}`;
    },
    reachable: 'Los estudiantes se pueden conectar a:',
    networkWarning: (p) =>
      `Atención: escuchando en ${p.host}, así que otras máquinas de la red pueden llegar a este chat. Cortalo con Ctrl+C al terminar la clase.`,
    accepted: (p) => `Aceptado ${p.tuple} como ${p.nick}`,
    refused: (p) => `Rechazado ${p.tuple}: ya hay ${count(p.max, 'cliente', 'clientes')} (--max-clients)`,
    refusedPerAddress: (p) =>
      `Rechazado ${p.tuple}: su dirección ya tiene ${count(p.perAddress, 'conexión', 'conexiones')} (--max-per-address)`,
    message: (p) => `[${p.nick}] ${p.text}  (${count(p.bytes, 'byte', 'bytes')})`,
    renamed: (p) => `${p.from} ahora es ${p.to}`,
    truncated: (p) => `${p.nick} mandó una línea de más de ${p.limit} bytes; se cortó y se le avisó`,
    closed: (p) =>
      `Cerrado ${p.nick} ${p.tuple}: ` +
      {
        quit: 'escribió /quit',
        left: 'el cliente cerró',
        reset: 'el cliente reinició la conexión',
        slow: 'desconectado, leía demasiado lento y se llenó su buffer',
        idle: 'desconectado, dejó una línea sin terminar demasiado tiempo',
        server: 'lo cerró el servidor',
        error: 'error de conexión',
      }[p.reason],
    stopping: (p) => `Apagando: avisando a ${count(p.count, 'cliente', 'clientes')} que el servidor se va`,
    dropped: (p) =>
      `${count(p.count, 'línea', 'líneas')} del registro descartadas: stdout no daba abasto (el chat siguió)`,
    stdoutClosed:
      'netlearn: quien leía el registro se fue, así que el registro termina acá; el chat sigue. Paralo con Ctrl+C.',
    stopped: 'Apagado; el puerto quedó libre',
  },
  screen: {
    starting: (p: { host: string; port: number }) => `Iniciando un servidor de chat en ${p.host}:${p.port}…`,
    connectWith: (p) => `Conectate con: netlearn connect ${p.host} --port ${p.port}  ·  nc ${p.host} ${p.port}`,
    clients: (p) => `Conectados: ${p.count}`,
    none: 'Todavía nadie. Abrí otra terminal y conectate.',
    log: 'Eventos',
    stopHint: 'q, Esc o Ctrl+C apagan el servidor y les avisan a los clientes.',
    host: 'Host',
    port: 'Puerto',
    afterFailure:
      'Cerrá lo que ocupa ese puerto y apretá r, o apretá e para elegir otro puerto (0 deja que elija el sistema).',
    addressIntro:
      'Dónde escucha el servidor de chat. 127.0.0.1 solo responde a esta máquina; 0.0.0.0 deja entrar al aula. El puerto 0 deja que elija el sistema. Enter lo arranca.',
  },
  keys: { scroll: 'desplazar', retry: 'probar de nuevo', edit: 'cambiar dirección', start: 'arrancar', field: 'campo' },
};

export default words;
