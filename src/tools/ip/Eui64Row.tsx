import { Text } from 'ink';
import theme from '../../ui/theme.js';
import { splitAtUlBit } from './ul-bit.js';
import type { IpWords } from './words.en.js';

interface Eui64RowProps {
  /** The MAC the interface id was built from, as `ip --json` gives it in `eui64Mac`. */
  mac: string;
  words: IpWords;
}

/** A byte's bits with the universal/local bit (worth 2) picked out in the highlight colour. */
function ByteBits({ byte }: { byte: number }) {
  const { before, bit, after } = splitAtUlBit(byte);
  return (
    <Text>
      <Text color={theme.muted}>{before}</Text>
      <Text bold color={theme.highlight}>
        {bit}
      </Text>
      <Text color={theme.muted}>{after}</Text>
    </Text>
  );
}

/** An EUI-64 interface id's MAC, and its first byte in the address and in the MAC: one bit differs. */
export default function Eui64Row({ mac, words }: Eui64RowProps) {
  const macByte = Number.parseInt(mac.slice(0, 2), 16);
  const labels = words.v6.idLabels;
  return (
    <Text wrap="truncate-end">
      <Text color={theme.muted}>{`${labels.mac} `}</Text>
      <Text bold>{mac}</Text>
      {'  '}
      <ByteBits byte={macByte ^ 2} />
      <Text color={theme.muted}>{' → '}</Text>
      <ByteBits byte={macByte} />
      <Text color={theme.muted}>{` ${words.v6.screen.ulBit}`}</Text>
    </Text>
  );
}
