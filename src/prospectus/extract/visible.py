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
from dataclasses import dataclass, field
from itertools import filterfalse, repeat

from selectolax.lexbor import LexborHTMLParser, LexborNode

from prospectus.extract.text import word_alternation

_INVISIBLE_TAGS = (
    "script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "head",
    "link", "meta",
)  # fmt: skip
# Text only screen readers get (WordPress, Bootstrap, Drupal, HTML5 Boilerplate class names):
# "Skip to content", "(current)", "Original price was:" -- no sighted reader sees it.  Also
# Webflow's conditional visibility class: the published site never shows such an element
# (a "Sold out" tag kept on every card but shown only where the condition holds).
_SCREEN_READER_ONLY = (
    ".screen-reader-text", ".sr-only", ".visually-hidden", ".visuallyhidden", ".element-invisible",
    ".w-condition-invisible",
)  # fmt: skip
_INVISIBLE = ", ".join([*_INVISIBLE_TAGS, *_SCREEN_READER_ONLY])
_BLOCK_TAGS = (
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "thead", "tfoot", "tr", "ul", "button", "label", "option",
    # Angular Material's header parts, laid out side by side in a flex row: a panel's or a
    # card's title and the note after it ("Inspector SSM" | "4 sesiuni programate")
    "mat-panel-title", "mat-panel-description", "mat-card-title", "mat-card-subtitle",
)  # fmt: skip
# Markup here is as lexbor writes it out (node.html): tag names in lower case, so the
# regexes below need no re.I (which makes them much slower).
_BLOCK = re.compile(rf"</?(?:{word_alternation(_BLOCK_TAGS)})\b[^>]*>")
_TAG = re.compile(r"<[^>]*>")
# Elements that lay a page's items out side by side (flex or grid, margins, icons) rather
# than style part of a word: <b>, <i>, <em>, <strong>, <sup>, <sub> and the like are not.
_ITEM = word_alternation(("span", "a", "time", "abbr", "cite", "data", "output"))
# Where an item closes and the next opens with nothing between: "</span><span class=…>",
# or a note in small print follows it ("<span>1 290 zł</span><small>netto</small>").
# Also an item and the next classed span with spaces between them on one line, as an events
# plugin's template writes a row's fields: "<span class=ev-date>…</span> <span class=ev-loc>"
# (such a row is read as cells only when four items or more are so spaced, see
# _separate_items).
_JUNCTION = re.compile(rf"</(?:{_ITEM})>(?P<gap> +(?=<span class=))?<({_ITEM}|small)[\s>]")
_SPACED_ROW = 2  # junctions past the first of a row of spaced items: four items
# The opening tag(s) of the next item, then its first character: a letter, a digit or a
# currency sign (not ",", ".", ")" that go with what comes before).
_ITEM_START = re.compile(r"[^>]*>(?:<(?!/)[^>]*>)*(?:[^\W_]|[$£€¥₹₩])")
_CLOSING_TAG = re.compile(r"</[a-z][a-z0-9]*>$")
_STRUCK = re.compile(r"<(?:s|del|strike)\b[^>]*>(.*?)</(?:s|del|strike)\s*>", re.S)
_STRUCK_START = re.compile(r"<(?:s|del|strike)\b")  # where every _STRUCK match starts
# A span a theme strikes through by its class or inline style, as it writes a was-price:
# <span class="strike">, "line-through" (Tailwind, Bootstrap's text-decoration-line-through),
# "price-old", "old-price", "was-price", or style="text-decoration: line-through".
_STYLED_STRUCK = re.compile(
    r'<span\b[^>]*?\b(?:class="(?:[^"]*\s)?(?:[\w-]*(?:strike|line-?through|old[-_]price|'
    r"price(?:--?|__?)old|was-price|price-was)[\w-]*|crossed(?:-out)?)(?![\w-])[^\"]*\"|"
    r'style="[^"]*text-decoration(?:-line)?\s*:[^";]*line-through)[^>]*>'
)
# Where _STYLED_STRUCK can match: a span whose attributes hold one of its words (a quick
# test of every page, which seldom holds one; str.find for each word reads it ten times).
_STYLED_STRUCK_HINT = re.compile(
    r"<span [^>]*(?:strike|line-?through|crossed|old[-_]price|price(?:--?|__?)old|"
    r"was-price|price-was)"
)
_SPAN_TAG = re.compile(r"<(/?)span[\s>]")
# Runs of spaces ([ \r\f\v\u00a0\u200b]+) made one space in two steps that skip ahead fast
# (a rare character, then two spaces) and leave lone spaces alone: a run from its first
# rare character on, then what is left of two or more.
_ODD_SPACES = re.compile(r"[\r\f\v\u00a0\u200b][ \r\f\v\u00a0\u200b]*")
_ODD_CHARS = "\r\f\v\u00a0\u200b"  # what _ODD_SPACES finds; _tidy_lines replaces each
# A line break in the markup between a row's cells ("</td>\n<td>"): white space a browser
# does not show, so the row stays on one line.
_CELL_BREAK = re.compile(r"(</t[dh]>)\s*\n\s*(?=<t[dh][\s>])")
# Where _CELL_BREAK is worth trying: "</td>\n", "</th>\n", "</td>\r" or "</td> " -- one
# search led by "</t", where testing for each of them in turn reads a page four times.
_CELL_BREAK_HINT = re.compile(r"</td>[\n\r ]|</th>\n")
_CELL_END = re.compile(r"</t[dh]>")
_LINES = re.compile(r"\n\s*\n+|\n ")


