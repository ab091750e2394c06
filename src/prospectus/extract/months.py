"""Month and weekday names, one table per language, for the date parsers.

Keys are written as a page would write them (accents kept); :data:`MONTHS` also
holds the accent-free spelling of every key, all case-folded.  Abbreviations are
listed without their trailing dot: the date patterns allow one after any name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from prospectus.extract.text import word_alternation

_MONTH_TABLES: dict[str, dict[str, int]] = {
    "en": {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
        "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
        "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
        "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
    "de": {
        "januar": 1, "jänner": 1, "jän": 1, "februar": 2, "feber": 2, "märz": 3,
        "maerz": 3, "mrz": 3, "mär": 3, "mai": 5, "juni": 6, "juli": 7, "oktober": 10,
        "okt": 10, "dezember": 12, "dez": 12,
    },
    # lb: the names German does not share ("9. Mäerz 2027", "20. Abrëll 2027", "3. Mee 2027")
    "lb": {"mäerz": 3, "abrëll": 4, "mee": 5},
    # sq: full names only ("14 – 16 dhjetor 2026"); the short ones are common words
    "sq": {
        "janar": 1, "shkurt": 2, "mars": 3, "prill": 4, "maj": 5, "qershor": 6, "korrik": 7,
        "gusht": 8, "shtator": 9, "tetor": 10, "nëntor": 11, "dhjetor": 12,
    },
    "fr": {
        "janvier": 1, "janv": 1, "février": 2, "févr": 2, "fév": 2, "mars": 3,
        "avril": 4, "avr": 4, "juin": 6, "juillet": 7, "juil": 7, "août": 8,
        "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "déc": 12,
    },
    "es": {
        "enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4,
        "mayo": 5, "junio": 6, "julio": 7, "agosto": 8, "ago": 8, "septiembre": 9,
        "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12, "dic": 12,
    },
    "it": {
        "gennaio": 1, "gen": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5,
        "mag": 5, "giugno": 6, "giu": 6, "luglio": 7, "lug": 7, "agosto": 8,
        "settembre": 9, "set": 9, "ott": 10, "ottobre": 10, "novembre": 11,
        "dicembre": 12,
    },
    "nl": {
        "januari": 1, "februari": 2, "maart": 3, "mrt": 3, "mei": 5, "juni": 6,
        "juli": 7, "augustus": 8, "oktober": 10, "okt": 10,
    },
    "pt": {
        "janeiro": 1, "fevereiro": 2, "fev": 2, "março": 3, "abril": 4, "maio": 5,
        "junho": 6, "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "out": 10,
        "novembro": 11, "dezembro": 12, "dez": 12,
    },
    "sv": {
        "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6,
        "juli": 7, "augusti": 8, "september": 9, "oktober": 10, "november": 11,
        "december": 12,
    },
    "da_no": {
        "januar": 1, "februar": 2, "marts": 3, "mars": 3, "april": 4, "maj": 5, "mai": 5,
        "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11,
        "december": 12, "desember": 12, "des": 12,
    },
    # Polish: nominative, genitive ("12 października") and three-letter abbreviations.
    "pl": {
        "styczeń": 1, "stycznia": 1, "sty": 1, "luty": 2, "lutego": 2, "lut": 2,
        "marzec": 3, "marca": 3, "kwiecień": 4, "kwietnia": 4, "kwi": 4, "maja": 5,
        "czerwiec": 6, "czerwca": 6, "cze": 6, "lipiec": 7, "lipca": 7, "lip": 7,
        "sierpień": 8, "sierpnia": 8, "sie": 8, "wrzesień": 9, "września": 9, "wrz": 9,
        "październik": 10, "października": 10, "paź": 10, "listopad": 11, "listopada": 11,
        "lis": 11, "grudzień": 12, "grudnia": 12, "gru": 12,
    },
    # Czech: nominative and genitive ("12. října").
    "cs": {
        "leden": 1, "ledna": 1, "únor": 2, "února": 2, "březen": 3, "března": 3,
        "duben": 4, "dubna": 4, "květen": 5, "května": 5, "červen": 6, "června": 6,
        "červenec": 7, "července": 7, "srpen": 8, "srpna": 8, "září": 9, "říjen": 10,
        "října": 10, "listopadu": 11, "prosinec": 12, "prosince": 12,
    },
    # Finnish: nominative and partitive ("12. lokakuuta").
    "fi": {
        "tammikuu": 1, "tammikuuta": 1, "helmikuu": 2, "helmikuuta": 2, "maaliskuu": 3,
        "maaliskuuta": 3, "huhtikuu": 4, "huhtikuuta": 4, "toukokuu": 5, "toukokuuta": 5,
        "kesäkuu": 6, "kesäkuuta": 6, "heinäkuu": 7, "heinäkuuta": 7, "elokuu": 8,
        "elokuuta": 8, "syyskuu": 9, "syyskuuta": 9, "lokakuu": 10, "lokakuuta": 10,
        "marraskuu": 11, "marraskuuta": 11, "joulukuu": 12, "joulukuuta": 12,
    },
    # Slovak and Slovenian: nominative, genitive ("12. októbra") and Slovenian's own names.
    "sk_sl": {
        "január": 1, "januára": 1, "február": 2, "februára": 2, "marec": 3, "marca": 3,
        "apríl": 4, "apríla": 4, "máj": 5, "mája": 5, "jún": 6, "júna": 6, "júl": 7,
        "júla": 7, "augusta": 8, "septembra": 9, "október": 10, "októbra": 10,
        "novembra": 11, "decembra": 12, "junij": 6, "julij": 7, "avgust": 8,
    },
    # Serbian, Bosnian and Montenegrin Latin: nominative and genitive ("7–9. decembar 2026",
    # "7. decembra 2026"); the names the tables above share are theirs too.
    "sr": {
        "jun": 6, "jul": 7, "septembar": 9, "oktobar": 10, "novembar": 11, "decembar": 12,
        "januara": 1, "februara": 2, "marta": 3, "aprila": 4, "maja": 5, "juna": 6,
        "jula": 7, "avgusta": 8, "oktobra": 10,
    },
    "hu": {
        "január": 1, "február": 2, "febr": 2, "március": 3, "márc": 3, "április": 4,
        "ápr": 4, "május": 5, "máj": 5, "június": 6, "jún": 6, "július": 7, "júl": 7,
        "augusztus": 8, "szeptember": 9, "szept": 9, "október": 10, "okt": 10,
    },
    "ro": {
        "ianuarie": 1, "ian": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6,
        "iun": 6, "iulie": 7, "iul": 7, "septembrie": 9, "octombrie": 10,
        "noiembrie": 11, "decembrie": 12,
    },
    # Indonesian and Malay (the names the tables above lack: "8 – 19 Maret 2027", "Ogos")
    "id_ms": {
        "maret": 3, "agustus": 8, "desember": 12, "mac": 3, "julai": 7, "ogos": 8,
        "disember": 12,
    },
    "tr": {
        "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6,
        "temmuz": 7, "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    },
    # Russian and Ukrainian: nominative and genitive ("12 октября", "12 жовтня").
    "ru": {
        "январь": 1, "января": 1, "февраль": 2, "февраля": 2, "март": 3, "марта": 3,
        "апрель": 4, "апреля": 4, "май": 5, "мая": 5, "июнь": 6, "июня": 6, "июль": 7,
        "июля": 7, "август": 8, "августа": 8, "сентябрь": 9, "сентября": 9,
        "октябрь": 10, "октября": 10, "ноябрь": 11, "ноября": 11, "декабрь": 12,
        "декабря": 12,
    },
    "uk": {
        "січень": 1, "січня": 1, "лютий": 2, "лютого": 2, "березень": 3, "березня": 3,
        "квітень": 4, "квітня": 4, "травень": 5, "травня": 5, "червень": 6, "червня": 6,
        "липень": 7, "липня": 7, "серпень": 8, "серпня": 8, "вересень": 9, "вересня": 9,
        "жовтень": 10, "жовтня": 10, "листопад": 11, "листопада": 11, "грудень": 12,
        "грудня": 12,
    },
    # Macedonian, Bulgarian and Serbian Cyrillic ("9–11 декември 2026", "14 януари 2027",
    # "7. децембра 2026"): the names the Russian table lacks.
    "mk_bg_sr": {
        "јануари": 1, "януари": 1, "јануар": 1, "јануара": 1, "февруари": 2, "фебруар": 2,
        "фебруара": 2, "април": 4, "априла": 4, "мај": 5, "маја": 5, "јуни": 6, "юни": 6,
        "јун": 6, "јуна": 6, "јули": 7, "юли": 7, "јул": 7, "јула": 7, "септември": 9,
        "септембар": 9, "септембра": 9, "октомври": 10, "октобар": 10, "октобра": 10,
        "ноември": 11, "новембар": 11, "новембра": 11, "декември": 12, "децембар": 12,
        "децембра": 12,
    },
    # Greek: genitive, as dates write them ("12 Οκτωβρίου").
    "el": {
        "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5,
        "ιουνίου": 6, "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10,
        "νοεμβρίου": 11, "δεκεμβρίου": 12,
    },
    # Arabic: the Gregorian month names of Egypt and the Gulf ("٦ ديسمبر ٢٠٢٦"); the
    # spellings without hamza ("ابريل", "اكتوبر") are the accent-free forms.
    "ar": {
        "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
        "يوليو": 7, "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    },
    # Thai: full names and the dotted abbreviations ("14 ธ.ค. 2569", its year Buddhist Era).
    "th": {
        "มกราคม": 1, "ม.ค": 1, "กุมภาพันธ์": 2, "ก.พ": 2, "มีนาคม": 3, "มี.ค": 3, "เมษายน": 4,
        "เม.ย": 4, "พฤษภาคม": 5, "พ.ค": 5, "มิถุนายน": 6, "มิ.ย": 6, "กรกฎาคม": 7, "ก.ค": 7,
        "สิงหาคม": 8, "ส.ค": 8, "กันยายน": 9, "ก.ย": 9, "ตุลาคม": 10, "ต.ค": 10,
        "พฤศจิกายน": 11, "พ.ย": 11, "ธันวาคม": 12, "ธ.ค": 12,
    },
    # Bulgarian: names and the abbreviations of date chips ("7–11 дек.", "22–26 февр.").
    "bg": {
        "януари": 1, "ян": 1, "яну": 1, "февруари": 2, "фев": 2, "февр": 2, "март": 3,
        "април": 4, "апр": 4, "май": 5, "юни": 6, "юли": 7, "август": 8, "авг": 8,
        "септември": 9, "сеп": 9, "септ": 9, "октомври": 10, "окт": 10, "ноември": 11,
        "ное": 11, "ноем": 11, "декември": 12, "дек": 12,
    },
    # Icelandic ("mánudagur, 7. desember 2026"); "des" is a risky short form, left out.
    "is": {
        "janúar": 1, "febrúar": 2, "mars": 3, "apríl": 4, "maí": 5, "júní": 6, "júlí": 7,
        "ágúst": 8, "ágú": 8, "september": 9, "október": 10, "nóvember": 11, "nóv": 11,
        "desember": 12,
    },
}  # fmt: skip

# Short names that are also common words ("out", "set", "des", "gen"): a date
# written with one of them must carry its year right after it.
RISKY_MONTHS: frozenset[str] = frozenset(
    {"out", "set", "des", "gen", "mag", "ago", "sie", "lis", "lip", "cze", "mac", "mee"}
)

_WEEKDAY_NAMES: tuple[str, ...] = (
    # en
    "monday", "mon", "tuesday", "tues", "tue", "wednesday", "wed", "thursday", "thurs",
    "thur", "thu", "friday", "fri", "saturday", "sat", "sunday", "sun",
    # de
    "montag", "mo", "dienstag", "di", "mittwoch", "mi", "donnerstag", "do", "freitag",
    "fr", "samstag", "sonnabend", "sa", "sonntag", "so",
    # fr
    "lundi", "lun", "mardi", "mercredi", "mer", "jeudi", "jeu", "vendredi", "ven",
    "samedi", "sam", "dimanche", "dim",
    # es / it / pt
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
    "segunda", "terça", "quarta", "quinta", "sexta",
    # nl / sv / da / no
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
    "mandag", "tirsdag", "lørdag", "søndag",
    # short forms: sv, da / no, pt, es / it, pl, cs, fi (used after a range word)
    "mån", "tis", "ons", "tors", "tor", "fre", "lör", "sön", "man", "tir", "lør", "søn",
    "seg", "ter", "qua", "qui", "sex", "sáb", "dom", "mié", "jue", "vie", "mer", "gio",
    "pon", "wt", "śr", "czw", "pt", "sob", "niedz", "út", "st", "čt", "pá", "ne",
    "po", "ma", "ti", "ke", "to", "pe", "la", "su",
    # nl short forms ("di 13 okt en wo 14 okt", "do 5 + vr 6 november"; "ma", "di", "do" above)
    "wo", "vr", "za", "zo",
    # pl / cs / fi / pt full names
    "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
    "pondělí", "úterý", "středa", "čtvrtek", "pátek", "neděle", "maanantai", "tiistai",
    "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai", "segunda-feira",
    "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
    # el: full names and the three-letter forms ("Δευτέρα 14 – Τετάρτη 16 Δεκεμβρίου")
    "δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή",
    "δευ", "τρι", "τετ", "πεμ", "παρ", "σαβ", "κυρ",
    # id / ms, vi, tr
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "isnin",
    "khamis", "ahad", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy",
    "chủ nhật", "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar",
    # ar ("الأحد ٦ – الخميس ١٠ ديسمبر")
    "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
    # uk / ru: names and two-letter forms ("сб, 5 – нд, 20 грудня 2026", "пн 14 – пт 18 декабря")
    "понеділок", "вівторок", "середа", "четвер", "п'ятниця", "пʼятниця", "п’ятниця", "субота",
    "неділя", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
    "пн", "вт", "ср", "чт", "пт", "сб", "нд", "вс",
    # mk / bg / sr Cyrillic: names and three-letter forms ("(сре–пет)")
    "понеделник", "вторник", "среда", "сряда", "четврток", "четвъртък", "петок", "петък",
    "сабота", "събота", "недела", "неделя", "понедељак", "уторак", "четвртак", "петак",
    "недеља", "пон", "вто", "сре", "чет", "пет", "саб", "нед",
    # th: names and one- or two-letter forms ("จ. 14 ธ.ค. – ศ. 18 ธ.ค. 2569")
    "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "พฤหัส", "ศุกร์", "เสาร์", "อาทิตย์",
    "จ", "อ", "พ", "พฤ", "ศ", "ส", "อา",
    # bg, is
    "понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя",
    "mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur", "laugardagur",
    "sunnudagur",
    # lb ("Mé. 14. Dezember 2026 → Dë. 15. Dezember 2026"; "Do.", "Fr.", "Sa.", "So." above)
    "méindeg", "dënschdeg", "mëttwoch", "donneschdeg", "freideg", "samschdeg", "sonndeg",
    # sq ("Hën 14 – Mër 16 dhjetor 2026"; "Mar", "Pre", "Die" are other words too)
    "hënë", "martë", "mërkurë", "enjte", "enj", "premte", "shtunë", "diel",
    # ro ("luni, 7 decembrie 2026 – vineri, 18 decembrie 2026")
    "luni", "marți", "marţi", "miercuri", "joi", "vineri", "sâmbătă", "duminică",
)  # fmt: skip
# Short names read only with their accents: without them they are common words ("de", "me").
_ACCENTED_WEEKDAYS: tuple[str, ...] = ("mé", "dë", "më", "hën", "mër")  # lb, sq


# What NFKD takes apart that is no accent: a Hangul syllable's letters (jamo), and the
# voicing marks of kana ("ブ" is "フ" and U+3099).
_KANA_MARKS = "\u3099\u309a"
_APART = re.compile("[\u1100-\u11ff\u3099\u309a]")


def strip_accents(text: str) -> str:
    """``text`` without combining marks ("décembre" -> "decembre"); "ß" and "ø" kept, and
    Korean and Japanese letters as written ("온라인", "ハイブリッド")."""
    if text.isascii():
        return text  # nothing to decompose
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch) or ch in _KANA_MARKS)
    return unicodedata.normalize("NFC", kept) if _APART.search(kept) else kept


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for names in _MONTH_TABLES.values():
        for name, number in names.items():
            table[name.casefold()] = number
            table[strip_accents(name).casefold()] = number
    return table


MONTHS: dict[str, int] = _month_table()
WEEKDAYS: frozenset[str] = frozenset(
    {w.casefold() for w in _WEEKDAY_NAMES}
    | {strip_accents(w).casefold() for w in _WEEKDAY_NAMES}
    | {w.casefold() for w in _ACCENTED_WEEKDAYS}
)


# Alternations of the names, longest first so "june" wins over "jun" (as tries: fast).
MONTH_PATTERN: str = word_alternation(MONTHS)
WEEKDAY_PATTERN: str = word_alternation(WEEKDAYS)


# A weekday or a run of them ("Senin – Jumat", "Thứ Bảy & Chủ Nhật", "Mon, Wed"): a run's
# days, never its place nor its name.
_WEEKDAYS_ONLY = re.compile(
    rf"(?:{WEEKDAY_PATTERN})\.?(?:\s*(?:[–—&,/+-]|and|und|et|y|dan|và)\s*(?:{WEEKDAY_PATTERN})\.?)*",
    re.I,
)


def is_weekday_phrase(text: str) -> bool:
    """Whether ``text`` is only weekday names ("Senin", "Thứ Hai – Thứ Sáu")."""
    return _WEEKDAYS_ONLY.fullmatch(text.strip()) is not None


@lru_cache(maxsize=1024)
def month_number(name: str) -> int | None:
    """1-12 for a month name or abbreviation in any listed language, else ``None``.

    Remembered: the date parser asks it about the same few names all along a page.
    """
    key = name.strip().rstrip(".").casefold()
    return MONTHS.get(key) or MONTHS.get(strip_accents(key))
