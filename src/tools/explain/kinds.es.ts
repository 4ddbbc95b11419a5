import type { ErrorKind } from '../../core/explain/error-kinds.js';
import type en from './kinds.en.js';
import { commandsFor, isLoopback, type Where } from './where.js';

/** La dirección, el puerto y los comandos de un hallazgo, con marcadores en castellano para lo que falta. */
const of = (p: Where) => commandsFor(p, { host: '<host>', port: '<puerto>' });
const at = (p: Where) => of(p).at ?? 'la dirección';

/** Cada problema que conoce `netlearn explain`, en castellano. */
const kinds: typeof en = {
  'address-in-use': {
    title: 'La dirección ya está en uso (Address already in use)',
    wire: (p) =>
      `No salió nada por la red: bind() le pidió al SO ${at(p)} y el SO se negó, porque otro socket ya tiene ` +
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
      `Tu connect() mandó un SYN a ${at(p)}; la otra máquina contestó enseguida con RST: nadie escucha en ese ` +
      'puerto ahí.',
    causes: [
      () => 'El servidor todavía no arrancó (arrancalo antes que el cliente), o se cayó.',
      (p) =>
        `Escucha en otro puerto u otra dirección que ${at(p)}: un servidor en 127.0.0.1 no se alcanza desde otra ` +
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
      `Salieron paquetes hacia ${at(p)} y no volvió nada antes del límite: ningún SYN-ACK para un connect(), o ` +
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
  'time-wait': {
    title: 'TIME_WAIT',
    wire: () =>
      'No es un error: el lado que cierra primero guarda el par de direcciones de la conexión unos 60 s (2 x MSL ' +
      'en Linux) para que los paquetes tardíos de la conexión vieja mueran en vez de caer en una nueva.',
    causes: [
      () => 'La fila es del programa que llamó primero a close(); un servidor que cierra primero las junta.',
      () => 'Muchas en un cliente: abre y cierra muchas conexiones cortas.',
    ],
    fixes: [
      () =>
        'No hay nada que arreglar; para que reiniciar el servidor nunca falle con "Address already in use", poné ' +
        'SO_REUSEADDR antes del bind en cada corrida: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1).',
    ],
    show: (p) => of(p).sockets(true),
  },
  'close-wait': {
    title: 'CLOSE_WAIT',
    wire: () =>
      'El otro lado cerró (llegó su FIN, recv() devuelve b"") y el programa dueño de este socket no llamó a ' +
      'close(). El kernel lo espera para siempre.',
    causes: [
      () => 'Un bucle de servidor que ignora recv() == b"" y deja al cliente muerto en su lista.',
      () => 'Un hilo por cliente que se queda bloqueado en otro lado y nunca llega a conn.close().',
    ],
    fixes: [() => 'Cuando data = conn.recv(1024) da b"", sacá al cliente y llamá a conn.close() (o usá with conn:).'],
    show: (p) => of(p).sockets(true),
  },
  'fin-wait-2': {
    title: 'FIN-WAIT-2',
    wire: () =>
      'No es un error: este lado cerró (su FIN salió y le confirmaron que llegó) y ahora espera el FIN del otro ' +
      'lado, que todavía tiene la conexión abierta en CLOSE-WAIT.',
    causes: [
      () => 'El otro programa vio que recv() devolvió b"" (o nunca leyó) y todavía no llamó a close().',
      () => 'Un cliente que se fue mientras su servidor sigue teniendo la conexión muerta en su lista.',
    ],
    fixes: [
      () =>
        'Mirá el otro lado, no este: su fila está en CLOSE-WAIT. Cuando recv() da b"", tiene que sacar a ese ' +
        'cliente y llamar a close().',
      () => 'Linux descarta un socket cerrado que quedó en FIN-WAIT-2 después de net.ipv4.tcp_fin_timeout (60 s).',
    ],
    show: (p) => of(p).sockets(true),
  },
  'syn-sent': {
    title: 'SYN-SENT',
    wire: (p) =>
      `Un connect() mandó su SYN a ${at(p)} y todavía no volvió ninguna respuesta: la conexión no está abierta, ` +
      'y Linux reenvía el SYN (6 veces por defecto, unos dos minutos) antes de rendirse con un timeout.',
    causes: [
      (p) =>
        isLoopback(p.host)
          ? 'Un servidor de esta máquina que escucha pero no llama a accept(): su cola (backlog) está llena y el ' +
            'SO ignora los SYN nuevos hasta que accept() hace lugar.'
          : 'Nadie contesta en esa dirección (IP equivocada, máquina apagada), o un firewall descarta el SYN.',
      () => 'Un servidor ocupado en un bucle que nunca vuelve a accept().',
    ],
    fixes: [
      () => 'En el servidor, llamá a accept() en un bucle y pasale cada cliente a un hilo, así la cola se vacía.',
      (p) => `Mirá la fila LISTEN del servidor: ${of(p).sockets()} (Recv-Q mayor que Send-Q es una cola llena).`,
      () => 'Poné un límite a connect() para que el cliente no se cuelgue: socket.create_connection(addr, timeout=5).',
    ],
    show: (p) => of(p).sockets(true),
  },
  'too-many-files': {
    title: 'Demasiados archivos abiertos (Too many open files)',
    wire: () =>
      'No se mandó nada: cada socket es un descriptor de archivo, y este proceso llegó a su límite (ulimit -n), ' +
      'así que el SO rechazó un socket nuevo o un accept() nuevo.',
    causes: [
      () => 'Nunca se cierran los sockets de los clientes que se fueron: cada uno ocupa un descriptor hasta el final.',
      () => 'De verdad muchos clientes a la vez para el límite que la terminal le dio al programa.',
    ],
    fixes: [
      () =>
        'Cerrá cada socket que ya no usás: cuando recv() da b"" o lanza un error, sacá al cliente y llamá a ' +
        'conn.close() (o usá with conn:).',
      () => 'Mirá el límite con ulimit -n; subilo en esa terminal con ulimit -n 4096 si de verdad hace falta.',
    ],
    show: (p) => of(p).sockets(),
  },
  'bad-descriptor': {
    title: 'Descriptor de archivo inválido (un socket cerrado)',
    wire: () =>
      'No se mandó nada: el socket ya estaba cerrado en este programa, así que su número no le dice nada al SO. ' +
      'Windows dice lo mismo como WinError 10038, "no es un socket".',
    causes: [
      () => 'Un send() o recv() después de close(), muchas veces a un cliente que se fue pero sigue en la lista.',
      () => 'Un hilo cerró el socket mientras otro todavía lo usaba.',
    ],
    fixes: [
      () => 'Sacá al cliente de la lista antes de cerrarlo (o a la vez), con el mismo lock, así nadie le manda nada.',
      () => 'Cerrá cada socket en un solo lugar: el hilo que atiende a ese cliente.',
    ],
    show: (p) => of(p).sockets(true),
  },
  'not-connected': {
    title: 'El socket no está conectado (not connected)',
    wire: () =>
      'No se mandó nada: se llamó a recv(), send() o getpeername() en un socket sin conexión: uno que nunca se ' +
      'conectó, o el socket que escucha.',
    causes: [
      () =>
        'En un servidor: leer del socket que escucha (s.recv) en vez del que devolvió accept() (conn.recv). El ' +
        'socket que escucha solo acepta; cada cliente tiene su propio socket.',
      () => 'En un cliente: nunca se llamó a connect(), o falló y el programa siguió igual.',
    ],
    fixes: [
      () => 'Servidor: conn, addr = s.accept(), y después conn.recv(1024) y conn.sendall(...).',
      () => 'Cliente: conectá primero, y pará si lanza un error: s.connect((host, port)).',
    ],
    show: (p) => of(p).sockets(),
  },
  'already-connected': {
    title: 'El socket ya está conectado (already connected)',
    wire: () =>
      'No se mandó nada: se llamó a connect() en un socket que ya está conectado. Un socket TCP se conecta una ' +
      'sola vez, a un solo par, en toda su vida.',
    causes: [() => 'connect() dos veces en el mismo socket, por ejemplo dentro de un bucle de reintentos.'],
    fixes: [
      () => 'Creá un socket nuevo en cada intento: s = socket.create_connection((host, port)) dentro del bucle.',
      () => 'Cuando una conexión termina, cerrá ese socket y creá otro para volver a conectarte.',
    ],
    show: (p) => of(p).sockets(),
  },
  'invalid-argument': {
    title: 'Argumento inválido (Invalid argument)',
    wire: () =>
      'No se mandó nada: el SO rechazó la llamada por lo que el socket ya es, o por lo que le pasaron (EINVAL).',
    causes: [
      () => 'listen() en un socket que ya se conectó: un socket es servidor (bind, listen) o cliente, no las dos.',
      () => 'bind() dos veces en el mismo socket.',
      () => 'Una dirección IPv6 de enlace local con %interfaz en una tupla común (mirá "netlearn lesson ipv6").',
    ],
    fixes: [
      () => 'Usá sockets separados: uno que hace bind y listen, y uno nuevo para cada conexión saliente.',
      () => 'Hacé bind una sola vez por socket, antes de listen().',
    ],
    show: (p) => of(p).sockets(),
  },
  'link-local-bind': {
    title: 'Argumento inválido (una dirección IPv6 de enlace local)',
    wire: (p) =>
      `No se mandó nada: bind() recibió ${p.host ?? 'una dirección fe80::'} como texto, y Linux necesita la ` +
      'interfaz como número dentro de la tupla, así que la rechaza con EINVAL.',
    causes: [
      () =>
        'Una dirección de enlace local (fe80::...) solo tiene sentido en una interfaz, y bind() no lee el %eth0 ' +
        'del texto.',
    ],
    fixes: [
      () =>
        "Dejá que getaddrinfo arme la tupla: addr = socket.getaddrinfo('fe80::...%eth0', port, socket.AF_INET6, " +
        'socket.SOCK_STREAM)[0][4], y después s.bind(addr).',
      () => "O armá la tupla de 4 vos: s.bind(('fe80::...', port, 0, socket.if_nametoindex('eth0'))).",
    ],
    show: () => 'netlearn host',
  },
  'would-block': {
    title: 'Recurso no disponible por ahora (un socket no bloqueante)',
    wire: () =>
      'A la conexión no le pasa nada: el socket es no bloqueante (setblocking(False) o settimeout(0)) y la ' +
      'llamada no podía terminar ahora: no hay datos para recv(), nadie para accept(), o un connect() en camino.',
    causes: [
      () => 'setblocking(False) sin una forma de esperar a que el socket esté listo.',
      () => 'Windows dice lo mismo como WinError 10035; macOS como Errno 35.',
    ],
    fixes: [
      () =>
        'Esperá a que esté listo con selectors (sel.register(conn, selectors.EVENT_READ)) y recién ahí llamá a recv().',
      () => 'O dejá el socket bloqueante (lo normal) y dale un hilo a cada cliente.',
    ],
    show: (p) => of(p).sockets(),
  },
  'family-mismatch': {
    title: 'Familia de direcciones no soportada (Address family for hostname not supported)',
    wire: (p) =>
      'No se mandó nada: el socket es de una familia y la dirección de otra, por ejemplo un socket AF_INET (IPv4) ' +
      `con ${p.host ?? 'una dirección IPv6 como ::1'}. No es un nombre que no se encontró.`,
    causes: [
      () => 'socket.socket() crea un socket IPv4; ::1 y las demás direcciones IPv6 necesitan AF_INET6.',
      () => 'localhost resolvió a ::1 en un programa y a 127.0.0.1 en el otro.',
    ],
    fixes: [
      () => 'Creá el socket para esa dirección: socket.socket(socket.AF_INET6) para ::1, o usá 127.0.0.1.',
      () => 'O dejá que Python elija: socket.create_connection((host, port)) prueba cada familia que da getaddrinfo.',
    ],
    show: () => 'netlearn host',
  },
  'bytes-expected': {
    title: 'Se necesitan bytes, no str (a bytes-like object is required)',
    wire: () =>
      'No se mandó nada: los sockets llevan bytes, y a send() o sendall() le pasaron un str. El texto hay que ' +
      'codificarlo antes.',
    causes: [() => 'conn.sendall("hola") en vez de conn.sendall("hola".encode("utf-8")).'],
    fixes: [
      () =>
        'Codificá al mandar y decodificá al recibir: conn.sendall(texto.encode("utf-8")), y después ' +
        'data.decode("utf-8").',
    ],
    show: () => 'netlearn utf8 "hola"',
  },
  'port-range': {
    title: 'Puerto fuera de rango',
    wire: () =>
      'No se mandó nada: un puerto es un número de 16 bits, de 0 a 65535, y el programa pidió uno fuera de ese rango.',
    causes: [() => 'Un error de tipeo (70000 por 7000), o un puerto leído de la entrada o de un archivo sin revisar.'],
    fixes: [() => 'Usá un puerto de 1024 a 65535 para tus servidores; revisá el puerto que leés antes del bind().'],
    show: (p) => of(p).tryBind(),
  },
  'changed-during-loop': {
    title: 'El conjunto cambió de tamaño mientras se recorría (Set changed size during iteration)',
    wire: () =>
      'No es un error de red: un bucle recorría el conjunto (o diccionario) de clientes mientras algo agregaba o ' +
      'sacaba uno, y Python cortó el bucle.',
    causes: [
      () => 'Un bucle de difusión que saca a un cliente muerto del mismo conjunto que recorre.',
      () => 'Otro hilo agrega o saca un cliente (alguien entra o se va) mientras este difunde.',
    ],
    fixes: [
      () => 'Recorré una copia, y tomá el lock en cada cambio: for conn in list(clientes): ...',
      () => 'Juntá los clientes muertos durante el bucle y sacalos después.',
    ],
    show: () => 'netlearn threads',
  },
  'json-extra-data': {
    title: 'JSONDecodeError: Extra data (dos mensajes pegados)',
    wire: () =>
      'Los bytes llegaron bien: un recv() devolvió más de un mensaje JSON (o uno y medio), y json.loads() espera ' +
      'exactamente uno. TCP es un flujo: respeta el orden de los bytes, no los límites de tus mensajes.',
    causes: [() => 'El que manda mandó dos mensajes seguidos, y los dos cayeron en el mismo recv().'],
    fixes: [
      () =>
        'Delimitá los mensajes: un JSON por línea (json.dumps(mensaje) + "\\n") y leé líneas enteras: ' +
        'for line in conn.makefile("r", encoding="utf-8"): mensaje = json.loads(line).',
    ],
    show: () => 'netlearn lesson tcp-stream',
  },
  'keyboard-interrupt': {
    title: 'KeyboardInterrupt (Ctrl+C)',
    wire: (p) =>
      `No es un error de red: Ctrl+C le llegó a Python mientras el hilo principal estaba ${p.call ? `en ${p.call}()` : 'ocupado'}, ` +
      'y Python lanzó KeyboardInterrupt ahí. En Linux eso interrumpe un accept() bloqueado.',
    causes: [
      () => 'Paraste el servidor con Ctrl+C: era lo esperado, pero sin un cierre prolijo los clientes no se enteran.',
      () =>
        'En Windows, un accept() bloqueado puede no enterarse del Ctrl+C hasta que se conecta un cliente: ' +
        'ponele un timeout al socket que escucha.',
    ],
    fixes: [
      () =>
        'Atrapalo alrededor del bucle y cerrá prolijo: try: ... except KeyboardInterrupt: cerrá cada cliente y ' +
        'después el socket que escucha.',
      () =>
        'Ponele un timeout al socket que escucha (s.settimeout(1)) y atrapá TimeoutError, así el bucle se despierta.',
      () => 'Poné SO_REUSEADDR antes del bind para que al volver a arrancar no falle con "Address already in use".',
    ],
    show: (p) => of(p).sockets(),
  },
};

export default kinds;