@dataclass(frozen=True, slots=True)
class Visible:
    """The visible side of one page."""

    page: str
    text: str  # one block per line; table cells separated by tabs
    tree: LexborHTMLParser | None = None  # HTML only, invisible parts removed
    lang: str | None = None
    base_url: str | None = None
    _lines: tuple[str, ...] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def is_textdump(self) -> bool:
        return self.tree is None

    @property
    def lines(self) -> tuple[str, ...]:
        """The text's lines as they stand (``text.split("\\n")``, leading tabs and all),
        split when first asked for and then shared by every reader of the page."""
        lines = self._lines
        if lines is None:
            lines = tuple(self.text.split("\n"))
            object.__setattr__(self, "_lines", lines)  # a cache on a frozen value
        return lines


def strip_invisible(tree: LexborHTMLParser) -> None:
    """Remove the parts of ``tree`` no reader sees (scripts, styles, templates, text for
    screen readers only).

    A table's header cell keeps its screen-reader text ("Register" over a column of
    buttons): it names a column, which keeps the rows below aligned with the header.
    """
    for node in tree.css(_INVISIBLE):
        if node.tag in _INVISIBLE_TAGS or not _in_header_cell(node):
            node.decompose()


_MAX_ROW_SPAN = 60


def spread_row_spans(tree: LexborHTMLParser) -> None:
    """Give every row a table cell spans its own copy of it.

    A schedule table writes a place once for the runs below it
    (``<td rowspan="2">Berlin</td>``); read row by row, the lower rows would lack that
    cell and their others would sit under the wrong headings.
    """
    for cell in tree.css("td[rowspan], th[rowspan]"):
        span = _span_of(cell.attributes.get("rowspan"))
        row = cell.parent
        if span <= 1 or row is None or row.tag != "tr":
            continue
        column = sum(_span_of(c.attributes.get("colspan")) for c in _cells_before(cell))
        copy = cell.clone()
        del copy.attrs["rowspan"]
        below = row.next
        while span > 1 and below is not None:
            if below.tag == "tr":
                _insert_at(below, column, copy)
                span -= 1
            below = below.next


def _span_of(value: str | None) -> int:
    digits = (value or "").strip()
    return min(int(digits), _MAX_ROW_SPAN) if digits.isdigit() else 1


