"""Glossary terms written as headings: one heading per term, its definition in the prose below.

A heading is read as a term where

- a glossary cue marks its region (a "Glossary" heading above it, a glossary page title, an
  id/class saying so: see :mod:`prospectus.extract.patterns.cues`), or
- it belongs to a *run* of three or more consecutive headings of one rank, each followed by
  prose, most of whose paragraphs open like definitions ("A …", "The …", "Refers to …",
  "Kanban is …") -- a glossary that no cue announces.

Never a term, wherever it stands:

- a heading in a box beside the content (``<aside>``, sidebar, newsletter, call to action,
  related links: :func:`~prospectus.extract.patterns.cues.side_box`);
- a section title: the next heading (side boxes aside) ranks below it;
- a generic section label ("Related terms", "From the blog", "Newsletter", "Siehe auch" …),
  an imperative call to action ("Put these terms to work", "Start your journey"), a numbered
  step, a sentence;
- a heading over a list, a table or a form rather than prose ("Kubernetes terms you will
  meet" above a definition table), or over a promotion ("Our two-day course …").

A definition is the heading's prose paragraphs up to the next heading; a short line made
mostly of links ("Learn more: Wikipedia · Wikidata") gives its links but no words.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from selectolax.lexbor import LexborNode

from prospectus.extract.patterns.cues import (
    GLOSSARY,
    excluded,
    is_letter_heading,
    region_flags,
    side_box,
)
from prospectus.extract.patterns.glossary_names import name_words, spelled_out
from prospectus.extract.patterns.glossary_text import asks, is_step, word_count
from prospectus.extract.patterns.outline import Outline, heading_level
from prospectus.extract.text import clean_text
from prospectus.extract.visible import node_lines

Entry = tuple[str, str, tuple[str, ...]]  # name, definition, links
Found = tuple[int, str, str | None, tuple[str, ...]]  # position, name, definition, links

_HEADINGS = "h1, h2, h3, h4, h5, h6"
_HEADING_TAGS = frozenset(_HEADINGS.split(", "))
_MAX_WORDS = 6
_MIN_DEFINITION_WORDS = 4
_MAX_PARTS = 6
_MIN_RUN = 3
_PROSE_TAGS = frozenset({"p", "div", "span", "blockquote", "section", "-text"})
_STOP_TAGS = frozenset(
    {"table", "form", "aside", "nav", "figure", "select", "input", "button", "footer", "header"}
)
_LISTS = frozenset({"ul", "ol", "dl"})
_BULLETS = frozenset({"ul", "ol"})
_SHORT_LIST = 3  # items of a list that is a definition
_NOT_PLAIN = "pre, code, img, picture, video, iframe, figure, table, ul, ol, dl, form, svg"
_MAX_PLAIN = 3
_GENERIC = re.compile(
    r"^(?:(?:related|popular|similar|more|other|recent|latest|featured|trending|top|further|"
    r"recommended)\s+(?:\w+\s+)?(?:terms?|posts?|articles?|courses?|resources?|entries|reading|"
    r"links?|topics?|news|questions|definitions|guides?|content|stories)|"
    r"(?:(?:latest|recent|more|new|fresh|news) )?(?:from|on) (?:the|our) blog|"
    r"blog|news(?:letter)?|subscribe|share(?: this(?: \w+)?)?|"
    r"follow us|see also|references|sources|contents|table of contents|in this (?:article|guide|"
    r"post|page)|back to top|contact(?: us)?|get in touch|about(?: us| the author)?|summary|"
    r"conclusion|introduction|overview|next steps|categories|tags|archives?|search|menu|"
    r"you may also like|testimonials|reviews|downloads?|"
    r"(?:upcoming|next|forthcoming|scheduled) (?:\w+ )?(?:courses?|classes|sessions|dates|events|"
    r"training|workshops)|(?:nächste|kommende) (?:kurse|termine|kursdaten|seminare)|"
    r"prochaines (?:sessions|formations|dates)|prochains (?:cours|stages)|"
    r"próximos cursos|prossimi corsi|"
    # the same in da / no / sv / nl / fi / pl / es / pt / it: "Kommende kurser", "Kommande
    # kurser", "Komende trainingen", "Tulevat kurssit", "Nadchodzące szkolenia"
    r"(?:kommende|kommande) (?:kurs|kurser|kursus|kurstillfällen|datoer|datum|hold)|"
    r"komende (?:cursussen|trainingen|opleidingen|data)|tulevat (?:kurssit|koulutukset)|"
    r"nadchodzące (?:kursy|szkolenia|terminy)|próximas (?:fechas|convocatorias|turmas|datas)|"
    r"prossime (?:date|edizioni)|"
    r"verwandte begriffe|beliebte begriffe|weitere begriffe|siehe auch|inhalt(?:sverzeichnis)?|"
    r"übersicht|einleitung|fazit|quellen|aus dem blog|kontakt|"
    r"termes (?:associés|liés)|voir aussi|sommaire|articles (?:récents|liés)|à propos|"
    r"términos relacionados|ver también|artículos relacionados|contacto|índice|"
    r"termini correlati|vedi anche|articoli correlati|contatti|indice|"
    r"gerelateerde (?:termen|begrippen)|populaire (?:termen|begrippen)|zie ook|nieuwsbrief|"
    r"inhoud|(?:do|no) (?:nosso )?blogu?e?|blogue|termos relacionados|artigos relacionados|"
    r"veja também|contactos?|fra (?:vores |vår )?bloggen|från (?:vår )?bloggen|"
    r"z (?:naszego )?bloga|powiązane (?:terminy|hasła)|zobacz też)$",
    re.I,
)
_IMPERATIVE = re.compile(
    r"^(?:put|get|start|learn|discover|explore|join|sign|subscribe|book|enrol|enroll|register|"
    r"download|contact|try|take|find|see|read|browse|study|ask|talk|request|apply|boost|master|"
    r"become|build|advance|grow|unlock|claim|check|view|meet|let'?s|go|keep|stay|follow|share|"
    r"speak|call|watch|save|upgrade|kick-start|jetzt|entdecken|starten|lernen|buchen|"
    r"découvrez|inscrivez|descubre|scopri|ontdek)\b.*"
    r"\b(?:these|this|your|our|us|you|now|today|more|started|in touch|with|here|free)\b",
    re.I,
)
_PROMOTION = re.compile(
    r"^(?:our|we|we're|we've|join|book|sign|subscribe|click|contact|call|enrol|enroll|register|"
    r"download|unser\w*|wir|notre|nos|nuestr\w+|il nostro|la nostra|onze)\b",
    re.I,
)
_OPENING = re.compile(
    r"^(?:an?|the|any|one|each|refers? to|means|describes|denotes|used to|ein|eine|einer|der|die|"
    r"das|un|une|le|la|les|l['’]|el|los|las|lo|il|gli|uno|una|een|het|de)\s",
    re.I,
)
_COPULA = re.compile(
    r"^(?:(?:is|are|was|ist|sind|est|es|è|is|zijn)\s+(?:an?|the|one|any|ein|eine|einer|der|die|"
    r"das|un|une|le|la|l['’]|el|il|uno|una|een|het|de|used|defined|known|described)\b|"
    r"refers? to|means|describes|denotes|stands for|bezeichnet|beschreibt|désigne)",
    re.I,
)
_LINK_LINE_WORDS = 12
_FOOTER_PARTS = 2
_NOT_BOXES = frozenset({"body", "html", "main", "article", "section", "-document"})
_LINK_LINE_LABEL = 3  # words besides the links: "Learn more", "See also", "Source"
_WORD = re.compile(r"[^\W_]+")


def heading_terms(outline: Outline) -> list[Found]:
    """Terms named by headings: in glossary regions, and in definition-like runs elsewhere
    (the headings those of the page's ``outline``)."""
    glossary = outline.has(GLOSSARY)
    named = _named_heads(outline.headings, outline.heading_texts, lists=glossary)
    if not _may_count(named, outline, glossary=glossary):
        return []  # no heading's entry can count (see _wanted), so no run either
    heads, levels, names = _term_heads(named)
    for index in range(len(heads) - 1):
        if levels[index + 1] > levels[index] and not _last_of_run(heads, levels, names, index):
            names[index] = None  # a section title: the next heading ranks below it
    _drop_teasers(heads, levels, names)
    wanted = _wanted(heads, levels, names, outline)
    if not wanted:
        return []  # no heading's entry can count, so no run either
    found: list[Found] = []
    run: list[tuple[int, Entry]] = []
    level = 0
    for index, head in enumerate(heads):
        name = names[index]
        entry = None
        if name is not None and index in wanted:
            region = glossary and bool(outline.flags(head, own_text=False) & GLOSSARY)
            entry = heading_entry(head, name, lists=region)
            if entry is not None and region:
                found.append((outline.position(head), *entry))
                entry = None  # read already; a run starts afresh
        if entry is not None and not _plain_section(head):
            entry = None  # code, pictures, lists: an article's section, not a glossary entry
        if entry is None or levels[index] != level:
            if run:
                found.extend(_run_terms(run))
            run, level = [], levels[index]
        if entry is not None:
            run.append((outline.position(head), entry))
    found.extend(_run_terms(run))
    return found


_Named = tuple[int, LexborNode, str | None]  # a heading's level, element and name


def _named_heads(
    headings: list[tuple[int, LexborNode]], texts: list[str], *, lists: bool
) -> list[_Named]:
    """The ``headings`` ((level, element) in document order), each with its name where it
    could name a term over a definition (None otherwise); ``lists``: over a short list too
    (on a page with a glossary region).

    ``texts`` are the headings' clean texts, which the outline has read already.
    """
    return [
        (
            level,
            head,
            _term_name(_without_permalink(head, text))
            if _before_prose(head, lists=lists)
            else None,
        )
        for (level, head), text in zip(headings, texts, strict=True)
    ]


# The symbol of a heading's own permalink ("<h3>Arc flash<a href="#arc-flash">#</a></h3>",
# Sphinx's "¶", "§", a link emoji).
_PERMALINK_SYMBOLS = ("#", "¶", "§", "🔗", "⚓")


def _without_permalink(head: LexborNode, text: str) -> str:
    """A heading's ``text`` without the symbol of its permalink at its end: a link to an
    anchor on the page whose whole text is that symbol (a "#" of the name's own, as in
    "C#", is no link)."""
    if not text.endswith(_PERMALINK_SYMBOLS):
        return text
    for link in head.css('a[href^="#"]'):
        symbol = (link.text(deep=True) or "").strip()
        if symbol in _PERMALINK_SYMBOLS and text.endswith(symbol):
            return text[: -len(symbol)].rstrip()
    return text


def _may_count(named: list[_Named], outline: Outline, *, glossary: bool) -> bool:
    """False where no heading's entry can count, whichever headings :func:`_term_heads`
    leaves out: none of the ``named`` headings stands in a glossary region, and no rank has
    the three named headings a run needs (leaving headings out, or telling section titles,
    only takes names away).  Most pages are such, and are spared asking where each heading
    stands (inside navigation, in a side box), the costly part."""
    counts = Counter(level for level, _, name in named if name is not None)
    return any(
        counts[level] >= _MIN_RUN or (glossary and outline.flags(head, own_text=False) & GLOSSARY)
        for level, head, name in named
        if name is not None
    )


def _term_heads(named: list[_Named]) -> tuple[list[LexborNode], list[int], list[str | None]]:
    """The ``named`` headings outside navigation and side boxes: their elements, levels and
    names.

    Whether a heading is left out is asked only where it matters: for a heading that names
    a term, and for the heading after one (it decides whether that one titles a section,
    and it ends its run).  Any other heading is kept unasked: between headings that name no
    term, one more that names none changes nothing.
    """
    outside: dict[int, bool] = {}
    beside: dict[int, bool] = {}
    heads: list[LexborNode] = []
    levels: list[int] = []
    names: list[str | None] = []
    for level, head, name in named:
        if (name is not None or (names and names[-1] is not None)) and (
            excluded(head, outside) or _beside(head, beside)
        ):
            continue
        heads.append(head)
        levels.append(level)
        names.append(name)
    return heads, levels, names


# Words of a generic section label (see _GENERIC) over teasers of other pages: the posts
# under "From the blog" / "Latest news", the courses under "Upcoming courses".
_TEASER_LABEL = re.compile(
    r"\b(?:blog\w*|news|nieuws|posts?|articles?|artikel|stories|courses?|classes|sessions|"
    r"events|workshops|training|kurse|termine|seminare|formations|cours|stages|cursos|corsi|"
    r"you may also like)\b",
    re.I,
)


def _drop_teasers(heads: list[LexborNode], levels: list[int], names: list[str | None]) -> None:
    """Take the names from the headings ranked below a generic label of teasers ("From the
    blog", "Latest news", "Upcoming courses"): post or course titles, each over its
    excerpt, not terms over definitions."""
    label: int | None = None  # the level of the label whose section the heading is in
    for index, head in enumerate(heads):
        if label is not None and levels[index] <= label:
            label = None
        if label is not None:
            names[index] = None
        elif names[index] is None and any(names[index + 1 :]):
            text = clean_text(head.text(deep=True) or "").rstrip(":–—- ").strip()
            if _GENERIC.match(text) and _TEASER_LABEL.search(text):
                label = levels[index]


def _last_of_run(
    heads: list[LexborNode], levels: list[int], names: list[str | None], index: int
) -> bool:
    """Whether the heading at ``index``, ranked below by the next one, is rather the last
    term of a run of its rank: the term above it is of its rank, and the next heading is no
    sibling of it but stands in a box after its prose (a product or promotion card closing
    the list: "<h3>Term</h3><p>…</p><div class=card><h4>Course</h4>…")."""
    return (
        index > 0
        and levels[index - 1] == levels[index]
        and names[index - 1] is not None
        and _anchor(heads[index + 1]).parent is not None
        and _anchor(heads[index + 1]).parent != _anchor(heads[index]).parent
    )


def _before_prose(head: LexborNode, *, lists: bool) -> bool:
    """True when prose (a paragraph, bare text ...) follows the heading before the next
    heading among its siblings, as the opening of any definition must; with ``lists``, a
    short list as well (a glossary's "<h4>Term</h4><ul><li>definition</li></ul>").

    A heading with nothing after it among its siblings is looked at from the wrappers it
    alone fills (:func:`_anchor`); any other fills none, so the costlier climb is spared."""
    sibling = head.next
    climbed = False
    while True:
        while sibling is not None:
            tag = sibling.tag
            if tag == "-text":
                if (sibling.text(deep=False) or "").strip():
                    return True
            elif tag in _PROSE_TAGS or (lists and tag in _BULLETS and _short_list(sibling)):
                return True
            elif tag in _HEADING_TAGS:
                return False
            sibling = sibling.next
        anchor = head if climbed else _anchor(head)
        if anchor == head:
            return False
        sibling, climbed = anchor.next, True


def _beside(head: LexborNode, memo: dict[int, bool]) -> bool:
    """:func:`side_box` for a heading.  A heading without attributes is no box itself (a box
    is told by its tag, role, class or id), so its parent answers, and sibling headings share
    that answer in ``memo``."""
    parent = head.parent
    if head.attributes or parent is None:
        return side_box(head, memo)
    return side_box(parent, memo)


def _term_name(text: str) -> str | None:
    """A heading's words (its clean ``text``) where they can name a term; None otherwise."""
    name = text.rstrip(":–—- ").strip()
    return name if is_term_heading(name) else None


def _wanted(
    heads: list[LexborNode], levels: list[int], names: list[str | None], outline: Outline
) -> set[int]:
    """Indexes of the headings whose entries can count: those in a glossary region, and
    those in a stretch of three or more consecutive term headings of one rank (a run of
    entries lies within such a stretch, and a shorter run is dropped anyway)."""
    wanted: set[int] = set()
    stretch: list[int] = []
    glossary = outline.has(GLOSSARY)
    for index, name in enumerate([*names, None]):
        if stretch and (name is None or levels[index] != levels[stretch[0]]):
            if len(stretch) >= _MIN_RUN:
                wanted.update(stretch)
            stretch = []
        if name is not None:
            stretch.append(index)
            if glossary and outline.flags(heads[index], own_text=False) & GLOSSARY:
                wanted.add(index)
    return wanted


def _run_terms(run: list[tuple[int, Entry]]) -> list[Found]:
    if len(run) < _MIN_RUN:
        return []
    openings = sum(_opens_like_definition(name, definition) for _, (name, definition, _) in run)
    if openings < _MIN_RUN or openings * 3 < len(run) * 2:
        return []
    return [(position, *entry) for position, entry in run]


def _opens_like_definition(name: str, definition: str) -> bool:
    """True for "A formula that …", "Kanban is a method …", "Refers to …"; False for a
    feature restating its heading ("An exam voucher is included …", "Tuples are immutable")."""
    head = re.escape(name.split("(")[0].strip().rstrip("s"))
    restated = re.match(
        rf"^(?:(?:an?|the|ein|eine|der|die|das|un|une|le|la|l['’]|el|il|een|het|de)\s+)?{head}\w*"
        r"\s+(?:\([^)]*\)\s+)?(?P<rest>.*)",
        definition,
        re.I,
    )
    if restated is not None:
        return bool(_COPULA.match(restated.group("rest")))
    return bool(_OPENING.match(definition))


@lru_cache(maxsize=4096)
def is_term_heading(name: str) -> bool:
    """True for a heading that can name a term: a short noun phrase, no label or call.

    Remembered: a site's pages repeat their section headings ("Course content", "Dates").
    """
    words = name.split()
    return (  # the cheap tests first
        (1 <= len(words) <= _MAX_WORDS or _spelled_out(name, words))
        and not name.endswith((".", "!", "?", ":", "…"))
        and not is_step(name)
        and not is_letter_heading(name)
        and not _GENERIC.match(name)
        and not _IMPERATIVE.match(name)
        and not asks(name)
        and not region_flags(name)
    )


_MAX_SPELLED_WORDS = 12  # words of a long form and its abbreviation ("… Points (HACCP)")


def _spelled_out(name: str, words: list[str]) -> bool:
    """True for a longer heading that is a term's long form and its abbreviation ("Hazard
    Analysis and Critical Control Points (HACCP)"): no more than six words of it count,
    the abbreviation and the small joining words aside."""
    return (
        len(words) <= _MAX_SPELLED_WORDS
        and name.endswith(")")
        and name_words(name) <= _MAX_WORDS
        and spelled_out(name)
    )


def heading_entry(node: LexborNode, name: str, *, lists: bool = False) -> Entry | None:
    """(term, definition, links) for a heading named ``name`` (a term heading) over prose;
    None otherwise.  With ``lists`` (in a glossary region) a short list right below the
    heading holds its definition."""
    texts: list[str] = []
    links: list[str] = [a.attrs.get("href") or "" for a in node.css("a[href]")]
    first: LexborNode | None = None
    for part in _entry_parts(node):
        announced = part.tag in _LISTS and bool(texts) and texts[-1].endswith(":")
        if lists and not texts and part.tag in _BULLETS and _short_list(part):
            if _link_list(part):
                return None  # "<h2>From our blog</h2><ul><li><a>Post</a></li>…": links
            announced = True  # "<h4>Term</h4><ul><li>definition</li></ul>"
        if (part.tag in _LISTS or part.tag in _STOP_TAGS) and not announced:
            break  # a list only continues a definition that announces it
        text = _part_text(part)
        if texts and _PROMPT.match(_ADMONITION_TITLE.sub("", text, count=1)):
            break  # "Missing a term? Email us …": the glossary's closing call, not this term's
        links.extend(a.attrs.get("href") or "" for a in part.css("a[href]"))
        if link_line(part, text):
            continue
        if not texts and (part.tag not in _PROSE_TAGS | _BULLETS or _PROMOTION.match(text)):
            return None
        first = first or part
        texts.append(text)
    if texts and texts[-1].endswith(("…", "...")) and node.css_first("a[href]") is not None:
        return None  # a linked post title over its cut-off excerpt ("<h3><a>…</a></h3><p>…")
    if len(texts) > 1 and translated_name(name, texts[0], texts[1]):
        texts = texts[1:]  # "<h3>甘特圖</h3><p>Gantt Chart</p><p>…</p>": the name in English
    elif len(texts) > 1 and first is not None and other_name_line(first, texts[0]):
        texts = texts[1:]  # "<h3>PPE</h3><p><em>Personal protective equipment</em></p><p>…"
    definition = " ".join(texts).strip()
    if word_count(definition) < _MIN_DEFINITION_WORDS:
        return None
    return name, definition, (*links, *_footer_links(_anchor(node)))


# A line naming a term otherwise: "Also called: fall protection system", "Abbr.: LOTO",
# "Also known as the JHSC", "Synonyms: …", "Short for …", "Auch: …", "Abrév. : …".
_OTHER_NAME = re.compile(
    r"^(?:also\s+(?:called|known\s+as)|a\.?k\.?a\.?|abbr(?:ev)?(?:\.|iation)?|abrév\.?"
    r"|synonyms?|syn\.|short\s+for|plural|auch|oder)\b\s*:?",
    re.I,
)
_MAX_OTHER_NAME_WORDS = 8
_MAX_LABELLED_NAME_WORDS = 16  # a labelled line may list several names, or a long one

# A line opened by a one-word label and its colon ("Inoltre: …", "Ook: …", "Veja: …"): in
# italics as a whole under a term's heading, a note of other names in whatever language.
_ONE_WORD_LABEL = re.compile(r"^[^\W\d_]+\.?\s?:\s")


def other_name_line(part: LexborNode, text: str) -> bool:
    """Whether a term's first line below its heading only names it otherwise (its expansion,
    abbreviation or synonym) over the definition: a short line, no sentence, labelled so
    ("Also called: …", "Abbr.: …") or set in italics as a whole.  A labelled line may be
    longer ("Also called: in-service inspection and testing of electrical equipment"), an
    italic one too where a one-word label opens it: the label marks a list of names, which
    the language of the label does not change."""
    if text.endswith((".", ":", ";")):
        return False
    if _OTHER_NAME.match(text):
        return len(text.split()) <= _MAX_LABELLED_NAME_WORDS
    limit = _MAX_LABELLED_NAME_WORDS if _ONE_WORD_LABEL.match(text) else _MAX_OTHER_NAME_WORDS
    if len(text.split()) > limit:
        return False
    if part.tag == "-text":
        return False
    italic = part if part.tag in ("em", "i") else part.css_first("em, i")
    return italic is not None and clean_text(italic.text(deep=True) or "") == text


# A glossary's closing prompt to ask for a term it lacks: "Missing a term?", "Can't find a
# word?", "Don't see your term here?", "Looking for another term?".
_PROMPT = re.compile(
    r"^(?:missing|can['’]?t|cannot|couldn['’]?t|don['’]?t|didn['’]?t|looking\s+for|not\s+found)"
    r"\b[^?.!]{0,40}\?",
    re.I,
)

# A docs theme's call-out box title before its text (VitePress's "TIP", Docusaurus's "note",
# MkDocs's "Info", Starlight's "Note"): "TIP Missing a word? Tell us …" is still the prompt.
_ADMONITION_TITLE = re.compile(
    r"^(?:tip|note|info|hint|important|warning|caution|tipp|hinweis|astuce|remarque|nota|"
    r"let op|opmerking)\b\s*[:!]?\s+",
    re.I,
)


# A term's name in a Latin-script language, on a line of its own under a term in another
# script ("工作分解結構（WBS）" / "Work Breakdown Structure", "Охрана труда" / "Occupational
# safety"): a few words with no sentence's ending.
_LATIN_NAME = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w&'’/().,+-]*(?: [\w&'’/().,+-]+){0,5}")
_NON_LATIN = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")


