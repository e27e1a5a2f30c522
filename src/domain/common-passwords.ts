/**
 * The commonest passwords that are long enough to pass the length rule (12 characters), and
 * the words most such passwords are built from. Drawn from the top of the public lists of
 * leaked passwords (English and Dutch) and the names people reach for first here: the
 * product, the municipality, the seasons. See docs/rules/passwords.md.
 *
 * Kept small on purpose: the length rule does most of the work; this list stops the
 * guesses an attacker tries first.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '000000000000',
  '111111111111',
  '123123123123',
  '123456123456',
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456789123',
  '123456789abc',
  '123456abcdef',
  '987654321098',
  '1q2w3e4r5t6y',
  '1q2w3e4r5t6y7u',
  '1qaz2wsx3edc',
  '1qaz2wsx3edc4rfv',
  'zaq12wsxcde3',
  'zaq1zaq1zaq1',
  'qazwsxedcrfv',
  'qweasdzxc123',
  'qwertyuiop12',
  'qwertyuiop123',
  'qwertyuiopasdf',
  'qwertyuiopasdfgh',
  'asdfghjkl123',
  'asdfghjkl;12',
  'zxcvbnm12345',
  'abcdefghijkl',
  'abcdefghijklm',
  'abc123456789',
  'abcd12345678',
  'aaaaaaaaaaaa',
  'passwordpassword',
  'password1234',
  'password12345',
  'password123456',
  'p@ssw0rd1234',
  'iloveyou1234',
  'trustno1trustno1',
  'letmein12345',
  'football1234',
  'superman1234',
  'changeme1234',
  'administrator',
  'administrator1',
  'welkomwelkom',
  'welkom123456',
  'wachtwoord12',
  'wachtwoord123',
  'wachtwoord1234',
  'wachtwoordwachtwoord',
  'geheimgeheim',
  'voetbal12345',
  'samenredzaam',
  'samenredzaam1',
]);

/**
 * Words that, with only digits and marks before or after them ("Wachtwoord2024!",
 * "Zomer2026!!!!"), make a password that is guessed among the first.
 */
export const COMMON_PASSWORD_WORDS: ReadonlySet<string> = new Set([
  'password',
  'passw0rd',
  'wachtwoord',
  'welkom',
  'welcome',
  'qwerty',
  'azerty',
  'admin',
  'administrator',
  'beheerder',
  'letmein',
  'iloveyou',
  'geheim',
  'secret',
  'changeme',
  'samenredzaam',
  'gemeente',
  'maastricht',
  'zomer',
  'winter',
  'lente',
  'herfst',
  'voorjaar',
  'najaar',
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
]);

/** True when the password is on the list, or is a common word with only digits and marks around it. */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return true;
  // One character repeated ("xxxxxxxxxxxx") is no password either.
  if (/^(.)\1*$/su.test(lower)) return true;
  const word = lower.replace(/^[^\p{L}]+/u, '').replace(/[^\p{L}]+$/u, '');
  return COMMON_PASSWORD_WORDS.has(word);
}