def _cells_before(cell: LexborNode) -> list[LexborNode]:
    found = []
    node = cell.prev
    while node is not None:
        if node.tag in ("td", "th"):
            found.append(node)
        node = node.prev
    return found


def _insert_at(row: LexborNode, column: int, cell: LexborNode) -> None:
    """Put a copy of ``cell`` into ``row`` where its cells reach ``column``."""
    reached = 0
    for child in row.iter():
        if child.tag not in ("td", "th"):
            continue
        if reached >= column:
            child.insert_before(cell)
            return
        reached += _span_of(child.attributes.get("colspan"))
    row.insert_child(cell)


def within(node: LexborNode, tags: frozenset[str], levels: int) -> bool:
    """Whether one of the ``levels`` elements above ``node`` is one of ``tags``."""
    parent = node.parent
    for _ in range(levels):
        if parent is None:
            return False
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False


_HEADER_CELL = frozenset({"th"})


def _in_header_cell(node: LexborNode) -> bool:
    return within(node, _HEADER_CELL, 3)


def _separate_items(markup: str) -> str:
    """Markup with a space between items glued side by side, and a tab between the cells
    of a row of such items (outside tables, whose cells have their own tabs).

    Sites lay such items out with CSS (flex, grid, margins), so a reader sees them apart:
    "<span>Mon 12 – Wed 14</span><span>Dublin</span><span>€695</span>".  Items glued
    inside a word or an amount are left alone: a lone letter or sign before the junction
    ("<span>€</span><span>695</span>"), or punctuation after it ("…</span><span>,00").
    """
    # (where the next item opens, its tag, the text before the junction, spaces before it)
    junctions = []
    for match in _JUNCTION.finditer(markup):
        if _ITEM_START.match(markup, match.end() - 1) and (
            before := _text_before(markup, match.start())
        ):
            tag = match.group(2)
            junctions.append((match.end() - len(tag) - 2, tag, before, bool(match["gap"])))
    if not junctions:
        return markup
    cells = [False] * len(junctions)
    first = 0
    while first < len(junctions) - 1:
        last, spaced, gap = first, " " in junctions[first][2], junctions[first][3]
        while last + 1 < len(junctions) and junctions[last + 1][3] == gap:
            # (glued items and spaced ones make two rows)
            item = _one_item(markup, junctions[last][:2], junctions[last + 1][0])
            if item is None:
                break
            spaced = spaced or " " in item
            last += 1
        # Three items or more in a row, some of several words: its cells (a date, a place,
        # a price), not a date's day, month and year ("12", "Oct", "2026"); four or more
        # where spaces already part them ("By <span>Ann Lee</span> <span>4 May</span>").
        if spaced and last - first >= (_SPACED_ROW if gap else 1):
            cells[first : last + 1] = [True] * (last + 1 - first)
        first = last + 1
    parts, end = [], 0
    for (at, _, _, _), cell in zip(junctions, cells, strict=True):
        tab = cell and not _in_table_cell(markup, at)
        parts.append(markup[end:at].rstrip() if tab else markup[end:at])
        parts.append("\t" if tab else " ")
        end = at
    parts.append(markup[end:])
    return "".join(parts)


def _text_before(markup: str, end: int) -> str:
    """The text the item closing at ``end`` (with the elements it closes first) ends with,
    if of two characters or more, its last not a space; else ""."""
    while (closing := _CLOSING_TAG.search(markup, max(0, end - 12), end)) is not None:
        end = closing.start()
    if end < 2 or markup[end - 1] in "> \t\n" or markup[end - 2] == ">":
        return ""
    return markup[markup.rfind(">", 0, end) + 1 : end]


def _one_item(markup: str, before: tuple[int, str], after: int) -> str | None:
    """The markup between two junctions as text, if it is one item (of the tag opened at
    the first junction) and no block: the items around the two junctions are siblings."""
    start, tag = before
    stretch = markup[start:after].rstrip()
    if _BLOCK.search(stretch):
        return None
    depth = 0
    for match in re.finditer(rf"<(/?){tag}[\s>]", stretch):
        depth += -1 if match.group(1) else 1
        if depth == 0:  # where the item ends: at the end of the stretch?
            return _TAG.sub("", stretch) if match.end() == len(stretch) else None
    return None


