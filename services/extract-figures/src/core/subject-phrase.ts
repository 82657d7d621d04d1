import { squash } from './text-fold.ts';

// Words that end a noun phrase: verbs, relatives and most prepositions of place and time.
const STOP_AFTER = /\s(?:qui|que|dont|ont|a|avait|avaient|sont|est|etaient|ayant|dans|en|au|aux|sur|par|depuis|pendant|pour|avec|entre|lors|et|ou|contre|grace|afin|selon|chaque|ce|cette|ces|n'ont|se|s'|ne)\s/;

/** The noun phrase right after a figure ("projets d'organisations non gouvernementales"), or null. */
export function subjectAfter(text: string, folded: string, from: number, options: { share?: boolean } = {}): string | null {
  const rest = folded.slice(from, from + 120);
  // A share names what it is a share of: "55 pour cent des 42 subventions".
  if (options.share && !/^\s+(?:des|de|du|d')\b/.test(rest)) return null;
  const cut = rest.search(/[,;:()«»."]/);
  let end = cut === -1 ? rest.length : cut;
  const stop = STOP_AFTER.exec(` ${rest.slice(0, end)} `.slice(0));
  if (stop) end = Math.min(end, Math.max(0, stop.index - 1));
  const phrase = squash(text.slice(from, from + end));
  return phrase.length > 1 ? phrase : null;
}

/** The few words before a figure ("délai de", "un mandat de"), as a short subject, or null. */
export function subjectBefore(text: string, to: number): string | null {
  const head = text.slice(Math.max(0, to - 80), to);
  const clause = head.split(/[,;:()«»]/).pop() ?? '';
  const words = squash(clause).split(' ').filter((w) => w.length > 0).slice(-6);
  const phrase = words.join(' ');
  return phrase.length > 1 ? phrase : null;
}