def translated_name(name: str, line: str, after: str) -> bool:
    """Whether ``line``, between the term ``name`` and the text ``after`` it, only names
    the term in a Latin-script language while the term and its definition are in another
    script."""
    return (
        _LATIN_NAME.fullmatch(line) is not None
        and not line.endswith((".", ",", ":"))
        and _NON_LATIN.search(name) is not None
        and _NON_LATIN.search(after) is not None
    )


def _footer_links(node: LexborNode) -> list[str]:
    """The links of a card's footer: link lines ("Wikipedia · Wikidata") right after the box
    that the heading and its definition fill (``<div class=card-body><h3>Term</h3><p>…</p>
    </div><div class=card-footer><a>Wikipedia</a></div>``)."""
    sibling = node.next
    while sibling is not None:
        if sibling.is_element_node and (
            heading_level(sibling) or sibling.css_first(_HEADINGS) is not None
        ):
            return []  # the box holds more entries than this one
        sibling = sibling.next
    box = node.parent
    if box is None or box.tag in _NOT_BOXES:
        return []
    links: list[str] = []
    sibling, seen = box.next, 0
    while sibling is not None and seen < _FOOTER_PARTS:
        if sibling.is_element_node:
            if sibling.css_first(_HEADINGS) is not None or not link_line(
                sibling, _part_text(sibling)
            ):
                break  # the next entry, or the box's own text
            links.extend(a.attrs.get("href") or "" for a in sibling.css("a[href]"))
            seen += 1
        elif sibling.tag == "-text" and (sibling.text(deep=False) or "").strip():
            break
        sibling = sibling.next
    return links


