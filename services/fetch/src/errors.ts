import { DocumentError, PermanentError } from '@palermo/pipeline';

/** The source holds no bytes at all. */
export class EmptyDocumentError extends PermanentError {}

/** The bytes are not text, Markdown, HTML or PDF. */
export class UnsupportedTypeError extends PermanentError {}

/** A file source that does not exist or is not a regular file. */
export class SourceNotFoundError extends PermanentError {}

/** A file source outside the configured roots (FILE_ROOTS). */
export class SourceOutsideRootsError extends PermanentError {}

/** A URL that is refused by policy (scheme, private address) or answers with a client error. */
export class SourceRefusedError extends PermanentError {}

/** More bytes than the configured cap. */
export class SourceTooLargeError extends PermanentError {}

/** A PDF that needs a password. */
export class EncryptedPdfError extends DocumentError {}

/** A PDF that pdf.js cannot read. */
export class CorruptPdfError extends DocumentError {}

/** A PDF over the page cap, or whose parse ran past its deadline or memory cap. */
export class PdfLimitError extends DocumentError {}

/** Text or HTML past a reading fence (size, line length, nesting depth): refused, never retried. */
export class TextLimitError extends DocumentError {}

/** A document whose bytes could be read but that holds no text (a scanned PDF, an empty page). */
export class NoTextError extends DocumentError {}

/** A source that gave no complete answer in time (FETCH_TIMEOUT_MS) or whose read stalled: retried. */
export class SourceTimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceTimeoutError';
  }
}
