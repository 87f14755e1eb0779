import parse from 'spdx-expression-parse';

/** The licence ids an SPDX expression names (`Apache-2.0 OR MIT` → both), or null when it is not valid SPDX. */
export function spdxLicenseIds(expression: string): string[] | null {
  try {
    const ids: string[] = [];
    const walk = (node: ReturnType<typeof parse>): void => {
      if ('license' in node) ids.push(node.license);
      else {
        walk(node.left);
        walk(node.right);
      }
    };
    walk(parse(expression));
    return ids;
  } catch {
    return null;
  }
}