def _in_table_cell(markup: str, at: int) -> bool:
    return max(markup.rfind("<td", 0, at), markup.rfind("<th", 0, at)) > max(
        markup.rfind("</td", 0, at), markup.rfind("</th", 0, at)
    )


def html_to_lines(markup: str) -> str:
    """Markup as text with a line per block and tabs between table cells.

    Struck-through text (``<s>``, ``<del>``, ``<strike>``, or a span struck by its class or
    style) is prefixed with "was", the way a reader hears a crossed-out price next to the
    current one.  Items that CSS lays out side by side are kept apart (see
    :func:`_separate_items`).  ``markup`` is as lexbor writes it out (``node.html``): tag
    names in lower case.
    """
    text = _separate_items(markup)
    text = _STRUCK.sub(r" was \1 ", text) if _STRUCK_START.search(text) else text
    if _STYLED_STRUCK_HINT.search(text):
        text = _styled_struck(text)
    if _CELL_BREAK_HINT.search(text):
        text = _CELL_BREAK.sub(r"\1", text)
    # A cell's end tag as lexbor writes it ("</td>", never "</td >"): one regex led by
    # "</t" reads the markup once, where str.replace for each of the two tags reads it
    # twice (it counts the matches first) -- a third quicker, with tables or without.
    text = _CELL_END.sub("\t", text)
    text = _BLOCK.sub("\n", text)
    text = html.unescape(_TAG.sub("", text))
    return _tidy_lines(text)


def _styled_struck(markup: str) -> str:
    """``markup`` with each span its class or style strikes through (see _STYLED_STRUCK)
    read as struck text is: "was" before it, as a reader hears a crossed-out price."""
    parts: list[str] = []
    end = 0
    for match in _STYLED_STRUCK.finditer(markup):
        if match.start() < end:
            continue  # inside a struck span already read
        depth = 1
        for tag in _SPAN_TAG.finditer(markup, match.end()):
            depth += -1 if tag.group(1) else 1
            if depth == 0:
                parts += (markup[end : match.start()], " was ", markup[match.end() : tag.start()])
                parts.append(" ")
                end = markup.find(">", tag.start()) + 1
                break
    parts.append(markup[end:])
    return "".join(parts)


def _tidy_lines(text: str) -> str:
    """Text with its markup gone (see :func:`html_to_lines`) tidied: runs of spaces made
    one, no spaces around tabs, lines trimmed and blank ones left out."""
    # Each odd space made a plain one (str.replace, several times quicker than the regex):
    # a run it leaves longer than _ODD_SPACES would is made one space below all the same.
    for ch in _ODD_CHARS:
        if ch in text:
            text = text.replace(ch, " ")
    if "\t" in text:  # one tab per cell (empty cells keep their column), no spaces around
        text = "\t".join(map(str.strip, text.split("\t"), repeat(" ")))
    # Lines trimmed of spaces, blank ones (white space only) left out.  map and filter
    # loop in C: a page has a thousand lines, most of them empty.
    trimmed = map(str.strip, text.split("\n"), repeat(" "))
    text = "\n".join(filterfalse(str.isspace, filter(None, trimmed)))
    # Runs of spaces made one last, once the blank lines and the indentation around the
    # blocks are gone: trimming first and collapsing after come to the same.
    return one_space(text)


_SPACE_RUN = re.compile(r" +")
_DOUBLE_SPACES = re.compile(r"  +")


