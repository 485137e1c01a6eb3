import type { Actor } from "../resolve/actor.ts";
import { mayStartTitle } from "../gazetteer/title-index.ts";
import { CAPITAL_FIRST } from "../text/char-classes.ts";

/** "Bosnian Serb leader", "Prime Minister": words that may stand before a person's name. */
export function isTitlePrefix(words: string): boolean {
  const list = words.trim().split(/\s+/);
  return (
    list.length <= 6 &&
    list.every(
      (w) =>
        CAPITAL_FIRST.test(w) ||
        /^(?:the|his|her|its|their)$/i.test(w) ||
        mayStartTitle(w) ||
        RELATION.test(w),
    )
  );
}

/**
 * "his colleague Cossette López", "her rival Pedro Gómez", "his predecessor Rishi Sunak": a word
 * for how a person stands to another, before their name, as a title stands.
 */
const RELATION =
  /^(?:colleague|rival|arch-?rival|predecessor|successor|opponent|challenger|critic|nemesis|co-?councill?or|fellow)s?$/i;

/**
 * "denounced by Iraqi President Abdul Latif Rashid", "the Brazilian leader used the summit to…": a
 * state's demonym before a title, or before the role a person is taken up by, describes that
 * person, who is the party.
 */
export function titledPerson(
  text: string,
  start: number,
  holder: Actor,
  after: readonly Actor[],
): Actor {
  if (holder.label !== "Country") return holder;
  const person = after.find((a) => a.start >= holder.end && a.label === "Person");
  if (person === undefined || person.start - holder.end >= 60) return holder;
  const between = text.slice(holder.end - start, person.start - start);
  // "The Brazilian leader used his speech to…": the demonym is the described person's own.
  return between.trim() === "" || isTitlePrefix(between) ? person : holder;
}
