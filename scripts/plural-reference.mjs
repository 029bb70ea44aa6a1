// Writes core/tests/golden/plurals.txt: the CLDR plural category of every
// count from 0 to 1,099 in Arabic and English, as ICU's Intl.PluralRules
// (the browsers' own) gives them, one letter per count (z zero, o one,
// t two, f few, m many, x other). The core's rules are tested against it.
import { writeFileSync } from 'node:fs';

const letter = { zero: 'z', one: 'o', two: 't', few: 'f', many: 'm', other: 'x' };
const lines = ['# CLDR plural categories for 0..1099 from Intl.PluralRules (ICU); z zero, o one, t two, f few, m many, x other'];
for (const lang of ['ar', 'en']) {
  const rules = new Intl.PluralRules(lang);
  const row = Array.from({ length: 1100 }, (_, n) => letter[rules.select(n)]).join('');
  lines.push(`${lang} ${row}`);
}
writeFileSync(new URL('../core/tests/golden/plurals.txt', import.meta.url), lines.join('\n') + '\n');
