import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isCancelledStatement, TIMEOUT_CODE, TIMEOUT_MESSAGE } from '../db/statement-timeout';
import { requestScope } from '../graphql/request-scope';
import type { Logger } from '../logger';
import { isStorableText } from '../shared/text';
import { httpStatusOf, OperationRefused } from './operation';
import { refuse } from './refuse';

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** Every request gets an id (the caller's X-Request-Id when it is sane), echoed back and on its log line. */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const given = req.header('x-request-id');
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      logger.info(
        {
          requestId,
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      );
    });
    requestScope.run({ requestId }, next);
  };
}

/**
 * A path that does not decode to text — a NUL, or bytes that are not UTF-8 (an encoded half surrogate pair among them)
 * — names nothing here: 404, before a route hands a segment of it to a query.
 */
export const unreadablePath: RequestHandler = (req, res, next) => {
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    return refuse(res, 404, 'NOT_FOUND', 'Nothing is at this address.');
  }
  if (!isStorableText(path)) return refuse(res, 404, 'NOT_FOUND', 'Nothing is at this address.');
  next();
};

/** A batched request (a JSON array of operations) holds at most `maxBatch` of them. */
export function capBatch(maxBatch: number): RequestHandler {
  return (req, res, next) => {
    if (Array.isArray(req.body) && req.body.length > maxBatch) {
      return refuse(
        res,
        400,
        'BATCH_TOO_LARGE',
        `A batch may hold at most ${maxBatch} operations; this one has ${req.body.length}.`,
        { maxBatch },
      );
    }
    next();
  };
}

/** body-parser's failures, said plainly. */
const BODY_ERRORS: Record<string, { code: string; message: string }> = {
  'entity.parse.failed': { code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' },
  'entity.too.large': { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' },
};

/** A malformed body gets a JSON answer in GraphQL's shape, not an HTML page with a stack trace. */
export function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    // An operation a route ran in-process was refused: its errors are the answer (the GraphQL layer has logged and
    // counted them).
    if (error instanceof OperationRefused) return res.status(httpStatusOf(error.code)).json({ errors: error.errors });
    // A statement of the middleware (the session lookup, the rate limit) past the statement timeout.
    if (isCancelledStatement(error)) {
      logger.warn(
        { requestId: res.getHeader('x-request-id') },
        'a statement ran past the statement timeout and was cancelled',
      );
      return refuse(res, 503, TIMEOUT_CODE, TIMEOUT_MESSAGE);
    }
    const status = typeof error?.status === 'number' && error.status < 500 ? error.status : 500;
    if (status >= 500) logger.error({ err: error }, 'unhandled HTTP error');
    const { code, message } =
      BODY_ERRORS[error?.type] ??
      (status < 500
        ? { code: 'BAD_REQUEST', message: 'The request could not be read.' }
        : { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side.' });
    refuse(res, status, code, message);
  };
}
