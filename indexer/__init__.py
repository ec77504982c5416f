"""Chinese full-text search over the clippings archive (Whoosh index derived from SQLite).

- ``analysis``: the tokenizer over the shared segmenter (Whoosh contract: positions, chars, mode);
- ``schema``: fields, and an archive row as a document;
- ``store``: index generations and the atomic CURRENT pointer;
- ``build`` / ``parallel``: incremental updates and (multi-process) rebuilds;
- ``query``: the query language, synonyms, Chinese error messages;
- ``engine`` / ``columns``: numpy evaluation, filters, facets, date sort;
- ``snippets``: highlighting without re-segmenting;
- ``search``: the one search function; ``output``: table, JSON lines, CSV.
"""
