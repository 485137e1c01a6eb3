// Reads: the key of every article in the graph, for `load --sync` to find articles that are no
// longer in the input.
MATCH (a:Article)
RETURN a.key AS key
ORDER BY key
