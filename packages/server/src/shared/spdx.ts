import parse from 'spdx-expression-parse';
import licenses from 'spdx-license-list';

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

/**
 * Whether an SPDX expression lets people use the code under an OSI-approved licence: for `A OR B` either will
 * do, for `A AND B` both must be approved. Exceptions (`WITH …`) and `+` keep the licence's standing.
 */
export function isOsiApprovedExpression(expression: string): boolean {
  let tree: ReturnType<typeof parse>;
  try {
    tree = parse(expression);
  } catch {
    return false;
  }
  const approved = (node: ReturnType<typeof parse>): boolean => {
    if ('license' in node) return licenses[node.license]?.osiApproved === true;
    return node.conjunction === 'or'
      ? approved(node.left) || approved(node.right)
      : approved(node.left) && approved(node.right);
  };
  return approved(tree);
}
