import { UnrecoverableError } from 'bullmq';

/** A failure no retry can fix (bad input, validation): the job fails at once, with this message. */
export class PermanentError extends UnrecoverableError {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A queue payload that does not match its contract. */
export class InvalidPayloadError extends PermanentError {}

/** A stage's input is missing from storage: an earlier stage did not finish. */
export class MissingInputError extends PermanentError {}

/** A permanent failure of one stored document, named by its id so the failure lands on it. */
export class DocumentError extends PermanentError {
  constructor(message: string, readonly documentId: string) {
    super(message);
  }
}
