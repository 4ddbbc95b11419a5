import { defaultChat } from '../../core/default-chat.js';
import type { InputErrorDetails } from '../../core/input-error.js';
import type en from '../en/chat.js';

/** `1 byte`, `2 bytes`: the number with the word that agrees with it. */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Las palabras compartidas del chat: las líneas que el servidor manda, los errores de sockets y de entrada. */
const chat: typeof en = {
  wire: {
    welcome: (p) =>
      `* Bienvenido al chat de netlearn. El servidor te ve como ${p.tuple} y te llama ${p.nick}. ${p.count === 1 ? 'Hay 1 persona conectada' : `Hay ${p.count} conectados`}. Escribí /help para ver los comandos.`,
    joined: (p) => `* ${p.nick} entró desde ${p.tuple}`,
    folded: (p) =>
      `* ${[p.joins ? count(p.joins, 'entrada', 'entradas') : '', p.leaves ? count(p.leaves, 'salida', 'salidas') : ''].filter(Boolean).join(' y ')} desde ${p.address} en el último segundo`,
    left: (p) =>
      `* ${p.nick} se fue` +
      {
        quit: '',
        left: '',
        reset: ' (conexión reiniciada)',
        slow: ' (desconectado: leía demasiado lento)',
        idle: ' (desconectado: dejó una línea sin terminar)',
        server: '',
        error: ' (error de conexión)',
      }[p.reason],
    renamed: (p) => `* ${p.from} ahora es ${p.to}`,
    nickRefused: (p) =>
      `* No podés usar ese nick: ` +
      (
        {
          'nick-empty': 'escribí uno después de /nick, por ejemplo /nick ana',
          'nick-too-long': `"${p.name}" tiene más de 20 caracteres`,
          'nick-characters': `"${p.name}" solo puede tener letras, dígitos, _ y -, sin espacios`,
          'nick-taken': `"${p.name}" ya está en uso`,
          'nick-lookalike': `"${p.name}" se ve igual que "${p.like}", que ya está acá; elegí uno que nadie pueda confundir`,
          'nick-invisible': `"${p.name}" tiene caracteres invisibles (se ven como \\u....), que permitirían que dos nicks se vean iguales; usá letras y dígitos que se vean`,
        } as Record<string, string>
      )[p.problem],
    usersHeading: (p) => `* ${count(p.count, 'conectado', 'conectados')}:`,
    userRow: (p) => `*   ${p.nick} ${p.tuple}${p.you ? ' (vos)' : ''}`,
    help: [
      '* Escribí una línea y apretá Enter: los demás la reciben como [tu nick] texto.',
      '* /users  quién está conectado, con su tupla de dirección',
      '* /nick NOMBRE  cambiá tu nick (1-20 letras, dígitos, _ o -)',
      '* /lang es|en  el servidor te habla en castellano o en inglés',
      '* /quit  salí del chat',
      '* /help  esta lista',
    ],
    unknownCommand: (p) => `* No conozco el comando ${p.command}. Escribí /help para ver la lista.`,
    truncated: (p) => `* Tu línea pasaba de ${p.limit} bytes: solo se envió el principio.`,
    bye: '* ¡Chau!',
    langUnknown: (p) => `* Este servidor no habla "${p.lang}"; probá /lang ${p.known.join(' o /lang ')}.`,
    full: (p) =>
      `* Perdón, el chat está lleno (${count(p.max, 'persona', 'personas')}). Probá de nuevo en un rato.` +
      (p.perAddress === undefined
        ? ''
        : ` Cada dirección puede tener ${p.perAddress}, y una línea sin terminar durante ${p.idleSeconds} s se corta.`),
    perAddress: (p) =>
      `* Perdón, tu dirección ya tiene ${count(p.perAddress, 'conexión', 'conexiones')} acá, lo máximo por dirección` +
      ` (--max-per-address), así todos en el aula tienen lugar entre los ${p.max}. Cerrá una y probá de nuevo.` +
      (p.group ? ` Todas las direcciones de ${p.group} cuentan como una acá: son de una misma máquina.` : '') +
      ` Una línea sin terminar durante ${p.idleSeconds} s también se corta.`,
    idle: (p) =>
      `* Desconectado: empezaste una línea hace ${p.seconds} s y nunca la terminaste (falta el salto de línea). Volvé a conectarte cuando quieras.`,
    serverLeaving: '* El servidor se está apagando. ¡Chau!',
  },
  errors: {
    portInUse: (p) =>
      `el puerto ${p.port} en ${p.host} ya está en uso (¿otro netlearn serve, o tu propio servidor?). Cerrá ese, o elegí otro puerto con --port, por ejemplo --port 5051 (--port 0 deja que elija el sistema).`,
    portDenied: (p) =>
      `no tenés permiso para escuchar en el puerto ${p.port} de ${p.host}: los puertos menores a 1024 necesitan privilegios. Usá uno desde 1024, por ejemplo --port 5050.`,
    addressUnavailable: (p) =>
      `${p.host} no es una dirección de esta máquina. Probá 127.0.0.1, 0.0.0.0 o una de \`netlearn host\`.`,
    refused: (p) =>
      `no hay nada escuchando en ${p.where} (conexión rechazada). Primero arrancá un servidor, por ejemplo \`netlearn serve\` en otra terminal, o revisá el puerto.`,
    unreachable: (p) =>
      `no se puede llegar a ${p.where} (${p.code}). Revisá la dirección y que el servidor esté andando.`,
    reset: (p) =>
      `el servidor de ${p.where} reinició la conexión (ECONNRESET): puede estar lleno o haberse caído. Mirá lo que muestra el servidor y probá de nuevo.`,
    unknownHost: (p) => `no encuentro el host "${p.host}". Revisá el nombre, o usá una IP como 127.0.0.1.`,
  },
  inputErrors: {
    'socket-port-invalid': (d: InputErrorDetails) =>
      `${d.option} tiene que ser un número entero de 0 a 65535, no "${d.part}".`,
    'socket-count-invalid': (d: InputErrorDetails) =>
      `${d.option} tiene que ser un número entero de ${d.min} a ${d.max}, no "${d.part}".`,
    'socket-family-unknown': (d: InputErrorDetails) =>
      `--family tiene que ser una de ${(d.choices as string[]).join(', ')}, no "${d.part}".`,
    'socket-port-zero-connect': () =>
      `no te podés conectar al puerto 0: el puerto 0 solo le pide al sistema un puerto libre cuando un servidor escucha. Poné el puerto del servidor, por ejemplo --port 5050.`,
    'socket-host-empty': (d: InputErrorDetails) =>
      d.command === 'serve'
        ? `--host está vacío: poné una dirección donde escuchar, por ejemplo --host 127.0.0.1 (o no pongas --host).`
        : `el host está vacío: poné un nombre o una dirección, por ejemplo netlearn connect ${defaultChat.host} --port ${defaultChat.port} (o no lo pongas y se usa ${defaultChat.host}).`,
    'socket-host-with-port': (d: InputErrorDetails) =>
      `"${d.part}" tiene el puerto pegado al host: escribí el puerto con --port: netlearn ${d.command === 'serve' ? `serve --host ${d.host}` : `connect ${d.host}`} --port ${d.port}`,
  },
};

export default chat;
