"""Stage 5: FAQ and glossary layouts found in what a reader sees, without any markup.

- ``faq``            questions and answers in an HTML tree: ``<details>``, ARIA accordions,
                     ``<dl>``, question headings or blocks followed by their answer, "Q:"/"A:"
- ``faq_text``       the same in a text dump's lines (jumbled, glued, with tag remnants)
- ``glossary``       glossary terms in an HTML tree: ``<dl>``, term/definition tables,
                     a heading per term, and the line layouts below
- ``glossary_text``  "Term — definition" lines in a glossary stretch, "Definition: …" fact sheets
- ``cues``           what says "this is an FAQ / a glossary" (headings, ids, classes), shared
- ``outline``        a page's FAQ and glossary regions, marked by those cues, shared

The entry points are ``faq.find_faqs`` and ``glossary.find_terms``; both take the page's
:class:`~prospectus.extract.visible.Visible` side and return records (``source`` ``html`` for
HTML pages, ``text`` for text dumps).  They never raise on odd input: a layout that does not
fit is simply not found.
"""
