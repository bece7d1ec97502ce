/**
 * The one error module: every failure a user can cause has a stable id (for clients and logs)
 * and an HTTP status, and its message is safe to show.
 */
export class AppError extends Error {
  constructor(
    readonly id: string,
    readonly status: number,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, key: string) {
    super('not_found', 404, `${what} "${key}" was not found`, { what, key });
  }
}

export class ValidationError extends AppError {
  constructor(readonly field: string, reason: string) {
    super('invalid_input', 400, `${field}: ${reason}`, { field });
  }
}

export class ConfigError extends AppError {
  constructor(readonly variable: string, reason: string) {
    super('invalid_config', 500, `invalid configuration ${variable}: ${reason}`, { variable });
  }
}

/** A file that cannot be imported; `line` is 1-based where the problem has a place. */
export class ImportError extends AppError {
  constructor(reason: string, readonly line: number | null = null) {
    super('import_failed', 422, reason, { line });
  }
}

export class UnknownFormatError extends ImportError {
  constructor(reason: string) {
    super(reason);
  }
}

export class UnavailableError extends AppError {
  constructor(what: string) {
    super('unavailable', 503, `${what} is not available on this server right now`, { what });
  }
}
