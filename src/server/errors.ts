import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/**
 * Every error as `{ error, message }` with its status: a bad request names the part and field at
 * fault ("querystring/from: must be a date YYYY-MM-DD"); a server fault says no more than that.
 */

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

const STATUS_NAMES: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Entity' };

export function handleError(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const message = err.validation.map((v) => `${err.validationContext ?? 'request'}${v.instancePath || ''}: ${v.message ?? 'is not valid'}`).join('; ');
    void reply.status(400).send({ error: 'Bad Request', message });
    return;
  }
  const status = err instanceof HttpError ? err.statusCode : err.statusCode && err.statusCode < 500 ? err.statusCode : 500;
  if (status >= 500) request.log.error(err);
  void reply.status(status).send({ error: STATUS_NAMES[status] ?? 'Internal Server Error', message: status >= 500 ? 'internal error' : err.message });
}
