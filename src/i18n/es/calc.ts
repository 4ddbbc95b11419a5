import type en from '../en/calc.js';
import { visible } from '../visible-text.js';

const calc: typeof en = {
  name: {
    resolved: (p) =>
      `${p.name} es un nombre: el resolvedor del sistema dio ${p.address}${p.others ? ` (y después ${p.others})` : ''}.`,
    fromFile: (p) => `La respuesta sale de ${p.path}, línea ${p.lines}.`,
    fromElsewhere: (p) =>
      `No sale de ${p.path}: vino del DNS o de otra fuente que este sistema consulta (mirá /etc/nsswitch.conf).`,
  },
  inputErrors: {
    'supernet-prefix-not-number': (d) =>
      `--supernet "${visible(d.part)}" no es un prefijo: escribí /P con P un número entero, como /22, o nada para un bit menos.`,
    'supernet-prefix-range': (d) =>
      `--supernet ${visible(d.part)}: el prefijo de una superred es más corto que el /${d.prefix} de la red, de /0 a /${d.prefix}.`,
    'exclude-outside': (d) =>
      `--exclude ${visible(d.part)} no está dentro de ${visible(d.cidr)}: solo se puede sacar de la red un bloque que esté dentro de ella.`,
    'next-count-invalid': (d) =>
      `--next "${visible(d.part)}" no es una cantidad: escribí un número entero desde 1, como 4.`,
    'subnet-verbs-conflict': (d) =>
      `${visible(d.part)} no van juntos: usá uno de --split, --hosts, --supernet, --exclude, --next, --contains por vez.`,
    'hosts-step-invalid': (d) =>
      `--step "${visible(d.part)}" no es un paso: escribí un número entero desde 1 (2 lista una dirección sí y otra no).`,
    'mac-invalid': (d) =>
      `"${visible(d.part)}" no es una dirección MAC: escribí seis pares de dígitos hexadecimales, como 00:23:ae:a4:8c:a9.`,
    'grep-networks-empty': () =>
      'grep necesita las redes a conservar, separadas por comas: netlearn grep 10.0.0.0/8,192.168.0.0/16 < log',
    'lab-prefix-range': (d) =>
      `"${visible(d.part)}" no es un tamaño posible acá para una red de laboratorio: escribí un prefijo de /${d.min} a /${d.max}.`,
    'lab-for-without-seed': () =>
      '--for necesita también --seed: la semilla y el nombre juntos le dan a cada estudiante siempre la misma red.',
    'lab-seed-without-random': (d) =>
      `${visible(d.part)} elige una red de laboratorio: agregá --random-private /24 o --random-ula /48 para sortear una.`,
    'host-name-unresolved': (d) =>
      `"${visible(d.part)}" no es una dirección ni un nombre que esta máquina pueda resolver${d.reason ? ` (${visible(d.reason)})` : ''}: revisá cómo está escrito, o escribí la dirección misma.`,
    'ip-is-network': (d) =>
      `${visible(d.part)} es una red, no una dirección: ${visible(d.command)} muestra su rango y su tamaño; netlearn ip ${visible(d.address)} muestra su primera dirección bit por bit.`,
  },
};

export default calc;
