/** An error the API answers with its own status and a stable code: `{ error: { code, message } }`. */
export class ApiError extends Error {
  constructor(readonly statusCode: number, readonly code: string, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

/** 404: the thing named in the path does not exist. */
export class NotFoundError extends ApiError {
  constructor(message: string) {
    super(404, 'not_found', message);
  }
}

/** 400: the request is malformed or names something unknown. */
export class BadRequestError extends ApiError {
  constructor(message: string, code = 'invalid_request') {
    super(400, code, message);
  }
}
