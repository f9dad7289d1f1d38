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
# A page body fetched over HTTP, counted after decompression.
FETCHED_BODY_BYTES = 10 * MB
