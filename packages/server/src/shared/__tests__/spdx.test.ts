import { spdxLicenseIds } from '../spdx';

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
