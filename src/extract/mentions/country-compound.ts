import { lookupCountryForm } from "../gazetteer/countries.ts";
import type { Token } from "../text/tokenize.ts";
import { countryMention, type Mention } from "./mention.ts";
import { spanOf } from "./span.ts";

/** A country's name or demonym joined to a participle: "Emirati-owned", "US-brokered". */
const COMPOUND =
  /^(\p{Lu}[\p{L}.]*)-(?:owned|backed|funded|financed|based|made|built|brokered|sponsored|controlled|run|allied|aligned|supported|mediated|drafted|operated|flagged|registered|trained|armed|administered)$/u;

/**
 * Any capitalised word joined to a participle of where or by whom ("Kong-based", "Kurdish-led",
 * "Kremlin-backed"): a modifier of the name after it, never a part of it.
 */
export const PARTICIPLE_COMPOUND =
  /^\p{Lu}[\p{L}.]*-(?:owned|backed|funded|financed|based|led|run|controlled|sponsored|allied|aligned|supported|operated|headquartered)$/u;

/**
 * "the Emirati-owned Abu Dhabi Fund", "a US-brokered truce", "Saudi-backed forces": the country
 * that owns, leads or backs something is referred to by the first half of the compound.
 */
export function countryCompound(tokens: readonly Token[], i: number): Mention | undefined {
  const t = tokens[i];
  if (t === undefined || !t.capitalized || !t.text.includes("-")) return undefined;
  const m = COMPOUND.exec(t.text);
  const form = m?.[1] === undefined ? undefined : lookupCountryForm(m[1]);
  if (form === undefined) return undefined;
  return countryMention(form.iso3, form.kind, spanOf(tokens, i, i + 1, t.text));
}
