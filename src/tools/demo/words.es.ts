import diagram from './diagram-words.es.js';
import type { DemoWords } from './words.en.js';

/** `1 byte`, `2 bytes`: the number with the word that agrees with it. */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const words: DemoWords = {
  title: 'Demo en vivo',
  hint: 'Un servidor de verdad: mirá aparecer la tupla de cada cliente',
  help: {
    summary: 'La demo en vivo: un servidor, clientes y la tupla de dirección de cada conexión',
    options: {
      clients: 'Cuántos clientes conecta la escena guionada (sin terminal)',
      family: 'inet (por defecto), inet6 o unix',
      port: 'Escuchar en este puerto en vez de uno libre',
    },
    examples: ['netlearn demo', 'netlearn demo --clients 3 --json'],
  },
  greeting: (p) => `¡Hola! Soy el cliente ${p.client} — ñandú`,
  log: {
    listening: (p) =>
      `Servidor escuchando en ${p.address}${p.port === null ? '' : ` puerto ${p.port}`} (${p.family})` +
      `${p.movedFrom ? ` (el puerto ${p.movedFrom} lo tomó otro programa, así que el sistema dio uno nuevo)` : ''}`,
    connected: (p) => `Cliente ${p.client} conectado: su socket es ${p.local}, el servidor es ${p.remote}`,
    accepted: (p) =>
      `El servidor aceptó al cliente ${p.client}${p.outside ? ' (de afuera de la demo)' : ''}: conn, addr = s.accept() da addr = ${p.tuple}`,
    message: (p) => `El cliente ${p.client} mandó "${p.text}" (${count(p.bytes, 'byte', 'bytes')}: ${p.hex})`,
    closed: (p) =>
      `Cliente ${p.client} cerrado por ${p.by === 'client' ? 'el cliente' : 'el servidor'}${p.reset ? ' (conexión reiniciada)' : ''}`,
    failed: (p) => `El cliente ${p.client} no se pudo conectar (${p.code})`,
    stopped: 'Servidor detenido; el puerto quedó libre',
  },
  diagram,
  screen: {
    python: 'Lo mismo en Python',
    waiting: 'Esperando clientes. Apretá a para agregar uno.',
    stopped: 'El servidor está detenido. Apretá r para arrancarlo de nuevo.',
    starting: 'Arrancando el servidor…',
    portInUse: (p) => `El puerto ${p.port} en ${p.host} ya está en uso (¿otro netlearn serve, o tu propio servidor?)`,
    server: 'Servidor',
    clients: (p) => `Clientes: ${count(p.open, 'abierto', 'abiertos')}, ${p.total} en total`,
    listeningSockets: (p) => `sockets: ${p.listening} escuchando + ${count(p.count, 'conectado', 'conectados')}`,
    noClients: 'Todavía no hay clientes.',
    log: 'Eventos',
    tryOutside: (p) => `Desde otra terminal: ${p.command}`,
    you: 'cliente',
    accepted: 'aceptado',
    connected: 'conectado',
    outside: 'de afuera',
    closedBy: (p) => `cerrado por ${p.by === 'client' ? 'el cliente' : 'el servidor'}`,
    reset: 'reiniciada',
    bytes: (p) => count(p.bytes, 'byte', 'bytes'),
    sendTo: (p) => `Mensaje del cliente ${p.client}:`,
    selected: (p) => `elegido: cliente ${p.client}`,
    autoplay: 'reproducción automática…',
    addClientFirst: 'No hay cliente que mande: primero agregá uno con a.',
    outsideTypes: (p) => `El cliente ${p.client} es de afuera de la demo (como nc): escribe por su cuenta.`,
    outsideCloses: (p) =>
      `El cliente ${p.client} es de afuera de la demo: solo su propio programa puede cerrar su extremo (Ctrl+C o Ctrl+D en nc). ` +
      'r detiene el servidor, que lo cierra desde su lado.',
    refused: (p) =>
      `Nada escucha en ${p.target} ahora, así que el sistema operativo le respondió al SYN del cliente con un reset: en Python, ` +
      'connect() lanza ConnectionRefusedError: [Errno 111] Connection refused. Apretá r para arrancar el servidor.',
    panelMore: (p) => `↓ ${count(p.count, 'fila más', 'filas más')} (PgDn)`,
    scrolled: (p) =>
      `Desplazado hacia arriba: ${count(p.count, 'evento más nuevo', 'eventos más nuevos')} abajo (PgDn).`,
    explain: {
      title: 'Qué pasó',
      listening: (p) =>
        `El servidor le pidió al sistema un puerto libre (escuchar en el puerto 0) y recibió el ${p.port}. Por ahora tiene un solo socket: el que escucha.`,
      fixedPortHint: (p) =>
        `Cambia cada vez que abrís la demo. Apretá f para escuchar en ${p.port}, siempre el mismo, así tu propio cliente en Python no necesita cambios.`,
      outsideEnd: (p) =>
        `El cliente ${p.client} es otro programa (nc, tu Python): su propio extremo, lo que devuelve getsockname() allá, acá aparece como ?. Esa llamada corre dentro de ese programa; este servidor solo conoce la tupla que le dio accept().`,
      fixedPort: (p) =>
        `El servidor escucha en el puerto ${p.port}, como pediste. Por ahora un solo socket: el que escucha.`,
      accepted: (p) =>
        `El cliente ${p.client} recibió el puerto ${p.port} del rango efímero de esta máquina ${p.range}: el sistema elige uno libre para cada conexión saliente. accept() le dio al servidor un socket nuevo solo para él.`,
      sockets: (p) =>
        `El servidor tiene ${count(p.count + 1, 'socket', 'sockets')}: 1 escuchando + ${p.count}, uno por cliente.`,
      ss: 'Lo mismo en `ss -tn` (filas ESTAB, en los dos sentidos):',
      message: (p) =>
        `El cliente ${p.client} mandó ${count(p.chars, 'carácter', 'caracteres')} como ${count(p.bytes, 'byte', 'bytes')} de UTF-8: los caracteres no ASCII ocupan de 2 a 4 bytes (resaltados).`,
      closed: (p) =>
        `La conexión ${p.client} la cerró ${p.by === 'client' ? 'el cliente' : 'el servidor'}: ese lado mandó FIN, el otro leyó b'' (vacío) y cerró también.`,
      stopped: 'El servidor cerró todas las conexiones y después el socket que escucha; el puerto quedó libre.',
      refused: (p) =>
        `El cliente ${p.client} golpeó la puerta, pero ahora ningún socket escucha en ese puerto: el sistema operativo respondió a su SYN con un reset (RST) y connect() falló con ${p.code}, el ConnectionRefusedError que recibe un cliente en Python. Apretá r para arrancar el servidor.`,
      refusedUnix: (p) =>
        `El cliente ${p.client} no encontró ningún socket escuchando en esa ruta: connect() falló con ${p.code} (en Python, FileNotFoundError si el archivo ya no está, ConnectionRefusedError si está pero nadie escucha). Apretá r para arrancar el servidor.`,
      unix: "Con un socket Unix no hay puertos: la dirección es una ruta de archivo, y el cliente no tiene nombre (Python muestra '').",
    },
    keys: {
      add: 'agregar cliente',
      send: 'mandar',
      select: 'elegir cliente',
      disconnect: 'desconectar',
      disconnectAll: 'todos',
      server: 'parar/arrancar servidor',
      auto: 'automático',
      explain: 'explicación',
      events: 'eventos',
      scroll: 'desplazar',
      fixedPort: (p) => `puerto ${p.port}`,
      anyPort: 'cualquier puerto',
      confirm: 'mandar',
      cancel: 'cancelar',
    },
  },
};

export default words;
