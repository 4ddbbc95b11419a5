import type en from './kinds.en.js';
import programKinds from './program-kinds.es.js';
import stateKinds from './state-kinds.es.js';
import { isLoopback, spanish as of, type Explanation } from './where.js';

/** Los problemas de una conexión: bind, connect, resets, nombres, codificaciones. */
const connectionKinds = {
  'address-in-use': {
    title: 'La dirección ya está en uso (Address already in use)',
    wire: (p) =>
      `No salió nada por la red: bind() le pidió al SO ${of(p).at} y el SO se negó, porque otro socket ya tiene ` +
      'esa dirección y ese puerto.',
    causes: [
      () => 'La corrida anterior de tu servidor sigue andando (en otra terminal, o en segundo plano).',
      (p) =>
        `El servidor cerró primero hace un momento y sus conexiones en el puerto ${of(p).port} esperan en ` +
        'TIME_WAIT unos 60 s: sin SO_REUSEADDR, Linux y macOS rechazan el bind hasta que desaparecen.',
      () => 'Otro programa ya usa ese puerto.',
    ],
    fixes: [
      () =>
        'Poné SO_REUSEADDR antes del bind, en cada corrida del servidor (Linux también mira que las conexiones ' +
        'viejas lo tuvieran): s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1). En Windows usá ' +
        'SO_EXCLUSIVEADDRUSE.',
      (p) => `Fijate quién tiene el puerto: ${of(p).sockets()} (una fila LISTEN es un servidor vivo).`,
      () => 'O elegí otro puerto, o hacé bind al puerto 0 y dejá que elija el SO.',
    ],
    show: (p) => `${of(p).sockets()}   y   ${of(p).tryBind()}`,
  },
  'connection-refused': {
    title: 'Conexión rechazada (Connection refused)',
    wire: (p) =>
      `Tu connect() mandó un SYN a ${of(p).at}; la otra máquina contestó enseguida con RST: nadie escucha en ese ` +
      'puerto ahí.',
    causes: [
      () => 'El servidor todavía no arrancó (arrancalo antes que el cliente), o se cayó.',
      (p) =>
        `Escucha en otro puerto u otra dirección que ${of(p).at}: un servidor en 127.0.0.1 no se alcanza desde otra ` +
        'máquina; uno en ::1 no se alcanza en 127.0.0.1.',
      () => 'Un firewall que rechaza (en vez de descartar) la conexión.',
    ],
    fixes: [
      (p) => `Comprobá que algo escucha: ${of(p).sockets()} tiene que mostrar una fila LISTEN.`,
      () => 'Arrancá primero el servidor y usá el mismo host y puerto en los dos programas.',
      () =>
        'Atrapalo y reintentá o avisá: try: s.connect(addr) except ConnectionRefusedError: print("el servidor no está")',
    ],
    show: (p) => `${of(p).sockets()}   y   ${of(p).check()}`,
  },
  'connection-reset': {
    title: 'Conexión reiniciada por el otro lado (Connection reset by peer)',
    wire: () =>
      'El otro lado mandó RST en vez de un FIN educado: la conexión se cortó en el acto y lo que estaba en ' +
      'viaje se perdió.',
    causes: [
      () =>
        'El otro programa cerró su socket (o terminó, matado o no) con datos sin leer en su búfer de recepción: ' +
        'entonces su SO manda RST. Un programa matado sin nada pendiente manda un FIN común, y ahí verías que ' +
        'recv() devuelve b"".',
      () => 'Puso SO_LINGER en 0 antes de close(), y eso siempre manda RST.',
      () => 'Escribiste en una conexión que el otro lado ya había cerrado, y después leíste.',
    ],
    fixes: [
      () =>
        'En un servidor, tomalo como "este cliente se fue": try: data = conn.recv(1024) except ' +
        'ConnectionResetError: sacá al cliente y conn.close(), y seguí con los demás.',
      () => 'Una salida prolija es recv() devolviendo b"": tratá los dos casos igual.',
      () => 'Del lado que cierra, leé lo pendiente (o shutdown(SHUT_WR) primero) antes de close().',
    ],
    show: (p) => of(p).sockets(true),
  },
  'broken-pipe': {
    title: 'Tubería rota (Broken pipe)',
    wire: () =>
      'Llamaste a send() en una conexión que el otro lado ya cerró (o reinició): el SO sabe que no hay nadie ' +
      'para leerlo y rechaza la escritura.',
    causes: [
      () => 'El cliente se fue y el servidor le sigue mandando los mensajes de todos.',
      () => 'El otro lado cerró tras un error propio y tu programa no se enteró (nunca leyó b"").',
    ],
    fixes: [
      () =>
        'Atrapalo donde enviás: try: conn.sendall(data) except (BrokenPipeError, ConnectionResetError): ' +
        'sacá al cliente y conn.close().',
      () => 'Cuando recv() devuelve b"", el otro se fue: cerrá ese socket y no le mandes más.',
    ],
    show: (p) => of(p).sockets(true),
  },
  'timed-out': {
    title: 'Se agotó el tiempo (timed out)',
    wire: (p) =>
      `Salieron paquetes hacia ${of(p).at} y no volvió nada antes del límite: ningún SYN-ACK para un connect(), o ` +
      'ningún dato para un recv() con timeout.',
    causes: [
      (p) =>
        isLoopback(p.host)
          ? 'El servidor de esta máquina escucha pero nunca llama a accept() (o está trabado en otra cosa): con su ' +
            'cola (backlog) llena, el SO descarta los SYN nuevos y connect() espera hasta rendirse.'
          : 'Ninguna máquina contesta en esa dirección (IP equivocada, máquina apagada), o un firewall descarta ' +
            'los paquetes en silencio.',
      () => 'Pusiste s.settimeout(...) y el otro lado simplemente no tenía nada que decir en ese tiempo.',
      () => 'Una red lenta, o un servidor tan ocupado que no acepta.',
    ],
    fixes: [
      (p) =>
        isLoopback(p.host)
          ? `${p.host} es esta misma máquina: mirá el servidor. ¿Llega a accept()? ${of(p).sockets()} muestra su ` +
            'fila LISTEN; un Recv-Q mayor que su Send-Q (el backlog) quiere decir que nadie acepta.'
          : `Revisá la dirección: ¿${of(p).host} es la IP del servidor? Desde la misma LAN, ¿le llega un ping?`,
      () =>
        'Si el recv() tenía timeout a propósito, atrapalo: except TimeoutError: (socket.timeout antes de Python 3.10).',
      () => 'Una conexión rechazada falla al instante; un timeout quiere decir que nadie contestó.',
    ],
    show: (p) => of(p).check(),
  },
  'no-route': {
    title: 'No hay ruta al host (No route to host)',
    wire: (p) =>
      `El SO no encontró cómo entregar paquetes a ${p.host ?? 'ese host'}: conoce la red, pero el host no ` +
      'respondió a nivel de enlace (o un router avisó que es inalcanzable).',
    causes: [
      () => 'La máquina está apagada, o no está en la red que creés (otro Wi-Fi, otra VLAN).',
      () => 'Un firewall en el camino responde "host inalcanzable".',
    ],
    fixes: [
      () => 'Mirá la IP del servidor en el servidor mismo: netlearn host lista sus interfaces.',
      () => 'Probá ping desde el cliente; probá primero con 127.0.0.1 en una sola máquina.',
    ],
    show: () => 'netlearn host',
  },
  'network-unreachable': {
    title: 'La red es inalcanzable (Network is unreachable)',
    wire: (p) => `Tu máquina no tiene ninguna ruta hacia ${p.host ?? 'esa dirección'}: no se mandó nada.`,
    causes: [
      () => 'No hay conexión de red (Wi-Fi apagado, cable desenchufado).',
      () => 'Una dirección IPv6 en una máquina sin conectividad IPv6.',
    ],
    fixes: [
      () => 'Revisá tus interfaces y sus direcciones: netlearn host.',
      () => 'Usá una dirección IPv4 (AF_INET) si la red no tiene IPv6.',
    ],
    show: () => 'netlearn host',
  },
  'cannot-assign': {
    title: 'No se puede asignar la dirección pedida (Cannot assign requested address)',
    wire: (p) =>
      `bind() pidió ${p.host ?? 'una dirección'} y esta máquina no tiene ninguna interfaz con esa dirección, ` +
      'así que el SO no se la puede dar a tu socket.',
    causes: [
      () => 'Hiciste bind del servidor a la IP de otra máquina (el servidor se ata a una dirección propia).',
      () => 'La dirección cambió (el DHCP dio otra), o hay un error de tipeo.',
      () => 'En un cliente: no quedan puertos efímeros libres (miles de conexiones en TIME_WAIT).',
    ],
    fixes: [
      (p) => `Hacé bind a una dirección de esta máquina, o a todas: s.bind(("0.0.0.0", ${of(p).port})).`,
      () => 'Listá las direcciones de esta máquina: netlearn host.',
    ],
    show: () => 'netlearn host',
  },
  'permission-denied': {
    title: 'Permiso denegado (Permission denied)',
    wire: (p) =>
      `No se mandó nada: el SO no dejó que este programa haga bind al puerto ${p.port ?? 'menor que 1024'} (si ` +
      'vino de bind()).',
    causes: [
      () =>
        'En Linux los puertos menores que 1024 necesitan root (net.ipv4.ip_unprivileged_port_start, 1024 por defecto).',
      () => 'En Windows: el sistema reservó el puerto (Hyper-V, WSL) u otro programa lo tiene en exclusiva.',
      () => 'Fuera de los sockets: un archivo o carpeta que tu programa no puede abrir.',
    ],
    fixes: [
      () => 'Usá un puerto de 1024 para arriba para tus servidores, por ejemplo 5050.',
      (p) => `Mirá qué dice esta máquina del puerto: netlearn port ${of(p).port}.`,
    ],
    show: (p) => of(p).tryBind(),
  },
  'name-unknown': {
    title: 'Nombre o servicio desconocido (Name or service not known)',
    wire: (p) =>
      `Antes de cualquier conexión, el resolvedor (archivo hosts y después DNS) no pudo convertir ` +
      `${p.host ? `"${p.host}"` : 'el nombre'} en una dirección IP; no se le mandó nada al servidor.`,
    causes: [
      () => 'Un error de tipeo en el nombre, o un nombre que solo existe en otra red.',
      () => 'No hay DNS: sin red, o el servidor de nombres no responde (EAI_AGAIN: "falla temporal").',
      () => 'Dirección y puerto pegados en un solo texto: ("127.0.0.1:5050", 5050) no es un nombre de host.',
    ],
    fixes: [
      () => 'Probá con una dirección IP: s.connect(("127.0.0.1", 5050)).',
      () => 'Mirá a qué resuelven localhost y tu nombre de host: netlearn host.',
    ],
    show: () => 'netlearn host',
  },
  'connection-aborted': {
    title: 'Conexión abortada (Connection aborted)',
    wire: () =>
      'Tu propia máquina cortó la conexión (WSAECONNABORTED 10053 en Windows): casi siempre porque no pudo ' +
      'entregar datos o el otro lado desapareció.',
    causes: [
      () => 'El otro lado cerró o reinició mientras enviabas; en Windows eso suele verse como 10053.',
      () => 'Un firewall o un antivirus cortó la conexión.',
    ],
    fixes: [
      () =>
        'Tratalo como un reset: except (ConnectionAbortedError, ConnectionResetError): sacá al cliente y ' +
        'conn.close().',
    ],
    show: (p) => of(p).sockets(true),
  },
  'unicode-decode': {
    title: 'UnicodeDecodeError',
    wire: () =>
      'Los bytes llegaron bien; falló .decode(): no son texto válido en esa codificación, muchas veces porque un ' +
      'recv() partió un carácter al medio.',
    causes: [
      () =>
        'TCP no tiene límites de mensaje: recv(1024) puede terminar en el medio de un carácter de 2 bytes como ' +
        'la ñ ("unexpected end of data").',
      () => 'El otro lado mandó otra codificación (Latin-1, cp1252) o datos binarios.',
    ],
    fixes: [
      () =>
        'Separá por líneas y decodificá líneas enteras: f = conn.makefile("r", encoding="utf-8", newline="\\n"); ' +
        'line = f.readline().',
      () => 'O guardá los bytes hasta que llegue un b"\\n" y recién ahí decodificá: buffer += conn.recv(1024).',
      () => 'En los dos lados: .encode("utf-8") y .decode("utf-8") explícitos.',
    ],
    show: () => 'netlearn utf8 "ñandú"   y   netlearn utf8 --hex "c3"',
  },
  'unicode-encode': {
    title: 'UnicodeEncodeError',
    wire: () =>
      'No se mandó nada: .encode() (o print) no pudo escribir un carácter en la codificación que le dieron, ' +
      "casi siempre 'ascii' o una página de códigos de Windows.",
    causes: [
      () => 'Un .encode("ascii") o .encode("latin-1") explícito sobre texto con ñ, € o emojis.',
      () => 'print() a una terminal o archivo que no está en UTF-8 (PYTHONIOENCODING, una consola de Windows).',
    ],
    fixes: [
      () => 'Codificá en UTF-8: sock.sendall(text.encode("utf-8")).',
      () => 'Corré con PYTHONUTF8=1 (o python3 -X utf8) para que print use UTF-8.',
    ],
    show: () => 'netlearn utf8 "€"',
  },
} satisfies Record<string, Explanation>;

/** Cada problema que conoce `netlearn explain`, en castellano. */
const kinds: typeof en = { ...connectionKinds, ...stateKinds, ...programKinds };

export default kinds;
