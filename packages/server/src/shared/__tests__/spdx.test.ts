import { isOsiApprovedExpression, spdxLicenseIds } from '../spdx';

test.each([
  ['MIT', ['MIT']],
  ['Apache-2.0 OR MIT', ['Apache-2.0', 'MIT']],
  ['GPL-2.0-or-later', ['GPL-2.0-or-later']],
  ['(MIT AND CC-BY-4.0)', ['MIT', 'CC-BY-4.0']],
])('%s is valid SPDX', (expression, ids) => {
  expect(spdxLicenseIds(expression)).toEqual(ids);
});

test.each(['', 'GPL', 'MIT OR', 'Free for good', 'mit license'])('%j is not', (expression) => {
  expect(spdxLicenseIds(expression)).toBeNull();
});

test.each([
  ['MIT', true],
  ['GPL-3.0-or-later', true],
  ['CC-BY-4.0', false],
  ['MIT OR CC-BY-4.0', true],
  ['MIT AND CC-BY-4.0', false],
  ['(Apache-2.0 AND MIT) OR CC0-1.0', true],
  ['GPL-2.0-only WITH Classpath-exception-2.0', true],
  ['not a licence', false],
])('OSI approval of %s is %s', (expression, approved) => {
  expect(isOsiApprovedExpression(expression)).toBe(approved);
});
