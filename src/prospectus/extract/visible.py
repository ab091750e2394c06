"""Stage 4: what a reader of the page sees, apart from its structured data.

For HTML the parsed tree is kept (with scripts, styles and other invisible parts
removed) because layouts such as ``<details>``, ``<dl>`` and tables are best read
from it, and a line-based text is derived from it: one line per block, table
cells separated by tabs.  For a text dump the text is what is left once its
JSON objects are taken out.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.text import word_alternation

_INVISIBLE = "script, style, noscript, template, svg, iframe, object, canvas, head, link, meta"
_BLOCK_TAGS = (
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "thead", "tfoot", "tr", "ul", "button", "label", "option",
)  # fmt: skip
_BLOCK = re.compile(rf"<(?:/?(?:{word_alternation(_BLOCK_TAGS)}))\b[^>]*>", re.I)
_CELL = re.compile(r"</t[dh]\s*>", re.I)
_TAG = re.compile(r"<[^>]*>")
_STRUCK = re.compile(r"<(?:s|del|strike)\b[^>]*>(.*?)</(?:s|del|strike)\s*>", re.I | re.S)
_STRUCK_START = re.compile(r"<(?:s|del|strike)\b", re.I)  # where every _STRUCK match starts
_SPACES = re.compile(r"[ \r\f\v\u00a0\u200b]+")
# _SPACES in two steps that skip ahead fast (a rare character, then two spaces) and leave
# lone spaces alone: a run from its first rare character on, then what is left of two or more.
_ODD_SPACES = re.compile(r"[\r\f\v\u00a0\u200b][ \r\f\v\u00a0\u200b]*")
_ODD_CHARS = "\r\f\v\u00a0\u200b"  # one of these starts every match of _ODD_SPACES
_DOUBLE_SPACES = re.compile(r"  +")
_LINES = re.compile(r"\n\s*\n+|\n ")


@dataclass(frozen=True, slots=True)
class Visible:
    """The visible side of one page."""

    page: str
    text: str  # one block per line; table cells separated by tabs
    tree: LexborHTMLParser | None = None  # HTML only, invisible parts removed
    lang: str | None = None
    base_url: str | None = None

    @property
    def is_textdump(self) -> bool:
        return self.tree is None


def strip_invisible(tree: LexborHTMLParser) -> None:
    """Remove the parts of ``tree`` no reader sees (scripts, styles, templates...)."""
    for node in tree.css(_INVISIBLE):
        node.decompose()


def html_to_lines(markup: str) -> str:
    """Markup as text with a line per block and tabs between table cells.

    Struck-through text (``<s>``, ``<del>``, ``<strike>``) is prefixed with "was", the
    way a reader hears a crossed-out price next to the current one.
    """
    text = _STRUCK.sub(r" was \1 ", markup) if _STRUCK_START.search(markup) else markup
    text = _CELL.sub("\t", text)
    text = _BLOCK.sub("\n", text)
    text = html.unescape(_TAG.sub("", text))
    if any(ch in text for ch in _ODD_CHARS):  # a plain test far faster than the regex
        text = _ODD_SPACES.sub(" ", text)
    text = _DOUBLE_SPACES.sub(" ", text)
    if "\t" in text:  # one tab per cell (empty cells keep their column), no spaces around
        text = "\t".join([cell.strip(" ") for cell in text.split("\t")])
    # Lines trimmed of spaces, blank ones (white space only) left out.
    return "\n".join(
        [
            trimmed
            for line in text.split("\n")
            if (trimmed := line.strip(" ")) and not trimmed.isspace()
        ]
    )


def node_lines(node: LexborNode) -> str:
    """The visible text of one element, a line per block."""
    return html_to_lines(node.html or "")


def visible_from_tree(
    tree: LexborHTMLParser, page: str, *, lang: str | None, base_url: str | None
) -> Visible:
    """The visible side of a parsed page whose structured-data scripts are already read."""
    strip_invisible(tree)
    body = tree.body
    text = node_lines(body) if body is not None else ""
    return Visible(page=page, text=text, tree=tree, lang=lang, base_url=base_url)


def visible_from_text(text: str, page: str, *, base_url: str | None = None) -> Visible:
    """The visible side of a text dump: its text, less its JSON, white space tidied."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return Visible(page=page, text="\n".join(line for line in lines if line), base_url=base_url)
