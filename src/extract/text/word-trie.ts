/**
 * An alternation of words as a trie: "(dollars?|dinars?|…)" written "(d(?:ollar|inar)s?|…)".
 * V8 tries the alternatives of a group one after the other at every place it searches, and it
 * merges shared beginnings only of plain strings: a list of hundreds of words, each letter a
 * class of its accented forms, was tried word by word after every number. As a trie, each letter
 * is read once and only the branch it opens is followed.
 *
 * It matches what the words sorted longest first would, the same text for the group: `atom` must
 * give disjoint patterns for different characters, so that at any place the words that match lie
 * on one path of the trie; there a longer word is tried before a shorter one (continuing is
 * tried before stopping), as the longest-first list tries them.
 */
export function wordTrie(words: Iterable<string>, atom: (char: string) => string): string {
  const root = newNode();
  for (const word of words) {
    let node = root;
    for (const char of word) {
      let next = node.next.get(char);
      if (next === undefined) node.next.set(char, (next = newNode()));
      node = next;
    }
    node.word = true;
  }
  return `(${branches(root, atom)})`;
}

interface TrieNode {
  word: boolean;
  readonly next: Map<string, TrieNode>;
}

function newNode(): TrieNode {
  return { word: false, next: new Map() };
}

/** What may follow a node: one of its branches, or, where a word ends there, nothing. */
function branches(node: TrieNode, atom: (char: string) => string): string {
  const alternatives = [...node.next].map(([char, next]) => atom(char) + branches(next, atom));
  if (alternatives.length === 0) return "";
  const group =
    alternatives.length === 1 && !node.word
      ? (alternatives[0] ?? "")
      : `(?:${alternatives.join("|")})`;
  return node.word ? `${group}?` : group;
}