def _short_list(node: LexborNode) -> bool:
    """True for a list of one to three items (a definition, not an outline)."""
    items = 0
    for child in node.iter(include_text=False):
        if child.tag == "li":
            items += 1
            if items > _SHORT_LIST:
                return False
    return items > 0


def _link_list(node: LexborNode) -> bool:
    """True for a list each of whose items is a link and nothing else (blog posts, related
    pages): no definition."""
    items = [child for child in node.iter(include_text=False) if child.tag == "li"]
    for item in items:
        links = item.css("a")
        if not links:
            return False
        linked = sum(len(_WORD.findall(a.text(deep=True) or "")) for a in links)
        if len(_WORD.findall(item.text(deep=True) or "")) > linked:
            return False
    return bool(items)


def _parts(node: LexborNode) -> list[LexborNode]:
    """The siblings after a heading up to the next heading (or a box holding one), or up to
    a thematic break (``<hr>``, a divider block) after the first of them: what follows the
    break (a callout, a promotion) is no part of the entry above it."""
    parts: list[LexborNode] = []
    sibling = node.next
    while sibling is not None and len(parts) < _MAX_PARTS:
        if sibling.tag == "-text" and (sibling.text(deep=False) or "").strip():
            parts.append(sibling)
        elif sibling.is_element_node:
            if heading_level(sibling) or sibling.css_first(_HEADINGS) is not None:
                break
            if sibling.tag == "hr" and parts:
                break
            if _part_text(sibling):
                parts.append(sibling)
        sibling = sibling.next
    return parts


