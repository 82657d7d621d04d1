/** What a figure needs to be read aloud: its qualifier, value (or range) and currency or unit. */
export interface Figure {
  value: number | null;
  value_max?: number | null;
  qualifier: string | null;
  currency: string | null;
  unit: string | null;
}

/** "more than 6 000 000 USD", "150 States", "5–7 EUR": a figure as a person reads it. */
export function describeValue(figure: Figure): string {
  if (figure.value === null) return '';
  const qualifier = figure.qualifier && figure.qualifier !== 'exact' && figure.qualifier !== 'range' ? `${figure.qualifier.replace('_', ' ')} ` : '';
  const max = figure.value_max ?? null;
  const amount = max !== null ? `${groupDigits(figure.value)}–${groupDigits(max)}` : groupDigits(figure.value);
  return `${qualifier}${amount} ${figure.currency ?? figure.unit ?? ''}`.trim();
}

/** 2000000 → "2 000 000", as the reports print it. */
export function groupDigits(value: number): string {
  const [whole = '', fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return fraction ? `${grouped},${fraction}` : grouped;
}
