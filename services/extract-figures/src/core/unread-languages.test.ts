import { describe, expect, it } from 'vitest';
import { hasUnreadScript } from './unread-languages.ts';

describe('hasUnreadScript', () => {
  it('finds a Cyrillic, Arabic or Han character anywhere in a Latin text', () => {
    const latin = 'Les États parties — 178 au 1er janvier 2024 ; voir « Protocole »… ';
    expect(hasUnreadScript(`${latin}Протокол`)).toBe(true);
    expect(hasUnreadScript(`${latin}بروتوكول`)).toBe(true);
    expect(hasUnreadScript(`${latin}议定书`)).toBe(true);
    expect(hasUnreadScript(`${latin}\u{20000}`)).toBe(true); // Han past the BMP, a surrogate pair
  });

  it('finds none in Latin text with typography, Greek, symbols and private-use glyphs', () => {
    expect(hasUnreadScript('Œuvre – 12 % ; € 5 000 ; Σ ; ● \uF0B7 ™ ﬁ « » ‘’ \u{1F600}')).toBe(false);
    expect(hasUnreadScript('')).toBe(false);
  });
});