def one_space(text: str) -> str:
    """``text`` with each run of two spaces or more made one space.

    What ``_DOUBLE_SPACES.sub(" ", text)`` gives, with the runs found by ``str.find``: a
    page's lines, once trimmed, hold a handful of them, and find skips to the next several
    times faster than the regex engine does.
    """
    at = text.find("  ")
    if at < 0:
        return text
    parts = []
    begin = 0
    while at >= 0:
        parts.append(text[begin : at + 1])
        run = _SPACE_RUN.match(text, at)  # always a match: two spaces stand there
        begin = run.end() if run is not None else at + 2
        at = text.find("  ", begin)
    parts.append(text[begin:])
    return "".join(parts)


# Elements whose markup html_to_lines reads as nothing but their text and line breaks:
# blocks (a line break at each tag) and inline styling (nothing at its tags) -- no item
# that _separate_items looks at, no struck text, no table cell, no raw text.
_PLAIN_BLOCKS = frozenset(_BLOCK_TAGS)
_PLAIN_INLINE = frozenset({"b", "strong", "em", "i", "u", "small", "mark", "sup", "sub", "code"})


def node_lines(node: LexborNode) -> str:
    """The visible text of one element, a line per block: :func:`html_to_lines` of its
    markup.

    An element that holds only text, blocks and inline styling (an FAQ's answer, a
    glossary's definition) is read from its nodes, without writing its markup out and
    reading it back: what html_to_lines makes of such markup is its text with a line break
    at each block's tags.
    """
    if node.tag in _PLAIN_BLOCKS or node.tag in _PLAIN_INLINE:
        parts: list[str] = []
        if _plain_parts(node, parts, _PLAIN_DEPTH):
            return _tidy_lines("".join(parts))
    return html_to_lines(node.html or "")


_PLAIN_DEPTH = 24  # levels read from the nodes; deeper markup is read as markup


def _plain_parts(node: LexborNode, parts: list[str], depth: int) -> bool:
    """Add the text of ``node``'s children to ``parts``, a line break at each block's tags;
    False (``parts`` then half done) where a child is anything else (a link, a comment, a
    table cell, an image) or ``depth`` levels do not reach its leaves."""
    if depth == 0:
        return False
    child = node.child
    while child is not None:
        tag = child.tag
        if tag == "-text":
            parts.append(child.text_content or "")
        elif tag in _PLAIN_BLOCKS:
            parts.append("\n")
            if not _plain_parts(child, parts, depth - 1):
                return False
            parts.append("\n")
        elif tag not in _PLAIN_INLINE or not _plain_parts(child, parts, depth - 1):
            return False
        child = child.next
    return True


def visible_from_tree(
    tree: LexborHTMLParser,
    page: str,
    *,
    lang: str | None,
    base_url: str | None,
    row_spans: bool = True,
) -> Visible:
    """The visible side of a parsed page whose structured-data scripts are already read.

    ``row_spans=False`` says the page has no ``rowspan`` (a quick test of its markup).
    """
    strip_invisible(tree)
    if row_spans:
        spread_row_spans(tree)
    body = tree.body
    text = node_lines(body) if body is not None else ""
    return Visible(page=page, text=text, tree=tree, lang=lang, base_url=base_url)


def visible_from_text(text: str, page: str, *, base_url: str | None = None) -> Visible:
    """The visible side of a text dump: its text, less its JSON, white space tidied."""
    # Runs of spaces made one as in html_to_lines: over the whole text at once, leaving
    # alone the lone spaces between words, of which a dump has tens of thousands (a regex
    # for every run replaces each of them).  Split into lines ("\r", "\f" and "\v" end
    # one too) and joined by "\n", the text has no "\r", "\f" or "\v" left to test for.
    text = "\n".join(text.splitlines())
    if "\u00a0" in text or "\u200b" in text:
        text = _ODD_SPACES.sub(" ", text)
    if "  " in text:  # a dump's indentation: many runs, which one regex pass replaces best
        text = _DOUBLE_SPACES.sub(" ", text)
    lines = text.split("\n")
    return Visible(
        page=page, text="\n".join(filter(None, map(str.strip, lines))), base_url=base_url
    )
