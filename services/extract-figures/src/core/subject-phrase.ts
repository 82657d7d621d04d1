import type { LanguageProfile } from './language-profile.ts';
import { FRENCH } from './profile-fr.ts';
import { fold, squash } from './text-fold.ts';

/** The noun phrase right after a figure ("projets d'organisations non gouvernementales"), or null. */
export function subjectAfter(text: string, folded: string, from: number, options: { share?: boolean; profile?: LanguageProfile } = {}): string | null {
  const profile = options.profile ?? FRENCH;
  const rest = folded.slice(from, from + 120);
  // A share names what it is a share of: "55 pour cent des 42 subventions".
  if (options.share && !profile.subjects.shareOf.test(rest)) return null;
  const cut = rest.search(/[,;:()«»."]/);
  let end = cut === -1 ? rest.length : cut;
  const stop = profile.subjects.stopAfter.exec(` ${rest.slice(0, end)} `);
  if (stop) end = Math.min(end, Math.max(0, stop.index - 1));
  // A phrase cut before its complement does not end on a link: "objectifs de (ce pacte)" is "objectifs",
  // nor on the participle that governed it: "questions liées (à ce problème)" is "questions".
  const words = squash(text.slice(from, from + end)).split(' ');
  const dropLinks = () => {
    while (words.length > 1 && isLinkOrDeterminer(words[words.length - 1] ?? '', profile)) words.pop();
  };
  dropLinks();
  const cutBefore = stop ? text.slice(from + stop.index).trimStart().toLowerCase() : '';
  if (stop && words.length > 1 && profile.subjects.participleComplement.test(cutBefore)
    && profile.subjects.danglingParticiple.test((words[words.length - 1] ?? '').toLowerCase())) {
    words.pop();
    dropLinks();
  }
  const phrase = words.join(' ');
  return phrase.length > 1 ? phrase : null;
}

function bareWord(w: string): string {
  return fold(w).replace(/[^a-z']/g, '');
}

function isLinkOrDeterminer(word: string, profile: LanguageProfile): boolean {
  const bare = bareWord(word);
  return profile.subjects.trailingLinks.test(bare) || profile.subjects.determiners.test(bare);
}

/**
 * The noun a figure measures, read backwards from it: "un délai de trois mois" → "délai",
 * "a mandate of three years" → "mandate". Links ("de", "pendant", "of") and determiners are dropped;
 * when no noun is left, null (a missing subject is better than "des Nations Unies un délai de").
 */
export function subjectBefore(text: string, to: number, profile: LanguageProfile = FRENCH): string | null {
  const head = text.slice(Math.max(0, to - 80), to).replace(/d['’]$/, "d' ");
  const clause = head.split(/[,;:()«»]/).pop() ?? '';
  const words = squash(clause).split(' ').filter((w) => w.length > 0);
  // Only "X de <figure>", "X of <figure>" names what the figure measures; "pendant", "en"... do not.
  const link = bareWord(words[words.length - 1] ?? '');
  if (!/^(?:de|d'|du|of)$/.test(link)) return null;
  words.pop();
  // "le nombre a diminué de 27 %": a verb before the figure, not a noun it measures.
  if (profile.subjects.auxiliary.test((words[words.length - 2] ?? '').toLowerCase())) return null;
  const phrase: string[] = [];
  for (let i = words.length - 1; i >= 0 && phrase.length < 4; i--) {
    const word = words[i] ?? '';
    const bare = bareWord(word);
    // "l'octroi": the elided article is cut off the noun.
    const elided = /^(?:l|d)'(.+)$/.exec(bare);
    if (elided) {
      // "d'une durée de": the elided link leads to an article, not to the noun.
      if (!profile.subjects.determiners.test(elided[1] ?? '')) phrase.unshift(word.slice(word.length - (elided[1]?.length ?? 0)));
      break;
    }
    if (profile.subjects.determiners.test(bare) || profile.subjects.trailingLinks.test(bare) || /\d/.test(word)) break;
    phrase.unshift(word);
  }
  const subject = phrase.join(' ');
  return subject.length > 1 && /\p{L}{2}/u.test(subject) ? subject : null;
}
