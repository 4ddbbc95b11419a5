/** Splits text into lines of at most `width` characters, at spaces where it can. */
export function wrapText(text: string, width: number): string[] {
  const room = Math.max(1, width);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    // A table row's indent is part of its layout: keep it on the first line.
    const indent = /^ */.exec(paragraph)![0];
    let line = indent.length < room ? indent : '';
    for (const word of paragraph.slice(indent.length).split(' ')) {
      let rest = word;
      while (rest.length > room) {
        if (line) lines.push(line);
        lines.push(rest.slice(0, room));
        line = '';
        rest = rest.slice(room);
      }
      if (!line.trim()) line += rest;
      else if (line.length + 1 + rest.length <= room) line += ` ${rest}`;
      else {
        lines.push(line);
        line = rest;
      }
    }
    lines.push(line);
  }
  return lines;
}
