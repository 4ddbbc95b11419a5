/** A time as a timer shows it: 125 seconds is 2:05 (a part second counts as a whole one left). */
export function minutesSeconds(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
