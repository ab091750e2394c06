"""Attendance mode, availability, rating and review count, from markup values or words.

Modes come out as ``"online"``, ``"in_person"`` or ``"blended"``; availability
as a schema.org ItemAvailability term without its prefix (``"InStock"``).  The
word tables are one phrase list per answer, matched longest first on
accent-free, lower-case text, so "virtual classroom" is online although
"classroom" alone is in person.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import lru_cache

from prospectus.extract.months import strip_accents
from prospectus.extract.text import word_alternation

ONLINE, IN_PERSON, BLENDED = "online", "in_person", "blended"

_MODE_PHRASES: dict[str, tuple[str, ...]] = {
    ONLINE: (
        "onlineeventattendancemode", "online", "on line", "live online", "virtual",
        "virtual classroom", "virtual instructor led", "vilt", "remote", "remotely",
        "distance learning", "distance", "e learning", "elearning", "self paced", "on demand",
        "webinar", "zoom", "microsoft teams", "ms teams", "webex", "live online training",
        "online schulung", "virtuell", "virtuelles klassenzimmer", "fernunterricht",
        "fernstudium", "en ligne", "a distance", "distanciel", "classe virtuelle", "virtuel",
        "a distancia", "en linea", "virtual en vivo", "in linea", "a distanza", "virtuale",
        "op afstand", "virtueel", "distans", "pa distans", "live online event", "online event",
        "virtuelt", "virtuelt klasserom", "virtuelt klasserum", "virtuelt klasseværelse",
        "virtuellt klassrum", "virtueel klaslokaal", "fjernundervisning", "onlinekursus",
        "zdalnie", "zdalne", "zdalny",
        "distancne", "distancni", "etaopetus", "verkossa", "verkkokurssi", "nettkurs",
        "nettbasert", "nettundervisning", "onlinekurs",
        "ao vivo online", "online ao vivo", "remoto", "virtueel klassikaal", "en classe virtuelle",
        # ru / uk / tr / hu / ro, folded as _fold leaves them ("онлайн" -> "онлаин")
        "онлаин", "дистанционно", "дистанционное обучение", "дистанційно", "uzaktan",
        "онлајн",  # mk / sr "Онлајн"
        "uzaktan egitim", "cevrimici", "tavoktatas", "la distanta",
        # vi / ms, folded ("Trực tuyến", "Dalam talian")
        "truc tuyen", "dalam talian",
        # is ("Fjarnámskeið á Teams", "Fjarnám í beinni útsendingu"), folded
        "fjarnamskeið", "fjarnam", "fjarkennsla",
    ),
    IN_PERSON: (
        "offlineeventattendancemode", "offline", "in person", "onsite", "on site", "classroom",
        "face to face", "f2f", "in house", "instructor led classroom", "praesenz", "prasenz",
        "prasenzschulung", "prasenzseminar", "prasenztraining", "prasenzkurs", "vor ort",
        "presentiel", "en presentiel", "en salle", "presencial", "in presenza", "in aula",
        "klassikaal", "op locatie", "klassrum", "pa plats", "stacjonarnie", "stacjonarne",
        "en classe",
        "stacjonarny", "prezencne", "prezencni", "prezencnim", "lahiopetus", "fremmode",
        "holdundervisning", "klasserom", "klasseromskurs", "presenciais", "presencialmente",
        "очно", "очное обучение", "очнии", "очна", "yuz yuze", "sinif ici", "jelenleti",
        "fizic", "cu prezenta fizica",
        "staðnamskeið", "staðnam", "staðkennsla",  # is ("Staðnámskeið")
    ),
    BLENDED: (
        "mixedeventattendancemode", "blended", "blended learning", "hybrid", "hybride",
        "mixed", "semipresencial", "semi presencial", "misto", "gemischt", "b learning",
        "hybrydowo", "hybrydowe", "kombinovane", "kombinovana", "monimuoto", "смешанныи",
        "смешанное обучение", "гибридныи", "змішании", "karma", "hibrit",
    ),
}  # fmt: skip
# Phrases that name a mode word without being about attendance ("Book online").
_NOT_A_MODE = re.compile(
    r"\b(?:(?:book|booking|pay|apply|register|enrol|enroll|buy|order|shop|available|sign\s+up)"
    r"\s+online|online\s+(?:booking|exam|examination|test|portal|shop|store|resources?|payment"
    r"|account|enquiry|form|registration|learning\s+platform|support|help|chat|reviews?"
    r"|presence|marketing|analytics|safety|advertising|security)"
    r"|distance\s+(?:from|to)|mixed\s+(?:reviews?|ability|results?)|part\s+time|full\s+time)\b"
)
_CHOICE = re.compile(r"\b(?:or|oder|ou|o|of|eller|either)\b|/")


def _alternation(phrases: Iterable[str]) -> str:
    """Any of ``phrases``, longest first, a space standing for any white space."""
    return word_alternation(phrases, char=lambda ch: r"\s+" if ch == " " else re.escape(ch))


# Japanese, Chinese and Korean mode words, found without word ends (CJK has no spaces).
_CJK_MODE_PHRASES: dict[str, tuple[str, ...]] = {
    ONLINE: (
        "オンライン", "ライブ配信", "線上", "线上", "網路直播", "网络直播", "遠距", "远程",
        "온라인",
    ),
    IN_PERSON: ("会場受講", "対面", "教室受講", "通学", "實體", "实体", "面授", "현장", "오프라인"),
    BLENDED: ("ハイブリッド", "混合式", "混成", "하이브리드"),
}  # fmt: skip
_PHRASE_MODE = {p: mode for mode, phrases in _MODE_PHRASES.items() for p in phrases}
_PHRASE_MODE.update({p: m for m, phrases in _CJK_MODE_PHRASES.items() for p in phrases})
_LATIN_PHRASES = [p for phrases in _MODE_PHRASES.values() for p in phrases]
_CJK_PHRASES = [p for phrases in _CJK_MODE_PHRASES.values() for p in phrases]
_MODE_WORDS = re.compile(rf"\b(?:{_alternation(_LATIN_PHRASES)})\b|{_alternation(_CJK_PHRASES)}")


_SCHEMA_URL = re.compile(r"https?://\S*?schema\.org/")
# "[-_./·|]+|\s+", less the lone spaces (replacing one by itself changes nothing).
_SEPARATORS = re.compile(r"[-_./·|]+|[^\S ]\s*| \s+")


def _fold(text: str) -> str:
    """Lower case, no accents, "-"/"_"/"." as spaces ("Live-Online" -> "live online")."""
    text = strip_accents(text.casefold()).replace("ß", "ss")
    if "schema.org/" in text:
        text = _SCHEMA_URL.sub(" ", text)
    return _SEPARATORS.sub(" ", text)


def _modes_in(text: str) -> list[str]:
    folded = _NOT_A_MODE.sub(" ", _fold(text))
    return [_PHRASE_MODE[re.sub(r"\s+", " ", m)] for m in _MODE_WORDS.findall(folded)]


def _combine(modes: set[str]) -> str | None:
    if BLENDED in modes or {ONLINE, IN_PERSON} <= modes:
        return BLENDED
    return next(iter(modes)) if len(modes) == 1 else None


def parse_mode(value: object) -> str | None:
    """Mode from a markup value: an eventAttendanceMode (URL or bare), a courseMode
    ("Onsite", "Virtual Classroom", "Präsenzschulung"), or a list of them.

    Online and in-person values together make "blended"; a single phrase offering
    a choice ("online or classroom") is ``None``, as is a value naming no mode
    ("part-time").
    """
    if isinstance(value, str):
        return _text_mode(value)
    if isinstance(value, list | tuple | set | frozenset):
        found = {m for v in value if (m := parse_mode(v)) is not None}
        return _combine(found)
    return None


@lru_cache(maxsize=4096)
def _text_mode(value: str) -> str | None:
    """:func:`parse_mode` of one string, remembered: a site writes its modes the same way."""
    modes = _modes_in(value)
    both = {ONLINE, IN_PERSON} <= set(modes) and BLENDED not in modes
    if both and _CHOICE.search(value.casefold()):
        return None
    return _combine(set(modes))


def without_mode_words(text: str) -> str:
    """``text`` as the mode readers read it (lower case, no accents, "-" as a space), less
    its mode phrases: "Corsi in aula" -> "corsi", "Live-Online-Termine" -> "live termine"."""
    return _MODE_WORDS.sub(" ", _NOT_A_MODE.sub(" ", _fold(text)))


# A delivery format set before a place by a dash, colon or bar: "stacjonarnie – Kraków",
# "Präsenz: München", "presencial | Madrid".
_MODE_LEAD = re.compile(r"^([^\W\d][^\d:|–—-]{1,30}?)\s*(?:[:|–—]|\s-)\s*(?=[^\W\d_])")


def place_after_mode(text: str) -> str:
    """``text`` less a delivery format written before its place ("stacjonarnie – Kraków",
    "Classroom: Leeds", "in aula – Milano" → the place): the format's words are no part of
    the place.  Else ``text`` as given, and after an online format ("Online: Zoom") too."""
    lead = _MODE_LEAD.match(text)
    if lead is None:
        return text
    # the lead is a format's phrase alone ("Leeds – classroom" has words besides it); read
    # uncached, so the many places' leads keep out of mode_from_text's memory
    phrase = " ".join(_fold(lead.group(1)).split())
    if _MODE_WORDS.fullmatch(phrase) is None or _PHRASE_MODE.get(phrase) in (None, ONLINE):
        return text  # "Online: Zoom": a platform after it, no place
    return text[lead.end() :]


@lru_cache(maxsize=8192)
def mode_from_text(text: str | None) -> str | None:
    """Mode from the visible words around one run ("Live online", "Classroom – London").

    Conservative: one kind of word only, or an explicit "blended"/"hybrid";
    online and classroom words together say nothing.
    """
    if not text:
        return None
    modes = set(_modes_in(text))
    if BLENDED in modes:
        return BLENDED
    return next(iter(modes)) if len(modes) == 1 else None


# A run called off or put off, as sites in many languages write it ("CANCELLED",
# "Postponed", "Abgesagt", "Annulé", "Cancelado", "Annullato", "Inställd", "Peruttu"): no
# availability but no run to book either.  An alternation without bounds: each reader
# sets its own (a word in a row, a whole line, a status before a name).
CALLED_OFF = (
    r"cancel+ed|postponed|abgesagt|verschoben|annul[ée]e?s?|report[ée]e?s?|cancelad[oa]s?"
    r"|annullat[oaie]|geannuleerd|inställd|avlyst|aflyst|peruttu"
)
# ... or moved ("Rescheduled"): still a status, never part of a course's name, and nothing
# to book on that row.
OFF_OR_MOVED = rf"{CALLED_OFF}|rescheduled"

# The most places left that still read as few ("2 left"); from one more a run is plainly
# open ("12 spots left" on every open row of a class list).
FEW_LEFT = 5

AVAILABILITY_TERMS: tuple[str, ...] = (
    "InStock", "SoldOut", "LimitedAvailability", "OutOfStock", "PreOrder", "PreSale",
    "BackOrder", "Discontinued", "InStoreOnly", "OnlineOnly", "MadeToOrder",
)  # fmt: skip
_TERMS = {t.casefold(): t for t in AVAILABILITY_TERMS}
_AVAILABILITY_WORDS: tuple[tuple[str, str], ...] = (
    (  # "Nearly sold out", "Fast ausgebucht", "Posti quasi esauriti": before the sold-out words
        "LimitedAvailability",
        r"(?:nearly|almost|fast|presque|casi|quasi|bijna|n[äa]stan|n[æa]sten|nesten|prawie|quase|melkein)"
        r"\s+(?:sold\s+out|fully\s+booked|booked\s+(?:out|up)|ausgebucht|voll|complets?|completos?"
        r"|agotad[oa]s?|esaurit[oaie]|volgeboekt|volzet|fullbokad|fullbokat|udsolgt|utsolgt|wyprzedane"
        r"|esgotad[oa]s?|lotad[oa]s?|t[äa]ynn[äa])",
    ),
    (
        "SoldOut",
        r"sold\s+out|fully\s+booked|booked\s+(?:out|up)|(?:course|class|event|batch|session|cohort|intake|workshop)\s+(?:is\s+)?full"
        r"|^full$|no\s+(?:places|seats|spaces)|not\s+available|unavailable|waiting\s*list|waitlist"
        r"|ausgebucht|warteliste|keine\s+pl[aä]tze|(?<!media\s)(?<!tiempo\s)(?<!jornada\s)complet(?!(?:e|ed|es|ely|ion|ing)\b)|liste\s+d.attente|agotado|(?<!tiempo\s)completo"
        r"|esaurit[oaie]|volgeboekt|fullbokad|fullbokat|sluts[aå]ld|udsolgt|utsolgt|fuldt\s+booket"
        r"|fullt(?:\s+booket)?$|fulltegnet|fuldtegnet|overtegnet|fulltecknad|fulltecknat"
        r"|venteliste|v[äa]ntelista|wachtlijst|volzet|uitverkocht|lista\s+d.attesa|lista\s+de\s+espera"
        r"|obsazeno|plně\s+obsazen[oý]|vyprodáno|(?:plne\s+)?obsaden[éý]|vypredan[éý]|brak\s+(?:wolnych\s+)?miejsc"
        r"|wyprzedane|esgotad[oa]s?|lotad[oa]|sem\s+vagas|loppuunmyyty|täynnä|täyteen\s+varattu"
        r"|満席|満員|受付終了|已額滿|额满|額滿|已满|已滿|마감(?!\s?임박)|모집\s?완료|정원\s?마감"
        # closed for booking: "Registration closed", "Inscripciones cerradas", "Набор закрыт"
        r"|(?:registration|registrations|booking|bookings|enrol+ment)\s+(?:is\s+|now\s+)?closed"
        r"|(?:ticket\s+)?sales\s+(?:have\s+)?(?:ended|closed)"  # a ticketing site's "Sales ended"
        r"|out\s+of\s+stock"  # a shop's product option: "Out of stock"
        r"|anmeldung\s+geschlossen|inscriptions?\s+(?:ferm[ée]es?|cl[ôo]tur[ée]es?)"
        r"|inscripciones\s+cerradas|iscrizioni\s+chiuse|inschrijving\s+gesloten"
        # Latin American Spanish "Cupo lleno", "Cupos agotados", "Sin cupo"
        r"|cupos?\s+(?:lleno|agotado|completo)s?|sin\s+cupos?\b"
        r"|inscri[cç][õo]es\s+encerradas|(?:мест\s+нет|нет\s+мест|набор\s+закрыт)"
        r"|kontenjan\s+dolu|kay[ıi]tlar\s+kapand[ıi]|megtelt|locuri\s+epuizate"
        # sr / hr / bs "Popunjeno", "Mesta su popunjena", "Nema slobodnih mesta", "lista čekanja"
        r"|popunjen[oa]?\b|nema\s+(?:slobodnih\s+)?mj?esta|lista\s+[čc]ekanja"
        # bg "Няма свободни места", "Местата са изчерпани"; is "Uppselt", "Fullbókað"
        r"|няма\s+(?:свободни\s+)?места|местата\s+са\s+(?:изчерпани|запълнени)|uppselt|fullbókað"
        # mk / sr / bg Cyrillic "Пополнето", "Попуњено", "Нема слободни места", "Листа на чекање",
        # "Разпродадено"
        r"|пополнет[оа]?\b|попуњен[оа]?\b|нема\s+(?:слободни[хx]?\s+)?места|листа\s+(?:на\s+)?чекањ[еа]"
        r"|разпродадено"
        # az "Yer qalmayıb", "Yer yoxdur", "Gözləmə siyahısı"
        r"|yer\s+qalmay[ıi]b|yer\s+yoxdur|g[öo]zl[əe]m[əe]\s+siyah[ıi]s[ıi]"
        # el "Πλήρες", "Πλήρης"; he "הקורס מלא", "רשימת המתנה" (no word with a Greek "μ":
        # case-blind, the Latin-1 micro sign "µ" matches it)
        r"|πλήρ(?:ες|ης)\b|(?:הקורס|המחזור|הסדנה)\s+מלא|רשימת\s+המתנה"
        # vi "Hết chỗ", "Đã đủ chỗ"; id / ms "Kuota penuh", "Kelas penuh"
        r"|hết\s+chỗ|đã\s+đủ\s+(?:chỗ|học\s+viên)|(?:kuota|kelas|tempat)\s+(?:sudah\s+)?penuh"
        # ar "مكتمل العدد", "اكتمل العدد", "نفدت المقاعد", "قائمة الانتظار"
        r"|ا?كتمل\s+العدد|العدد\s+مكتمل|نفدت?\s+المقاعد|قائمة\s+الانتظار"
        # th "เต็ม" (full) alone or "เต็มแล้ว" (full now), "ที่นั่งเต็ม" (seats full), "ปิดรับสมัคร"
        # (registration closed); not "เต็มวัน" (a full day)
        r"|^\s*เต็ม\s*$|เต็มแล้ว|ที่นั่งเต็ม|ปิดรับสมัคร"
        # sq "Plot" (full) on its own, "Lista e pritjes" (waiting list), "Nuk ka vende"
        r"|^\s*plot\s*$|lista\s+e\s+pritjes|nuk\s+ka\s+(?:më\s+)?vende"
        # nl "Vol", de "Voll" (full) as a status on its own
        r"|^vol$|^voll$",
    ),
    (
        "LimitedAvailability",
        # (not "Radar Observer (Unlimited)": a licence's scope in a course's name)
        r"(?<!un)limited|(?:only\s+)?(?:a\s+)?(?:few|\d+)\s+(?:place|seat|space|spot|slot|ticket)s?\s+(?:left|remaining)"
        r"|last\s+(?:few\s+|\d+\s+)?(?:places|seats|spaces|spots|slots|tickets)|almost\s+full|nearly\s+full|filling\s+(?:up\s+)?fast"
        # a shop's low-stock label (PrestaShop's "Last items in stock", "Last item in stock")
        r"|last\s+items?\s+in\s+stock"
        r"|selling\s+fast|wenige\s+(?:freie\s+)?pl[aä]tze|restpl[aä]tze|letzte\s+(?:freie\s+)?pl[aä]tze"
        r"|places\s+limit[ée]es"
        r"|derni[eè]res\s+places|ultimi\s+posti|nog\s+enkele\s+plaatsen"
        r"|ultimele\s+(?:\d+\s+)?locuri"  # ro "Ultimele locuri", "Ultimele 3 locuri"
        r"|laatste\s+(?:\d+\s+)?(?:vrije\s+)?(?:plaatsen|plekken)|nog\s+enkele\s+plekken"
        r"|f[åa]\s+(?:platser|pladser|plasser)|ostatnie\s+(?:\d+\s+)?(?:wolne\s+)?miejsc[ae]?|posledn[ií]\s+(?:\d+\s+)?(?:voln[aá]\s+)?m[ií]st[ao]"
        # pt / es "Últimas (4) vagas", "Últimos (3) lugares", "Últimas (2) plazas"
        r"|[uú]ltim[ao]s\s+(?:\d+\s+)?(?:vagas|lugares|cupos|plazas)|cupos\s+limitados|残席わずか|残りわずか|残席僅少|名額有限|即將額滿"
        r"|마감\s?임박|잔여\s?\d+\s?석|残り\d+席|残席\d+"
        # "Only 2 places", "nur noch 2 Plätze", "plus que 3 places", "nog 2 plaatsen" …
        r"|(?:only|just|nur|noch|plus\s+que|seulement|encore|s[oó]lo|quedan|solo|ultimi|restano"
        r"|rimangono|nog|endast|bara|kun|tylko|zosta[lł][oy]|apenas|s[oó]|restam)"
        r"(?:\s+(?:noch|maar|mehr))?\s+\d+\s+(?:freie\s+|ledige\s+|lediga\s+|wolne\s+)?"
        r"(?:places?|seats?|spaces?|spots?|slots?|tickets?|pl[aä]tze|platz|plazas?|post[oi]|plaats(?:en)?|platser|pladser"
        r"|plasser|miejsc[ea]?|vagas|lugares|cupos?)\b"
        r"(?!\s+(?:per|pro|par|por|je|each|in\s+(?:each|every))\b)"  # "only 8 seats per class"
        r"|\d+\s+(?:platser\s+kvar|pladser\s+tilbage|plasser\s+igjen)"
        r"|(?:only|just)\s+\d+\s+left\b|\d+\s+left\s+in\s+stock"  # a shop's stock: "Only 3 left"
        rf"|^[1-{FEW_LEFT}]\s+left$"  # a booking engine's status cell of a few places: "2 left"
        # a places column's bare remainder: "2 places" (not "8 places")
        r"|^[12]\s+(?:place|seat|space|spot)s?$"
        r"|เหลือ\s*\d+\s*ที่",  # th "เหลือ 4 ที่" (4 places left)
    ),
    (
        "InStock",
        r"(?:places|seats|spaces|spots|slots|tickets)\s+available|^available$|^open$|open\s+for\s+(?:booking|"
        r"enrolment|registration)|freie\s+pl[aä]tze|pl[aä]tze\s+frei|places\s+disponibles"
        r"|(?:plazas|lugares|cupos)\s+disponibles|posti\s+disponibili|plaatsen\s+beschikbaar|lediga\s+platser"
        r"|platser\s+kvar|ledige\s+(?:pladser|plasser)|wolne\s+miejsca|voln[aáé]\s+m[ií]st[ao]"
        # pt / es places open: "Vagas abertas", "Plazas abiertas", "Cupos abiertos"
        r"|vagas\s+(?:dispon[ií]veis|abertas)|(?:plazas|cupos)\s+abiert[ao]s|inscri[cç][oõ]es\s+abertas|受付中|報名中|报名中|募集中"
        r"|모집\s?중|접수\s?중"
        # a status on its own: "Applications open" (not "… open 1 March": a later opening),
        # Norwegian/Danish/Swedish "Ledig" ("free") at the end of a date picker's option
        r"|^(?:applications?|registrations?|enrol+ments?|bookings?)\s+(?:are\s+|now\s+)?open\W*$"
        r"|(?:^|\s)ledig$"
        r"|^in\s+stock\W*$"  # a shop's stock cell on its own: "In stock" (not "Out of stock")
        # a ticketing site's status: "Tickets on sale (now)" (not "… on sale from 1 March": later)
        r"|tickets?\s+on\s+sale(?:\s+now)?\W*$"
        r"|vende\s+(?:të|te)\s+lira"  # sq "Vende të lira" (free places)
        # "Available" as a status on its own in nl, de, fr / es, it, pt
        r"|^(?:beschikbaar|verfügbar|disponibles?|disponibile|dispon[íi]vel)$",
    ),
)
_AVAILABILITY = tuple((term, re.compile(words, re.I)) for term, words in _AVAILABILITY_WORDS)
# The same words read case-sensitively in the lower-cased text: several times quicker, as
# the regex engine then rejects each word at its first letter (case-blind, it tries each word
# in full at every place).  Only for a text of Latin-1 and of the punctuation, symbols and
# spaces of U+2000-U+20CF ("–", "·", "€"), which read so exactly as case-blind (a test holds
# each pattern's letters to this).
_AVAILABILITY_LOWER = tuple((term, re.compile(words)) for term, words in _AVAILABILITY_WORDS)
_NOT_CASE_PLAIN = re.compile("[^\x00-\xff\u2000-\u20cf]")
_SCHEMA_TERM = re.compile(r"(?:schema\.org/)?([A-Za-z]+)\s*$")


def parse_availability(value: str | None) -> str | None:
    """A schema.org availability term from a markup value or from visible words.

    "https://schema.org/InStock" and "InStock" give "InStock"; visible "Sold out",
    "Fully booked" and "Waiting list" give "SoldOut"; "Only 3 places left" and
    "Limited places" give "LimitedAvailability"; "Places available" gives "InStock".
    """
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    match = _SCHEMA_TERM.fullmatch(text.split("/")[-1]) if "/" in text else None
    term = _TERMS.get((match.group(1) if match else text).casefold())
    if term is not None:
        return term
    patterns = _AVAILABILITY
    if _NOT_CASE_PLAIN.search(text) is None:
        text, patterns = text.lower(), _AVAILABILITY_LOWER
    for term, words in patterns:
        if words.search(text):
            return term
    return None


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_SCALE = re.compile(r"(?:/|out\s+of|von|sur|de|su|van|av)\s*(\d+(?:[.,]\d+)?)", re.I)
_THOUSANDS = re.compile(r"(?<!\d)\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?!\d)")


def _number(value: object) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        number = float(value)
        return number if math.isfinite(number) else None
    if isinstance(value, str) and (match := _NUMBER.search(value)):
        return float(match.group(0).replace(",", "."))
    return None


def parse_rating(value: object) -> float | None:
    """A rating value ("4.8", "4,8", "4.8/5", "4.8 out of 5", 4.8), as written.

    Negative values, values over the stated scale (or over 10 with none), and
    text with no number are ``None``.
    """
    number = _number(value)
    if number is None or number < 0:
        return None
    scale = _SCALE.search(value) if isinstance(value, str) else None
    limit = min(float(scale.group(1).replace(",", ".")), 100.0) if scale else 10.0
    return number if number <= limit else None


def parse_count(value: object) -> int | None:
    """A count ("227", "1,204 reviews", "1.204 Bewertungen", 227.0).

    ``None`` when there is no whole, non-negative number.
    """
    if isinstance(value, str):
        grouped = _THOUSANDS.search(value)
        if grouped is not None:
            return int(re.sub(r"\D", "", grouped.group(0)))
        match = re.search(r"(?<![\d.,])\d+(?![.,]\d)", value)
        return int(match.group(0)) if match else None
    number = _number(value)
    if number is None or number < 0 or not number.is_integer():
        return None
    return int(number)
