import type { Actor } from "./actor.ts";
import { KIND_NOUNS } from "./kind-nouns.ts";

/** "the Danish company APM Terminals", "Kenyan lender KCB": a kind noun right before a name. */
const KIND_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${KIND_NOUNS})\s+$`, "u");

/** "BYD, the Chinese carmaker,", "KCB, a Kenyan lender": a kind noun in apposition after a name. */
const KIND_AFTER = new RegExp(
  String.raw`^\s*,\s+(?:the|a|an)\s+(?:[\p{L}\d-]+\s+){0,3}?(${KIND_NOUNS})(?![\p{L}])`,
  "u",
);

/**
 * The kind noun a sentence gives a body where it names it, before the name or in apposition
 * after it: "Chinese carmaker BYD opened a plant… Residents criticised the company" takes up BYD,
 * though no list knows it for a company.
 */
export function describedKind(text: string, start: number, actor: Actor): string | undefined {
  const before = text.slice(Math.max(0, actor.start - start - 30), actor.start - start);
  const after = text.slice(actor.end - start, actor.end - start + 60);
  return (KIND_BEFORE.exec(before) ?? KIND_AFTER.exec(after))?.[1];
}
