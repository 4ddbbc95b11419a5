/**
 * Who may take a seat: at most `maxClients` in all and `maxPerAddress` from one address, so one
 * machine opening idle sockets cannot lock the class out. Every loopback address counts apart
 * (127.0.0.2 is not 127.0.0.1), and an IPv4-mapped IPv6 address counts as its IPv4 one.
 */
export class ChatSlots {
  private readonly perAddress = new Map<string, number>();
  private taken = 0;

  constructor(
    readonly maxClients: number,
    readonly maxPerAddress: number,
  ) {}

  /** Why a newcomer from `address` must be refused, if it must. */
  refusal(address: string): 'full' | 'per-address' | undefined {
    if (this.taken >= this.maxClients) return 'full';
    if ((this.perAddress.get(key(address)) ?? 0) >= this.maxPerAddress) return 'per-address';
    return undefined;
  }

  take(address: string): void {
    this.taken++;
    this.perAddress.set(key(address), (this.perAddress.get(key(address)) ?? 0) + 1);
  }

  release(address: string): void {
    this.taken--;
    const left = (this.perAddress.get(key(address)) ?? 1) - 1;
    if (left > 0) this.perAddress.set(key(address), left);
    else this.perAddress.delete(key(address));
  }
}

function key(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}
