import { portRange, type PortRangeId } from '../../core/ports.js';

export interface PortBarCells {
  /** The range each column's first port falls in. */
  ranges: PortRangeId[];
  /** Whether each column overlaps the OS's ephemeral range. */
  ephemeral: boolean[];
  /** The column the port falls in. */
  marker: number;
}

const portCount = 65_536;

/** The 0-65535 line squeezed into `columns` cells, each covering about 65536/columns ports. */
export function portBarCells(port: number, ephemeral: { start: number; end: number }, columns: number): PortBarCells {
  const cells = Math.max(4, columns);
  const first = (cell: number) => Math.floor((cell * portCount) / cells);
  const ranges: PortRangeId[] = [];
  const inEphemeral: boolean[] = [];
  for (let cell = 0; cell < cells; cell++) {
    const start = first(cell);
    const end = first(cell + 1) - 1;
    ranges.push(portRange(start).range);
    inEphemeral.push(start <= ephemeral.end && end >= ephemeral.start);
  }
  return { ranges, ephemeral: inEphemeral, marker: Math.min(cells - 1, Math.floor((port * cells) / portCount)) };
}
