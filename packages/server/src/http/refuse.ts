import type { Response } from 'express';

/** A refusal before GraphQL runs, in GraphQL's response shape; its code is counted (`countRefusals`). */
export function refuse(res: Response, status: number, code: string, message: string, extensions: object = {}) {
  res.locals.refusedWith = code;
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}
