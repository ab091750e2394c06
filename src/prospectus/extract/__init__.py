"""Extraction: one document (bytes + URL + headers) in, records out.

Never touches the network or the database.  The stages, in order:

1. ``document``   decode bytes, tell HTML from a text dump
2. ``jsonld`` / ``textdump`` / ``markup``   pull out structured data, repairing what sites break
3. ``graph``      flatten ``@graph``, resolve ``@id``, one node shape for every syntax
4. ``visible``    the visible text, apart from the structured data
5. ``patterns``   FAQ, glossary and schedule layouts in the visible text
6. ``builders``   course, FAQ, term ... records from nodes, filled from the visible text
7. ``merge``      one real thing, one record
"""

from prospectus.extract.document import Document
from prospectus.extract.page import Extraction, extract

__all__ = ["Document", "Extraction", "extract"]
