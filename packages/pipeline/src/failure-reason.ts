/** What a failure is about: the source the user gave and the document read from it, where known. */
export interface FailureSubject {
  source: string | null;
  documentId: string | null;
}

/**
 * Makes a failure reason name its document: an operator reading "Connection terminated
 * unexpectedly" in a list of failures must see which document it hit. A reason that already
 * names the source (its path, URL or file name) or the document id is kept as it is.
 */
export function nameTheDocument(reason: string, subject: FailureSubject): string {
  const { source, documentId } = subject;
  const names = [source, source?.split('/').filter(Boolean).at(-1), documentId, documentId?.slice(0, 12)];
  if (names.some((name) => name && reason.includes(name))) return reason;
  if (source) return `${source}: ${reason}`;
  if (documentId) return `document ${documentId.slice(0, 12)}: ${reason}`;
  return reason;
}
