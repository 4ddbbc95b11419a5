import type en from '../en/cli.js';

const stdinLineTooLong: typeof en.errors.stdinLineTooLong = (p) =>
  `la línea ${p.line} de la entrada pasa de ${p.kib} KiB, más de lo que alguien escribe; ` +
  'no se leyó nada después de ella. Partila en líneas más cortas.';

const cli: typeof en = {
  tagline: 'Aprendé cómo se hablan los programas por la red: lecciones, herramientas en vivo y sockets reales.',
  usage: 'Uso',
  commandsHeading: 'Comandos',
  optionsHeading: 'Opciones',
  globalOptionsHeading: 'Opciones globales',
  examplesHeading: 'Ejemplos',
  noCommandHint: 'Corré `netlearn` en una terminal para abrir la app interactiva.',
  helpHint: 'Corré `netlearn help <comando>` para ver las opciones de un comando.',
  globalOptions: {
    json: 'Salida JSON para otros programas',
    lang: 'Idioma de los mensajes: en o es (por defecto: según LANG)',
    'no-color': 'Texto sin colores (también NO_COLOR=1, TERM=dumb)',
    theme: 'Colores de la app: dark, light, high-contrast o mono (se recuerda)',
    'screen-reader': 'Texto lineal para un lector de pantalla, sin animación (también INK_SCREEN_READER=true)',
    help: 'Mostrar la ayuda',
    version: 'Mostrar la versión',
  },
  cut: (p) => `… (${p.length} caracteres)`,
  errors: {
    unknownCommand: (p) =>
      `no existe el comando "${p.name}".` +
      (p.suggestion ? ` ¿Quisiste decir "${p.suggestion}"?` : '') +
      ' Corré `netlearn --help` para ver todos los comandos.',
    unknownOption: (p) =>
      `la opción "${p.option}" no existe para ${p.command}.` +
      (p.suggestion ? ` ¿Quisiste decir "--${p.suggestion}"?` : '') +
      ` Corré \`${p.command} --help\` para ver sus opciones.`,
    missingValue: (p) => `la opción "${p.option}" necesita un valor, por ejemplo ${p.option}=VALOR.`,
    unexpectedValue: (p) => `la opción "${p.option}" no lleva valor; escribí solo ${p.option}.`,
    unsupportedLang: (p) =>
      `el idioma "${p.lang}" no está disponible. Disponibles: ${p.supported}.` +
      (p.suggestion ? ` ¿Quisiste decir "${p.suggestion}"?` : ''),
    unknownTheme: (p) =>
      `no hay un tema "${p.theme}". Temas: ${p.supported}.` +
      (p.suggestion ? ` ¿Quisiste decir "${p.suggestion}"?` : ''),
    missingArgument: (p) => `${p.command} necesita ${p.operands}. Mirá un ejemplo con \`${p.command} --help\`.`,
    tooManyArguments: (p) =>
      `${p.command} recibió un argumento de más: "${p.extra}". Si el texto tiene espacios, ponelo entre comillas.`,
    unknownHelpTopic: (p) =>
      `no hay ningún comando "${p.name}" para explicar.` + (p.suggestion ? ` ¿Quisiste decir "${p.suggestion}"?` : ''),
    stdinLineTooLong,
    stdoutFailed: (p) =>
      `no se pudo escribir la salida (${p.reason}): ¿está lleno el disco, o ya no existe el archivo de salida? No se escribió nada más.`,
    runtime: (p) => `algo salió mal: ${p.message}`,
    runtimeHint: 'Volvé a ejecutarlo con NETLEARN_DEBUG=1 para ver los detalles, y avisanos si se repite.',
    notInteractive: 'esto necesita una terminal interactiva; ejecutalo directamente en una terminal, sin tuberías.',
  },
  prefix: 'netlearn: error:',
  placeholders: {
    command: 'comando',
    options: 'opciones',
    value: 'valor',
    address: 'dirección',
    cidr: 'cidr',
    ip: 'ip',
    mask: 'máscara',
    n: 'n',
    text: 'texto',
    host: 'host',
    topic: 'tema',
    id: 'id',
  },
  inputErrors: {
    'stdin-line-too-long': (d) => stdinLineTooLong({ line: Number(d.line), kib: Number(d.kib) }),
  },
};

export default cli;