_MAX_SUBTITLES = 2


def _entry_parts(head: LexborNode) -> list[LexborNode]:
    """The parts of a heading's entry (see :func:`_parts`).  A card's head block, the
    heading and a subtitle or two beside it and nothing else ("<div class=head><h3>MSDS
    </h3><span>Material safety data sheet</span></div><p>…</p>"), holds no definition: the
    subtitles only name the term otherwise, its definition is what follows the block."""
    anchor = _anchor(head)
    parts = _parts(anchor)
    block = anchor.parent
    if (
        not parts
        or len(parts) > _MAX_SUBTITLES
        or block is None
        or block.tag != "div"
        or not _opens_block(anchor)
        or not all(_subtitle(part) for part in parts)
    ):
        return parts
    return _parts(block) or parts


def _opens_block(node: LexborNode) -> bool:
    """Whether nothing but blank text and comments stands before ``node`` in its parent."""
    sibling = node.prev
    while sibling is not None:
        if _filled(sibling):
            return False
        sibling = sibling.prev
    return True


def _subtitle(part: LexborNode) -> bool:
    """Whether a part is a short line with no sentence's end and no links (a heading's
    subtitle: an expansion, "Also: …"), no definition's opening."""
    text = _part_text(part)
    return (
        part.tag != "-text"
        and part.css_first("a[href]") is None
        and 0 < len(text.split()) <= _MAX_OTHER_NAME_WORDS
        and not text.endswith((".", "!", "?", ":", ";", "…"))
    )


