import type { PortWords } from './words.en.js';

const src = (source: string) => (source ? ` (${source})` : '');

const words: PortWords = {
  title: 'Puertos',
  hint: 'Qué rango, qué servicio, si podés usarlo',
  help: {
    summary: 'En qué rango está un puerto, qué suele correr ahí y si podés usarlo',
    options: { 'try-bind': 'Hace bind de verdad en 127.0.0.1 y cuenta qué respondió el sistema' },
    examples: ['netlearn port 80', 'netlearn port 5050 --try-bind', 'netlearn port 56789 --json'],
  },
  rangeNames: { 'well-known': 'bien conocido', registered: 'registrado', dynamic: 'dinámico' },
  heading: (p) => `Puerto ${p.port}`,
  labels: {
    range: 'Rango',
    service: 'Servicio',
    privileges: 'Privilegios',
    ephemeral: 'Efímero',
    note: 'Ojo',
    tryBind: 'Probar bind',
  },
  range: (p) => `${p.name} (${p.start}-${p.end}), el RFC 6335 lo llama "${p.ianaName}"`,
  service: (p) => (p.fromFile ? `${p.service} (según /etc/services)` : p.service),
  noService: 'nada conocido; libre para tus propios programas',
  privileged: (p) =>
    `hacen falta: los puertos debajo de ${p.limit} necesitan root acá${src(p.source)}` +
    (p.isRoot ? '; estás corriendo como root, así que igual podés usarlo' : ''),
  portZero: (p) =>
    `no hacen falta: el puerto 0 no es un puerto de verdad sino un pedido, "que el sistema elija uno libre"; cualquier usuario puede hacer bind y recibe un puerto efímero (acá ${p.start}-${p.end})`,
  unprivileged: (p) =>
    p.limit === 0
      ? 'no hacen falta: este sistema no tiene puertos privilegiados'
      : `no hacen falta: desde ${p.limit} cualquier usuario puede hacer bind${src(p.source)}`,
  ephemeralYes: (p) =>
    `sí: este sistema reparte ${p.start}-${p.end} a las conexiones salientes${src(p.source)}, así que un cliente podría estar usándolo`,
  ephemeralNo: (p) => `no: este sistema reparte ${p.start}-${p.end} a las conexiones salientes${src(p.source)}`,
  overlap: (p) =>
    `El rango efímero de este sistema, ${p.start}-${p.end}, se mete en el rango registrado de IANA (1024-49151): ` +
    `Linux lo eligió mucho antes del RFC 6335, así que el puerto de un cliente suele caer en "registrado".`,
  tryBind: {
    free: (p) => `libre: el sistema nos dejó hacer bind en 127.0.0.1:${p.port}, y lo soltamos`,
    freeAny: (p) => `el puerto 0 significa "cualquiera": el sistema eligió ${p.port}, y lo soltamos`,
    inUse: (p) => `en uso (EADDRINUSE): otro programa ya escucha en 127.0.0.1:${p.port}`,
    denied: (p) =>
      `rechazado (${p.code}): el puerto está debajo de ${p.limit} (ip_unprivileged_port_start) y no sos root`,
    deniedOther: (p) => `el sistema lo rechazó (${p.code})`,
    error: (p) => `el sistema respondió ${p.code}`,
  },
  screen: {
    prompt: 'Puerto',
    placeholder: 'un número de 0 a 65535',
    bar: 'Dónde cae entre 0 y 65535',
    legendEphemeral: '═ rango efímero de este sistema',
    tryBindKey: 'probar bind',
    binding: 'Haciendo bind…',
    editKey: 'editar',
  },
};

export default words;
