// Writes the run's totals to <repo>/test-results/<name>.json, for .ci/run to add up and print in one line.
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  constructor(_globalConfig, options = {}) {
    this.name = options.name ?? 'jest';
  }

  onRunComplete(_contexts, results) {
    const dir = path.resolve(__dirname, '../../../test-results');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${this.name}-node${process.versions.node.split('.')[0]}.json`);
    const summary = {
      node: process.versions.node,
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
      suites: results.numTotalTestSuites,
    };
    fs.writeFileSync(file, JSON.stringify(summary, null, 2) + '\n');
  }
}

module.exports = SummaryReporter;
