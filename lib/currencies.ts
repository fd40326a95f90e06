// ISO 4217 currency codes: the one list every amount, rate and form is checked against. It comes from the
// ICU data of the JavaScript runtime (Intl.supportedValuesOf), which tracks ISO 4217's current list, so
// there is no copy of the standard to keep up to date here.

/** Every ISO 4217 code the runtime knows, in capitals, sorted. */
export const CURRENCY_CODES: readonly string[] = Intl.supportedValuesOf("currency");

const known = new Set(CURRENCY_CODES);

/** True for a current ISO 4217 code written in capitals ("CNY"; not "cny", "RMB" or "XYZ"). */
export function isCurrencyCode(code: string): boolean {
  return known.has(code);
}

/** The field message for a code that is not one. */
export function unknownCurrencyMessage(code: string): string {
  return `"${code}" is not an ISO 4217 currency code; use one such as CNY, EUR or USD`;
}
