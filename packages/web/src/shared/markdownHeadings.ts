/**
 * Markdown written by maintainers or organisations sits under the page's h1 and a section's h2: its headings are
 * shifted so the highest of them becomes h3 (an author's `#` or `##` alike), keeping one h1 per page and headings
 * in order. Lines inside fenced code blocks are left alone.
 */
export function demoteHeadings(source: string, top = 3): string {
  const lines = source.split('\n');
  const heading = /^(\s{0,3})(#{1,6})(?=\s|$)/;
  const inCode: boolean[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const marker = /^\s{0,3}(```|~~~)/.exec(line)?.[1];
    if (marker) {
      inCode.push(true);
      if (fence === null) fence = marker;
      else if (fence === marker) fence = null;
    } else {
      inCode.push(fence !== null);
    }
  }
  const levels = lines
    .flatMap((line, i) => (inCode[i] ? [] : [heading.exec(line)?.[2].length ?? 7]))
    .filter((n) => n < 7);
  if (!levels.length) return source;
  const shift = top - Math.min(...levels);
  return lines
    .map((line, i) =>
      inCode[i]
        ? line
        : line.replace(
            heading,
            (_, indent: string, hashes: string) => indent + '#'.repeat(Math.max(1, Math.min(hashes.length + shift, 6))),
          ),
    )
    .join('\n');
}
