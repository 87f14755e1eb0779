import pino, { type Logger } from 'pino';
import type { LogLevel } from './config';

export type { Logger };

/** Structured JSON logs; secrets that might pass through are redacted wherever they appear. */
export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: { service: 'goodlink' },
    redact: {
      paths: ['password', '*.password', 'token', '*.token', 'headers.authorization', '*.headers.authorization'],
      censor: '[redacted]',
    },
  });
}
