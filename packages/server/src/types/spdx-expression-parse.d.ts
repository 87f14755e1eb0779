declare module 'spdx-expression-parse' {
  interface LicenseNode {
    license: string;
    plus?: boolean;
    exception?: string;
  }
  interface ConjunctionNode {
    left: SpdxNode;
    conjunction: 'and' | 'or';
    right: SpdxNode;
  }
  type SpdxNode = LicenseNode | ConjunctionNode;
  function parse(expression: string): SpdxNode;
  export = parse;
}
