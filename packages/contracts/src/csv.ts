// CSV as the fact exports write it (RFC 4180); shared by `palermo facts` and the HTTP API.
/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : Array.isArray(value) ? value.join(value.every((v) => typeof v === 'number') ? '-' : ';') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line from values in column order. */
export function csvLine(values: readonly unknown[]): string {
  return values.map(csvField).join(',');
}