def _plain_section(node: LexborNode) -> bool:
    """True when all between a heading and the next is a few plain paragraphs."""
    count = 0
    sibling = _anchor(node).next
    while sibling is not None:
        if sibling.is_element_node:
            if heading_level(sibling) or sibling.css_first(_HEADINGS) is not None:
                break
            plain = sibling.tag in _PROSE_TAGS and sibling.css_first(_NOT_PLAIN) is None
            if not plain and not link_line(sibling, _part_text(sibling)):
                return False
            count += plain
        sibling = sibling.next
    return count <= _MAX_PLAIN


_MAX_WRAPPERS = 3


def _anchor(head: LexborNode) -> LexborNode:
    """The element that stands for a heading among the page's blocks: the heading itself,
    or the wrappers it alone fills (a page builder's heading component: AEM's ``<div
    class=cmp-title><h3>Term</h3></div>``, Elementor's ``<div class=elementor-widget-heading>
    <div class=elementor-widget-container><h2>…``), whose siblings hold its prose."""
    node = head
    for _ in range(_MAX_WRAPPERS):
        parent = node.parent
        if parent is None or parent.tag != "div" or not _sole_child(node):
            break
        node = parent
    return node


def _sole_child(node: LexborNode) -> bool:
    """Whether ``node`` is all that its parent holds besides blank text and comments."""
    sibling = node.next
    while sibling is not None:
        if _filled(sibling):
            return False
        sibling = sibling.next
    return _opens_block(node)


def _filled(node: LexborNode) -> bool:
    tag = node.tag
    if tag == "-text":
        return bool((node.text(deep=False) or "").strip())
    return tag != "-comment"


def _part_text(node: LexborNode) -> str:
    if node.tag == "-text":
        return clean_text(node.text(deep=False) or "")
    return clean_text(" ".join(node_lines(node).splitlines()))


def link_line(node: LexborNode, text: str) -> bool:
    """A short line made of links and a label: "Learn more: Wikipedia · Wikidata", "Back to top"."""
    if node.tag == "-text" or len(text.split()) > _LINK_LINE_WORDS:
        return False
    if node.tag == "a":
        return True
    links = [a for a in node.css("a") if a.parent is not None and a.parent.tag != "a"]
    linked = sum(len(_WORD.findall(a.text(deep=True) or "")) for a in links)
    return bool(links) and len(_WORD.findall(text)) - linked <= _LINK_LINE_LABEL
