import { Writable } from 'node:stream';
import type { ValidationError } from 'class-validator';
import pino from 'pino';
import { ArgumentValidationError } from 'type-graphql';
import { createErrorFormatter } from '../errors';
import { requestScope } from '../request-scope';

/** The formatter, logging into an array, run as inside a request with an id. */
function formatter() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const format = createErrorFormatter(pino({ level: 'info' }, stream));
  const formatError = (error: unknown) =>
    requestScope.run({ requestId: 'req-7' }, () => format({ message: 'Argument Validation Error' }, error));
  return { formatError, lines };
}

test('a validator that threw rather than refused is a fault: logged at error, answered with the request id', () => {
  const { formatError, lines } = formatter();
  const crashed = new ArgumentValidationError(new URIError('URI malformed') as unknown as ValidationError[]);
  expect(formatError(crashed).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-7' });
  expect(lines).toEqual([expect.objectContaining({ level: 50, requestId: 'req-7', err: expect.anything() })]);
});
