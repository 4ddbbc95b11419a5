/**
 * Where each generated Practice topic is taught: the lesson, the section's heading in each language,
 * and text that section must hold (the facts the topic's questions ask for). A new topic needs a row
 * here, or questions.test.ts fails naming it.
 */
export interface TaughtIn {
  lesson: string;
  section: { en: string; es: string };
  /** Written the same in both languages: numbers, bit patterns, code. */
  holds: readonly string[];
}

export const taughtIn: Record<string, readonly TaughtIn[]> = {
  binary: [
    {
      lesson: 'subnetting',
      section: { en: 'Bits: 128 64 32 16 8 4 2 1', es: 'Bits: 128 64 32 16 8 4 2 1' },
      holds: ['200:', '= 11001000'],
    },
    {
      lesson: 'ipv4',
      section: { en: 'Why four numbers, and why 0 to 255', es: 'Por qué cuatro números, y por qué de 0 a 255' },
      holds: ['11000000 . 10101000 . 00000001 . 00001010', '32'],
    },
  ],
  decimal: [
    {
      lesson: 'subnetting',
      section: { en: 'Bits: 128 64 32 16 8 4 2 1', es: 'Bits: 128 64 32 16 8 4 2 1' },
      holds: ['10110100 = 128 + 32 + 16 + 4 = 180'],
    },
  ],
  mask: [
    {
      lesson: 'subnetting',
      section: { en: 'Mask and prefix', es: 'Máscara y prefijo' },
      holds: ['/26 = 11111111.11111111.11111111.11000000', '= 255.255.255.192', '`255.255.240.0`', '`/20`'],
    },
  ],
  subnet: [
    {
      lesson: 'subnetting',
      section: { en: 'The network: address AND mask', es: 'La red: dirección AND máscara' },
      holds: ['192.168.10.77', '255.255.255.192', '192.168.10.64'],
    },
    {
      lesson: 'subnetting',
      section: { en: 'Wildcard and broadcast', es: 'Wildcard y broadcast' },
      holds: ['0.0.0.63', '192.168.10.127'],
    },
    {
      lesson: 'subnetting',
      section: { en: 'How many hosts', es: 'Cuántos hosts' },
      holds: ['2^h', '2^h - 2', '/31', 'RFC', '3021', '/32'],
    },
  ],
  port: [
    {
      lesson: 'port',
      section: { en: 'Three ranges', es: 'Tres rangos' },
      holds: ['0-1023', '1024-49151', '49152-65535'],
    },
  ],
  utf8: [
    {
      lesson: 'utf8',
      section: { en: 'One code point, one to four bytes', es: 'Un punto de código, de uno a cuatro bytes' },
      holds: [
        'U+0000-007F',
        'U+0080-07FF',
        'U+0800-FFFF',
        'U+10000-10FFFF',
        '`0xxxxxxx`',
        '`110xxxxx 10xxxxxx`',
        '`1110xxxx 10xxxxxx 10xxxxxx`',
        '`11110xxx 10xxxxxx 10xxxxxx 10xxxxxx`',
        '= c3 b1',
        '= e2 82 ac',
      ],
    },
  ],
  tuple: [
    {
      lesson: 'address-tuple',
      section: { en: 'A new port every time', es: 'Un puerto nuevo cada vez' },
      holds: ['`bind()`', '`connect()`', '`c.getsockname()`', '`c.getpeername()`', '56789'],
    },
  ],
  ipv6: [
    {
      lesson: 'ipv6',
      section: { en: 'The short form (RFC 5952)', es: 'La forma corta (RFC 5952)' },
      holds: ['`::`', '`0db8` → `db8`', '`2001:db8:0:0:1:0:0:1`', '`2001:db8::1:0:0:1`'],
    },
    {
      lesson: 'ipv6',
      section: { en: 'The addresses you meet first', es: 'Las direcciones que vas a ver primero' },
      holds: ['`::1`', 'fe80::/10', '2000::/3', 'fc00::/7', '`ff02::1`', '`2001:db8::...`'],
    },
    {
      lesson: 'ipv6',
      section: { en: '/64 and SLAAC', es: '/64 y SLAAC' },
      holds: ['**/64**', '/48', '/56', '256'],
    },
  ],
};
