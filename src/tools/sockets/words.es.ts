import { defaultChat } from '../../core/default-chat.js';
import type { SocketsWords } from './words.en.js';

/** The default chat, as the hint and help name it. */
const chatPort = defaultChat.port;

/** `netlearn sockets` y su pantalla: estados TCP y roles en palabras de quien aprende. */
const words: SocketsWords = {
  title: 'Sockets y sus estados',
  hint: 'Los sockets TCP de esta máquina en vivo: quién escucha, quién se conectó, quién cerró primero',
  help: {
    summary: 'Los sockets TCP de esta máquina y sus estados, en palabras de quien aprende',
    details:
      `Sin --port: los puertos que usa netlearn (${chatPort} para serve y connect, y el que netlearn demo o ` +
      'serve esté escuchando ahora). Se leen de /proc/net/tcp y tcp6 en Linux y de netstat en macOS ' +
      'y Windows.',
    options: {
      port: 'Solo los sockets con un extremo en este puerto (repetilo para más)',
      all: 'Todos los sockets TCP de esta máquina',
      watch: 'Seguir mirando y mostrar cada cambio de estado con su hora (Ctrl+C corta)',
      interval:
        'Con --watch: milisegundos entre miradas (10 si no lo das; más si mirar tarda, para no acaparar la CPU)',
    },
    examples: [
      `netlearn sockets --port ${chatPort}`,
      'netlearn sockets --all --json',
      `netlearn sockets --port ${chatPort} --watch`,
    ],
  },
  roles: {
    listener: 'escucha',
    server: 'lado del servidor',
    client: 'lado del cliente',
    unknown: 'lado desconocido',
  },
  states: {
    LISTEN: 'Esperando clientes: se llamó a listen(), y accept() entrega cada uno que se conecta',
    SYN_SENT: 'connect() mandó SYN y espera el SYN-ACK',
    SYN_RECV: 'Llegó un SYN y volvió un SYN-ACK; falta el último ACK del saludo',
    NEW_SYN_RECV: 'A medio abrir: el saludo está en curso y todavía no hay socket para él',
    ESTABLISHED: 'Conectado: los dos lados pueden hacer send() y recv()',
    FIN_WAIT1: 'Este lado llamó a close(), mandó FIN y espera que lo confirmen',
    FIN_WAIT2: 'Este lado cerró; el otro lo confirmó pero todavía no cerró',
    TIME_WAIT: 'Este lado cerró primero; el SO guarda el par unos 60 s para que mueran los paquetes tardíos',
    CLOSE: 'Cerrado, ya sin uso',
    CLOSE_WAIT: 'El otro lado cerró (recv() devolvió b""); este programa todavía no llamó a close()',
    LAST_ACK: 'El otro lado cerró, este también y espera el ACK final',
    CLOSING: 'Los dos lados cerraron a la vez; falta el último ACK',
  },
  labels: {
    role: 'Rol',
    local: 'Este extremo',
    remote: 'El otro extremo',
    state: 'Estado',
    queues: 'Colas',
    owner: 'Proceso',
  },
  scopeDefault: (p) => `puertos de netlearn: ${p.ports.join(', ')}`,
  scopePorts: (p) => `puerto ${p.ports.join(', ')}`,
  scopeAll: 'todos los sockets TCP',
  heading: (p) => `${p.count} socket${p.count === 1 ? '' : 's'} TCP (${p.scope}), leídos de ${p.source}`,
  none: (p) =>
    `No hay sockets TCP (${p.scope}). Abrí uno, por ejemplo con netlearn serve o python3 -m http.server 5050, ` +
    'y volvé a mirar.',
  listenerQueue: (p) =>
    `${p.waiting} conexi${p.waiting === 1 ? 'ón espera' : 'ones esperan'} a accept(): el servidor no acepta ` +
    'lo bastante rápido',
  sendQueue: (p) => `Send-Q: ${p.bytes} bytes sin confirmar; si no para de crecer, el otro lado no está leyendo`,
  recvQueue: (p) => `Recv-Q: llegaron ${p.bytes} bytes que este programa todavía no leyó con recv()`,
  owner: (p) => `${p.process} (pid ${p.pid})`,
  watching: (p) => `Mirando sockets TCP (${p.scope}) cada ${p.interval} ms, más o menos. Ctrl+C corta.`,
  changeLine: (p) => `${p.time}  ${p.role} ${p.local} -> ${p.remote}: ${p.from} -> ${p.to}`,
  screenPrompt: 'Puerto',
  screenPlaceholder: 'vacío: los puertos de netlearn; all: todos',
  screenBadPort: 'Escribí un puerto de 0 a 65535, "all", o nada para los puertos de netlearn.',
  screenChanges: 'Cambios, a medida que pasan',
  screenMore: (p) =>
    `…y ${p.count} ${p.count === 1 ? 'socket más' : 'sockets más'}: ${p.typed ? '' : 'escribí un puerto para ver menos, o '}agrandá la terminal.`,
  noProc:
    'No se puede leer la tabla de sockets TCP de esta máquina (no hay /proc/net/tcp ni un netstat que ' +
    'funcione). Probá ss -tan o netstat -an en una terminal.',
};

export default words;
