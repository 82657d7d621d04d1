import type { LanguageProfile } from './language-profile.ts';
import { ENGLISH } from './profile-en.ts';
import { FRENCH } from './profile-fr.ts';

/** The languages the extractor reads, by ISO 639-1 code. */
export const PROFILES: Readonly<Record<string, LanguageProfile>> = { fr: FRENCH, en: ENGLISH };

/** The profile of a language code ("fr", "fr-FR", "en"), or null when the product does not read it. */
export function profileFor(language: string | null | undefined): LanguageProfile | null {
  const code = language?.toLowerCase().split(/[-_]/)[0] ?? '';
  return PROFILES[code] ?? null;
}
