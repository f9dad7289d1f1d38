"""How large an input may be before it is refused as a mistake: every size cap, in one place.

A cap guards memory and the checker's time: nothing a desk checks comes near these sizes, so
a file or page over one is refused in one line rather than read.
"""

from __future__ import annotations

MB = 1024 * 1024

# An article file or standard input (and a list of URLs): long-form journalism runs to
# ~100 KB, so 20 MB of text is no article, it is a mistake.
ARTICLE_BYTES = 20 * MB
# A local file attached as a source (a PDF, an HTML page saved to disk, a text file).
SOURCE_FILE_BYTES = 10 * MB
# A page body fetched over HTTP, counted after decompression (and a response kept in a WARC:
# a bigger one is skipped, and said so).
FETCHED_BODY_BYTES = 10 * MB
# A search uses the first this many distinct words and phrases of what was typed: a pasted
# paragraph still narrows the list, and the database is never handed a query of thousands.
SEARCH_TERMS = 50
# The words of one claim's text, speaker, note and merged wordings kept for search: a note
# runs to a few paragraphs; past this (a pasted document) its words are not searched.
SEARCH_CHARS = 200_000
# A claims file is rows of short claims: 100 MB is some 500,000 of them.
CLAIMS_FILE_BYTES = 100 * MB
# A ClaimReview feed of other desks' fact-checks is refused whole past this: split it (JSON
# Lines split at any line).
FEED_BYTES = 8 * MB
# A PDF (a source or an article): more pages than any report a checker reads through, and
# about 10,000 dense pages of text, which stops a document that inflates to gigabytes.
PDF_PAGES = 3000
PDF_TEXT_CHARS = 20_000_000


def megabytes(size: int) -> int:
    """A cap in whole MB, as the refusals word it ("at most 20 MB")."""
    return size // MB
