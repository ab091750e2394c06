"""The schedule readers' shared vocabulary: column role words, booking and button words,
and the checks for a course's title."""

from __future__ import annotations

import re
from functools import lru_cache

from prospectus.extract.dates import find_date_ranges, year_hint
from prospectus.extract.modes import mode_from_text
from prospectus.extract.months import MONTH_PATTERN, MONTHS
from prospectus.extract.patterns.cues import FAQ, region_flags
from prospectus.extract.prices import find_prices


class _Words:
    """A word pattern and its Japanese, Korean and Chinese words (which have no word ends):
    the latter are searched only in a text that is not all ASCII (a flag test), so Latin
    pages pay nothing for them."""

    __slots__ = ("_cjk", "_latin")

    def __init__(self, latin: re.Pattern[str], cjk: str) -> None:
        self._latin = latin
        self._cjk = re.compile(cjk)

    def search(self, text: str) -> re.Match[str] | None:
        found = self._latin.search(text)
        return self._cjk.search(text) if found is None and not text.isascii() else found


# The same roles as Japanese, Korean and Chinese headers write them: a cell is the word
# alone ("日程", "会場", "강사"), as these scripts put no space between words.
_CJK_ROLE_WORDS = {
    "date": "日程 日時 開催日 開催日程 開催日時 実施日 実施日程 開講日 日付 期間 "
    "일정 일시 날짜 기간 개강일 교육일정 교육기간 교육일시 수업일정 日期 开课日期 開課日期 "
    "上課日期 上课日期",
    "location": "会場 開催場所 開催地 実施場所 場所 장소 교육장소 강의장 지역 地点 地點 上课地点 "
    "上課地點",
    "mode": "形式 開催形式 受講形式 実施形式 방식 수업방식 교육방식 수업형태 上课方式 授课方式",
    "trainer": "講師 講師名 担当講師 강사 강사명 담당강사 讲师 老师",
    "price": "受講料 受講料金 料金 価格 参加費 費用 수강료 교육비 가격 비용 참가비 费用 价格 "
    "學費 学费 課程費用 课程费用",
    "availability": "状況 空席状況 残席 申込状況 受付状況 空き状況 상태 모집상태 잔여석 신청현황 "
    "状态 狀態 名额 報名狀態 报名状态",
    "course": "講座名 研修名 セミナー名 コース名 과정명 강좌명 교육명 과정 课程 課程",
}
# Arabic, with and without the article ("التاريخ", "تاريخ")
_ARABIC_ROLE_WORDS = {
    "date": "التاريخ تاريخ التواريخ الموعد",
    "location": "المكان مكان الموقع المدينة",
    "trainer": "المدرب المدربة مدرب المحاضر",
    "price": "الرسوم رسوم السعر التكلفة",
    "availability": "الحالة",
}


ROLE_WORDS: dict[str, frozenset[str]] = {
    role: frozenset(words.split())
    | frozenset(_CJK_ROLE_WORDS.get(role, "").split())
    | frozenset(_ARABIC_ROLE_WORDS.get(role, "").split())
    for role, words in {
        "end": "end ends finish until ende bis fin fine einde einddatum",
        "date": "date dates start starts begins when termin termine datum beginn von fecha fechas "
        "data date du periodo période wann startdatum inicio termín termíny terminy datas dato "
        "sessions schedule ajankohta päivämäärä päivämäärät kiedy kdy début inizio início aanvang "
        "időpont időpontok időpontja kezdés perioada perioadă datele дата дати даты период "
        "dagsetning dagsetningar",
        "location": "location venue city where place ort standort lieu veranstaltungsort campus "
        "centre center sede ubicación lugar luogo città ciudad ville stad locatie plaats "
        "místo miejsce lokalizacja sted plats paikka sijainti paikkakunta helyszín helyszíne "
        "localitate localitatea locație locatie oraș mesto mjesto lokacija място место місце град "
        "город staður staðsetning місто local localização cidade",
        "mode": "format delivery mode type method durchführung form modalité modalità modalidad "
        "formato vorm lesvorm attendance toteutustapa opetusmuoto tryb forma формат",
        "trainer": "trainer trainerin instructor instructors tutor teacher presenter referent "
        "referentin kursholder kursleder kursleiter facilitator lecturer formateur formatrice "
        "instruktør instruktor instruktör kursusleder profesor profesora professeur insegnante "
        "dozent dozentin docente ausbilder ausbilderin kursleitung seminarleitung "
        "formador formadora relatore istruttore intervenant lärare lektor lektorka underviser "
        "trener prowadzący instrutor instrutora kursledare utbildare föreläsare handledare "
        "foredragsholder kouluttaja docent docenten lesgever lesgevers seminarleiter "
        "seminarleiterin animateur assessor examiner "
        "animatrice ponente oktató oktatók előadó tréner lector instruktur pengajar "
        "narasumber fasilitator jurulatih eğitmen relator relatora relatores predavač predavačica "
        "predavači лектор лектори преподавател преподаватель обучител тренер треньор викладач "
        "leiðbeinandi kennari trajner trajneri trajnerja formator formatoare formatori "
        # German's gendered forms ("Vortragende:r", "Vortragende/r", "Vortragender")
        "vortragende vortragender vortragenden",
        "price": "price prices fee fees cost preis prix gebühr precio prezzo quota costo tarif "
        "prijs kosten investment tuition pris cena cennik preço valor hinta koszt díj díja ár preț "
        "pret kotizacija cijena цена ціна стоимость вартість такса verð investimento",
        "availability": "availability status places seats spaces verfügbarkeit plätze stav "
        "disponibilità disponibilidad plazas posti plaatsen tilanne dostępność helyek férőhely "
        "állapot locuri disponibilitate înscriere înscrieri situação vagas",
        "course": "course title programme program seminar kurs name event workshop training "
        "qualification corso curso formation opleiding cursus koulutus kurssi szkolenie curs "
        "cursul tanfolyam képzés",
    }.items()
}


# The word lists below open with a look-ahead holding their words' first letters (case-blind,
# as the lists are): a word that starts with another letter fails at once, without each
# word of the list tried on it (a test holds each set to its list).
_BOOKING_LATIN = re.compile(
    r"\b(?=[abcefimprstvw])"
    r"(?:book(?:ing)?|enrol+|register|reserve|buchen|anmelden|add to (?:basket|cart)|"
    r"places?|seats?|spaces?|sold out|fully booked|waiting ?list|warteliste|ausgebucht|"
    r"inscri\w*|réserver|inschrijven|aanmelden|plaatsen|plätze|places? restantes|"
    r"complet|volgeboekt|plasser|pladser|platser|påmelding|meld deg på|tilmeld\w*|anmäl\w*|"
    r"venteliste|väntelista)\b",
    re.I,
)
BOOKING = _Words(
    _BOOKING_LATIN,
    # Japanese, Korean and Chinese booking words and statuses, without word ends (no spaces)
    r"申し?込|予約|満席|残席|空席|キャンセル待ち|受付中|募集中|수강\s?신청|신청하기|예약하기|모집\s?중"
    r"|접수\s?중|마감|잔여석|报名|報名|预约|預約|额满|額滿",
)


# A cross-sell box's heading, in the languages of the readers' other words: "You may also
# like", "Ces formations peuvent aussi vous intéresser", "Das könnte Sie auch interessieren",
# "Ähnliche Seminare", "Cursos relacionados", "Altri corsi", "Lignende kurs"; a shop's box of
# other products under a course's product page ("Related products", "Productos relacionados").
_CROSS_SELL = (
    r"vous\s+intéresser|vous\s+aimerez|vous\s+pourriez\s+(?:aussi\s+)?aimer|"
    r"(?:formations|cours|stages|produits)\s+(?:similaires|associé(?:e)?s|lié(?:e)?s|"
    r"complémentaires|apparentés)|"
    r"autres\s+formations|auch\s+interessieren|interessieren\s+sie\s+auch|"
    r"(?:ähnliche|verwandte|weitere|passende)\s+(?:kurse|seminare|schulungen|trainings|"
    r"lehrgänge|weiterbildungen|produkte)|"
    r"(?:te|le|les|os)\s+(?:puede|pueden|podría|podrían)\s+interesar|quizás\s+te\s+interese|"
    r"(?:cursos|formaciones|productos|produtos)\s+(?:relacionad[oa]s|similares|semelhantes)|"
    r"(?:otros|outros)\s+cursos|otras\s+formaciones|"
    r"potrebbe(?:ro)?\s+interessarti|ti\s+potrebbe(?:ro)?\s+interessare|"
    r"(?:corsi|prodotti)\s+(?:correlati|simili)|altri\s+corsi|"
    r"também\s+pode(?:m)?\s+(?:gostar|interessar)|"
    r"misschien\s+ook|ook\s+interessant|"
    r"(?:gerelateerde|vergelijkbare|andere)\s+(?:cursussen|trainingen|opleidingen|producten)|"
    r"kanskje\s+også|kanske\s+också|måske\s+også|"
    r"(?:relaterte|relaterade|relaterede|lignende|liknande|andre|andra)\s+kurs(?:er)?|"
    r"(?:podobne|powiązane|inne)\s+(?:kursy|szkolenia)|może\s+(?:cię|pana|panią)\s+zainteresować"
)
_CROSS_SELL_LATIN = re.compile(
    r"\b(?=[acfgiklmopqrstvwyä])"
    rf"(?:(?:you|customers|people|students)\s+(?:may|might|also)\s+(?:also\s+)?"
    rf"(?:like|enjoy|viewed|bought|be\s+interested)|"
    # (one word may name the field: "Other plant courses", "Related IT training")
    rf"(?:related|similar|other|recommended|popular)\s+(?:[^\W\d_]+\s+)?"
    rf"(?:courses|training|classes|programmes|products)|"
    # a ticketing site's box of other organisers' events: "Similar events near Leeds"
    rf"(?:related|similar)\s+events|"
    # a ticketing site's organiser page: "Also from this organiser", "More events from this host"
    rf"(?:also|more\s+events)\s+from\s+(?:this|the)\s+(?:organi[sz]er|host|provider)|"
    # a box of other courses headed "Also available" alone (not "… online", "… in Leeds")
    rf"also\s+available(?=[\s:]*$)|"
    rf"{_CROSS_SELL})\b",
    re.I,
)
CROSS_SELL = _Words(
    _CROSS_SELL_LATIN,
    # the same in Japanese, Korean and Chinese, without word ends: "関連セミナー", "おすすめ講座",
    # "함께 들으면 좋은 과정", "관련 과정", "相关课程"
    r"関連(?:セミナー|講座|研修|コース)|おすすめ(?:の)?(?:セミナー|講座|研修|コース)"
    r"|함께\s*(?:들으면|수강하면)\s*좋은|추천\s*(?:과정|강좌)|관련\s*(?:과정|강좌|교육)"
    r"|相[关關](?:课程|課程)|推[荐薦](?:课程|課程)"
    # Arabic: "دورات ذات صلة", "برامج مشابهة", "قد يهمك أيضًا"
    r"|(?:دورات|برامج)\s+(?:ذات\s+صلة|مشابهة|مقترحة|أخرى)|قد\s+(?:يهمك|تهمك|يعجبك)",
)


# A newsletter box's call: "Newsletter abonnieren", "Subscribe to our newsletter".
_NEWSLETTER = (
    r"subscribe|abonnieren|abonneren|abonnez|s'abonner|prenumerera|abonnér|abonner|"
    r"suscr[ií]b\w*|newsletter|nieuwsbrief|nyhetsbrev|nyhedsbrev|"
    r"infolettre"
)
NEWSLETTER = re.compile(rf"\b(?=[ainps])(?:{_NEWSLETTER})\b", re.I)

# A reviews widget's heading, alone on its line but for a count: "What our learners say",
# "Testimonials", "Google reviews", "Recensioni (23)", "Kundenstimmen" -- the box below a
# card holds reviewers, not its venue ("Reviews: 4.8/5" inside a card is no heading).
REVIEWS_HEADING = re.compile(
    r"^(?:(?:(?:our|customer|client|student|learner|delegate|google|trustpilot)\s+)?"
    r"(?:reviews|testimonials)|"
    r"what\s+(?:our\s+)?(?:\w+\s+){0,2}(?:say|said|are\s+saying|think)|"
    r"kundenstimmen|erfahrungsberichte|bewertungen|témoignages|avis\s+(?:clients|stagiaires)|"
    r"opiniones|testimonios|recensioni|testimonianze|ervaringen|recensies|omdömen)"
    r"(?:\s*\(\d+\))?[\s:?!.]*$",
    re.I,
)


GENERIC_TITLE = re.compile(
    # (not a course heading's count of its dates: "Fire Marshal (3 dates)")
    r"\b(?<![(\[]\d )(?<![(\[]\d\d )"
    r"(?:dates?|termine?|schedule|upcoming|prices?|fees?|book|availability|calendar|"
    r"timetable|choose|how you study|study options|next|public courses?|"
    r"overview|status|faqs?|questions|reviews?|syllabus|what|why|who|contact|interest|related|"
    r"similar|also|popular|recommended|you might|more|other|latest|news|blog(?:s|u|ut|gen|ue)?|"
    r"entry points|intakes?|sessions|"
    # a list's heading naming its provider: "Courses at Acme Training", "Trainingen bij …"
    r"(?:courses|trainings?|classes|trainingen|cursussen|opleidingen|kurse|schulungen|"
    r"formations|cursos|corsi) (?:at|with|by|bij|van|bei|von|chez|de|con|met)|"
    # a booking engine's list heading: "Available courses", "Available classes"
    r"available (?:courses|classes|programmes|programs|workshops|trainings|events|lessons)|"
    # a box's badge over the course it features ("Featured course", "Curso destacado")
    r"featured|spotlight|destacad[oa]s?|en vedette|à la une|uitgelichte?|in de kijker|"
    r"in evidenza|empfohlene[nr]?|empfehlung|utvald[a]?|anbefalt|anbefalede|rekommender\w*|"
    # the same section headings in other languages
    r"kurstermine|preise|prochaines?|tarifs?|calendrier|startdata|data's|locaties|prijzen|"
    r"próxim[oa]s?|convocatorias?|fechas|calendario|precios|prossim[ei]|edizioni|date|prezzi|"
    r"kursdaten|anmeldung|kursdatoer|kursdatum|datoer|påmelding|tilmelding|anmälan|"
    r"nächste[nr]?|kommenden?|anstehenden?|volgende|eerstvolgende|komende|nästa|kommande|"
    r"næste|neste|kommende|najbliższe|następne|seuraavat|tulevat|"
    # sk / cs "Najbližšie termíny", "Nejbližší termíny", "Nadchádzajúce kurzy"
    r"najbližšie|najbližší|nejbližší|nadchádzajúce|nadcházející|termíny|"
    r"datat|ardhshme|"  # sq "Datat e ardhshme" (upcoming dates)
    # uk / ru "Найближчі групи", "Розклад", "Ближайшие даты", "Расписание"
    r"найближч\w*|ближайш\w*|розклад\w*|расписани\w*|"
    # mk / sr / bg "Претстојни термини", "Предстојећи термини", "Предстоящи дати", "Распоред"
    r"претстојн\w*|предстојећ\w*|предстоящ\w*|термини|распоред\w*|"
    rf"{_NEWSLETTER}|{_CROSS_SELL})\b",
    re.I,
)


# A time zone with its offset ("EET + 2", "CET+1", "UTC −5"): the line beside a card's
# time, never a course's name.
TIME_ZONE = re.compile(r"^(?:UTC|GMT|[A-Z]{2,5})\s*[+\-−]\s*\d{1,2}(?::?\d\d)?$")
# "10 sessions", "3 days"; not a title's "– 3 Day Course" ("PRINCE2 Foundation – 3 Day Course")
_SESSIONS = re.compile(
    r"\b\d+\s+(?:live\s+)?(?:sessions?|lessons?|modules?|weeks?|days?)\b"
    r"(?!\s+(?:course|programme|program|bootcamp|workshop|training)\b)",
    re.I,
)


SPLIT = re.compile(r"\t| · | \| |\n| – | — ")


TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[-–]\s*\d{1,2}[:.]\d{2})?\s*(?:am|pm|uhr|h)?", re.I)


_LATER_PRICE_LATIN = re.compile(
    r"\b(?=[aeinorsuw])"
    r"(?:statt|instead of|was|usually|regular(?:ly)?|normally|rrp|"
    r"reduced from|au lieu de|"
    # the same in other languages: "(ord. kr 3 450,–)", "invece di 1.290 €", "Normalpreis"
    r"ord|ordinær(?:pris)?|ordinarie(?: pris)?|normalpris|normalpreis|regulär|"
    r"invece di|anziché|en lugar de|en vez de|in plaats van)\b",
    re.I,
)
LATER_PRICE = _Words(
    _LATER_PRICE_LATIN,
    # a regular price's label in Chinese, Japanese and Korean: "原價 NT$68,000", "정가"
    r"原[價价]|定[價价]|定価|通常価格|通常料金|정가|정상가",
)


_BUTTON_LATIN = re.compile(
    r"\b(?=[abdefgijklmnprstuvwzđ])"
    r"(?:book|enrol+|register|add to (?:basket|cart)|reserve|buchen|anmelden|"
    r"(?:join (?:the )?)?wait(?:ing)?[ -]?list|enquire|apply|sign up|réserver|"
    r"inscri(?:re|ption|vez)|"
    r"s'inscrire|inschrijven|aanmelden|boeken|reservar|inscribirse|iscriviti|prenota|"
    r"view (?:course|dates|details)|learn more|find out more|more (?:info|details)|"
    r"see (?:dates|details)|details|attend|rsvp|(?:get|buy) tickets?|"
    r"get notified|notify me|"  # a postponed or full run's button
    r"(?:køb|köp|kjøp) (?:billet|biljett|billett)|"
    r"meld (?:deg |dig )?på|tilmeld(?: dig)?|anmäl(?: dig)?|boka|inscr[ií]bete|"
    r"zapisz się|zarezerwuj|ilmoittaudu|přihlásit se|"
    r"prijavi(?:te)? se|upiši(?:te)? se|"  # sr / hr / bs / sl
    r"regjistrohu|lista e pritjes|"  # sq "Register", "Waiting list"
    # a waiting list's button ("Fully booked – put me on the waiting list")
    r"venteliste|väntelista|warteliste|wachtlijst|lista d.attesa|liste d.attente|"
    r"lista de espera|"
    # Vietnamese, Indonesian and Malay ("Đăng ký", "Ghi danh", "Daftar sekarang")
    r"đăng ký|ghi danh|daftar sekarang|daftar|pendaftaran|"
    # Icelandic ("Nánar og skráning", "Skrá mig", "Skráðu þig")
    r"nánar og skráning|skráning|skrá mig|skráðu þig)\b",
    re.I,
)
# A news section's or a blog's name, in the languages the readers know: its dated items are
# posts, not runs ("Latest news", "Safety blog", "Nieuws", "Aktuelles", "Notícias").
NEWS_WORDS = (
    r"news|blog|blogs|blogue|bloggen|nieuws|aktuelles|neuigkeiten|actualités|noticias|notícias|"
    r"notizie|nyheter|nyheder|uutiset"
)
BUTTON = _Words(
    _BUTTON_LATIN,
    # Japanese, Korean and Chinese buttons, without word ends
    r"申し?込(?:む|み)|お申し?込み|予約する|キャンセル待ち|수강\s?신청|신청하기|예약하기|立即报名|立即報名"
    r"|我要报名|我要報名"
    # Ukrainian and Russian buttons (Cyrillic: the Latin pattern's word ends are ASCII-led)
    r"|(?<!\w)(?i:записатися|зареєструватися|придбати|лист очікування|записаться"
    r"|зарегистрироваться|лист ожидания"
    # mk / sr / bg Cyrillic ("Пријави се", "Запиши се", "Листа на чекање", "Запишете се")
    r"|пријави(?:те)? се|запиши(?:те)? се|упиши(?:те)? се|запишете се|регистрирай(?:те)? се"
    r"|листа на чекање|листа чекања)(?!\w)",
)


# (A month's name opens with a letter: the look-ahead spares the other numbers the names.)
STRAY_DATE = re.compile(
    rf"\b\d{{1,2}}\.?\s*(?=[^\W\d_])(?:{MONTH_PATTERN})\b|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b",
    re.I,
)


LEADING = re.compile(r"^[\s•·*>\-–—]+")


# What LEADING drops, for str.lstrip: the bullets and every character \s (str.isspace) takes.
LEADING_CHARS = (
    "•·*>-–—\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


# "Teacher: X", "Start date: Y", "Instruktør: X", "Modalità: Y"; not a session's kind before
# its title ("Masterclass: Agile portfolios", "Workshop: Facilitation"): that is a title.
FIELD = re.compile(
    r"^(?!(?i:masterclass|master class|workshop|seminar|seminaari|webinar|bootcamp|"
    r"kurs|kursus|kurssi|cursus|cours|curso|corso|course|training|tutorial)\s*:)"
    r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?: [a-zß-öø-ÿ]+)?\s*:\s"
)


def cell_role(cell: str) -> str | None:
    words = set(re.findall(r"\w+", cell.casefold()))
    for role, names in ROLE_WORDS.items():
        if words & names:
            return role
    return _thai_role(cell) if _THAI.search(cell) else None


# Thai headers, which write no space between words and whose vowel marks split ``\w+``: the
# cell opens with the role's word ("วันที่อบรม" training date, "ค่าอบรม (ไม่รวม VAT 7%)" fee).
_THAI = re.compile("[\u0e00-\u0e7f]")
_THAI_ROLE_WORDS = {
    "date": ("วันที่", "วันอบรม", "วันเวลา", "กำหนดการ", "ช่วงเวลา", "รอบอบรม"),
    "location": ("สถานที่", "จังหวัด"),
    "mode": ("รูปแบบ", "ประเภท"),
    "trainer": ("วิทยากร", "ผู้สอน", "อาจารย์"),
    "price": ("ค่าอบรม", "ค่าลงทะเบียน", "ค่าเรียน", "ค่าใช้จ่าย", "ราคา"),
    "availability": ("สถานะ", "ที่นั่ง"),
    "course": ("หลักสูตร", "ชื่อหลักสูตร"),
}


def _thai_role(cell: str) -> str | None:
    head = cell.strip()
    for role, names in _THAI_ROLE_WORDS.items():
        if head.startswith(names):
            return role
    return None


def title_start(line: str) -> bool:
    """Whether ``line`` starts as a title does: with a capital, or a letter of a script
    without capitals (Japanese, Chinese, Korean, Arabic, Hebrew, Thai)."""
    first = line[:1]
    return first.isupper() or (first >= "\u3040" and first.isalpha() and not first.islower())


# A title's closing note of its length: "UK GDPR Foundation (1 day)", "Excel Basics (2 days)".
# The units a course's length is written in after its name: "(2 days)", "— 10 days", "6 hours".
LENGTH_UNITS = r"(?:days?|hours?|hrs?|weeks?|evenings?|half[- ]days?)"
_DURATION_NOTE = re.compile(rf"(?<=\S)\s*\(\d+(?:[.,]5)?[\s-]*{LENGTH_UNITS}\)$", re.I)


# A listing's sort / filter bar, never a title, its words often glued together in a text
# dump: "Sort by: Date", "Sort byDateFilterAll towns", "Filter by location", "Order by price".
_SORT_BAR = re.compile(
    r"(?:sort(?:ed)?|order|filter)\s*by(?-i:(?![a-z]))|(?:sort|filters?)(?=\s*$|\s*:|(?-i:[A-Z]))",
    re.I,
)


def is_sort_bar(line: str) -> bool:
    """Whether ``line`` is a listing's sort or filter bar ("Sort byDateFilterAll towns")."""
    return _SORT_BAR.match(line.lstrip()) is not None


@lru_cache(maxsize=8192)
def looks_like_title(line: str) -> bool:
    words = line.split()
    return (
        1 <= len(words) <= 14
        and not line.rstrip().endswith((".", ":", "?", "!", "。"))
        and title_start(line)
        and not GENERIC_TITLE.search(line)
        and not region_flags(line) & FAQ  # "Veelgestelde vragen", "Häufige Fragen"
        and not find_date_ranges(line)
        and not find_prices(line)
        and "\t" not in line
        and mode_from_text(line) is None
        and not TIME.search(line)
        and not _SESSIONS.search(_DURATION_NOTE.sub("", line))
        and not (len(words) <= 3 and BUTTON.search(line))
        and not is_sort_bar(line)
    )


# A course's kind: "First Aid Training", "Excel Workshop", "Site Induction".
_KINDS = (
    r"course|courses|training|certificate|certification|certified|diploma|degree|"
    r"foundation|practitioner|workshop|masterclass|boot ?camp|programme|program|level|award|"
    r"licen[cs]e|module|seminar|class|academy|qualification|exam prep|essentials|"
    r"fundamentals|schulung|kurs|lehrgang|zertifikat|ausbildung|formation|opleiding|"
    r"training|cursus|curso|corso|"
    # a safety course's kind: "SafeLand Orientation", "Site Induction", "H2S Awareness"
    r"orientation|induction|refresher|awareness"
)
_COURSE_WORDS = re.compile(rf"\b(?i:{_KINDS})\b|\b[A-Z][A-Za-z]*\d|\b[A-Z]{{2,}}\b")
# A kind's word alone, in the plural too: "Courses", "Trainings", "Workshops", "Kurse".
_KIND_ALONE = re.compile(rf"(?:{_KINDS})(?:e?s|e|en)?", re.I)


def names_kind_only(text: str) -> bool:
    """Whether ``text`` is a course's kind alone ("Courses", "Workshops", "Kurse"): what a
    menu or a section lists, never which course a card is."""
    return _KIND_ALONE.fullmatch(text.strip()) is not None


def looks_like_course_name(text: str) -> bool:
    """A course's name rather than a page heading such as "Public Class Schedule"."""
    return bool(_COURSE_WORDS.search(text)) and not GENERIC_TITLE.search(text)


# A run's format label, never a course's name: "Weekday Batch", "Weekend Classroom",
# "Evening Cohort", "Live Online", "Fast-track Group".
_FORMAT_LABEL = re.compile(
    r"(?i:(?:weekdays?|weekends?|evenings?|mornings?|afternoons?|daytime|full[- ]time|part[- ]time|"
    r"fast[- ]track|regular|intensive|live|online|virtual|classroom|in[- ]person|hybrid|blended|"
    r"batch(?:es)?|cohorts?|groups?|sections?|slots?|timings?)[\s&/+,-]*){2,4}"
)


def is_format_label(text: str) -> bool:
    """A run's format label ("Weekday Batch", "Weekend Classroom"): the run's course is the
    page's, not a course of that name."""
    return _FORMAT_LABEL.fullmatch(text.strip()) is not None


# A glossary page's title: "POPIA glossary", "Jargon buster", "Woordenlijst", "用語集".
_GLOSSARY_TITLE = re.compile(
    r"\b(?:glossar(?:y|ies|io)?|glossaire|glossário|glosario|glosář|jargon buster|woordenlijst|"
    r"begrippenlijst|lexique|sözlüğü|ordlista|ordliste|begreppslista|begrebsliste|sanasto|"
    r"słowniczek|glosarium|kamus\s+istilah|thuật\s+ngữ|slovar|slovarček|slovníček)\b"
    r"|用語集|用語解説|术语表|術語表|词汇表|詞彙表|名詞解釋|名词解释|용어집|용어\s?사전|อภิธานศัพท์",
    re.I,
)


def could_be_course_name(text: str) -> bool:
    """A page title that may name its course: not a generic heading, not a sentence, not an
    FAQ or glossary page's title in any language ("よくあるご質問", "Häufige Fragen",
    "POPIA glossary")."""
    return (
        0 < len(text.split()) <= 14
        and not GENERIC_TITLE.search(text)
        and not region_flags(text) & FAQ
        and not _GLOSSARY_TITLE.search(text)
        and not _GLOSSARY_COMPOUND.search(text)
    )


# A glossary's word closing a compound, as Finnish, German, Dutch and the Nordic languages
# write a glossary's title in one word: "Työturvallisuussanasto", "Arbeitsschutzglossar",
# "Veiligheidswoordenlijst", "Säkerhetsordlista".
_GLOSSARY_COMPOUND = re.compile(
    r"\w{3}(?:sanasto|glossar|woordenlijst|begrippenlijst|ordlista|ordliste|begreppslista|"
    r"begrebsliste)\b",
    re.I,
)


def strip_label(line: str) -> str:
    """ "Add a day: Looker Studio Workshop" → "Looker Studio Workshop".

    Only a plain lead-in is dropped (a few words, no capitals after its first letter);
    "ITIL® 4 Specialist: Create, Deliver and Support" keeps its whole name.
    """
    line = line.strip()
    match = re.match(r"^([^:]{2,20}):\s+\S", line)
    if (
        match
        and len(match.group(1).split()) <= 3
        and match.group(1)[1:] == match.group(1)[1:].lower()
    ):
        return line.split(":", 1)[1].strip()
    return line


_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """A decimal digit, which every date has (a regex: far faster than a loop)."""
    return _DIGIT.search(text) is not None


def booking_evidence(text: str) -> bool:
    """A short label such as "Book now" or "3 places left" (not a sentence mentioning booking,
    nor a footer's "Booking terms" link)."""
    return any(
        len(part.split()) <= 5 and BOOKING.search(part) and not _TERMS.search(part)
        for part in SPLIT.split(text)
    )


_TERMS = re.compile(r"\b(?:terms|conditions|policy|privacy|agb|cgv|vilkår|villkor)\b", re.I)


@lru_cache(maxsize=4096)
def is_label(line: str) -> bool:
    return cell_role(line) is not None


@lru_cache(maxsize=4096)
def is_date_label(label: str) -> bool:
    return cell_role(label) == "date"


# The words of a format's label: a tab or a heading over a format's dates ("Virtual (Zoom)",
# "Classroom (Raffles Place)", "Live online", "In-person training"): no course's name.
_MODE_LABEL_WORDS = frozenset((
    "live", "online", "virtual", "in", "person", "in-person", "classroom", "face-to-face",
    "face", "to", "onsite", "on-site", "remote", "hybrid", "blended", "zoom", "teams",
    "webinar", "e-learning", "elearning", "self-paced", "instructor-led", "class", "classes",
    "training", "course", "courses", "session", "sessions", "format", "delivery", "option",
    "options", "präsenz", "präsenzschulung", "presencial", "présentiel", "distanciel",
    "virtuell", "virtuel", "aula", "en", "ligne", "classe",
    # "live" and "remote" in Portuguese, Spanish, Italian and Polish: "Online ao vivo", "En
    # vivo", "Online in diretta", "Zdalne na żywo", "A distanza"
    "ao", "vivo", "directo", "diretta", "dal", "na", "żywo", "zdalne", "stacjonarne", "a",
    "distância", "distancia", "distanza",
))  # fmt: skip
_PARENTHESES = re.compile(r"\s*\([^()]*\)\s*$")


@lru_cache(maxsize=4096)
def is_mode_label(line: str) -> bool:
    """Whether ``line`` only names a format, with a place or platform in brackets."""
    words = _PARENTHESES.sub("", line).casefold().replace("/", " ").split()
    return (
        0 < len(words) <= 4
        and all(w in _MODE_LABEL_WORDS or _mode_word(w) for w in words)
        and mode_from_text(line) is not None
    )


@lru_cache(maxsize=1024)
def _mode_word(word: str) -> bool:
    """A word that names a format on its own in any language the modes know ("онлайн",
    "очно", "klātienē"), where :data:`_MODE_LABEL_WORDS` lists no such word."""
    return not word.isascii() and mode_from_text(word) is not None


# A run's label rather than its course's name: the words that describe WHEN, HOW or WHICH
# run it is — a cohort or intake ("Cohort 14", "Spring 2027 intake", "Durchführung
# Frühlingssemester 2027"), its days and times ("Weekday evenings", "Måndagar", "Tue &
# Thu"), its format and pace ("Full-time", "Weekend Classroom") or the picker's call ("Choose
# a date", "Velg kursdato"). A card whose only heading is such a line is a run of the course
# named above it (its section's heading, or the page's course).
_RUN_KIND_WORDS = (
    "cohort cohorts intake intakes batch class group gruppe groupe grupo gruppo groep grupp "
    "kull hold edition session run durchführung kohorte klasse klass start semester term "
    "trimester quarter jahrgang omgång angkatan gelombang edição edições edición ediciones "
    "edizione turma turmas turno"
)
_RUN_TIME_WORDS = (
    # days, in the schedule's languages (singular and plural)
    "monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday fridays "
    "saturday saturdays sunday sundays mon tue tues wed thu thur thurs fri sat sun "
    "mån tis ons tors fre lör sön tir tor lør søn "
    "montag montags dienstag dienstags mittwoch mittwochs donnerstag donnerstags freitag "
    "freitags samstag samstags sonntag sonntags lundi mardi mercredi jeudi vendredi samedi "
    "dimanche lunes martes miércoles jueves viernes sábado sábados domingo domingos lunedì "
    "martedì mercoledì giovedì venerdì sabato domenica maandag maandagen dinsdag dinsdagen "
    "woensdag woensdagen donderdag donderdagen vrijdag vrijdagen zaterdag zaterdagen zondag "
    "zondagen måndag måndagar tisdag tisdagar onsdag onsdagar torsdag torsdagar fredag "
    "fredagar lördag lördagar söndag söndagar mandag mandager tirsdag tirsdager onsdager "
    "torsdager fredager lørdag lørdager søndag søndager mandage tirsdage onsdage torsdage "
    "fredage lørdage søndage "
    # the week's parts and the day's
    "weekday weekdays weekend weekends wochenende werktags vardagar helg helger hverdager "
    "hverdage morning mornings afternoon afternoons evening evenings night nights daytime "
    "lunchtime vormittag vormittags nachmittag nachmittags abend abends matin soir soirée "
    "soirées mañana mañanas tarde tardes noche mattina pomeriggio sera serale ochtend middag "
    "avond avonden förmiddag förmiddagar eftermiddag eftermiddagar kväll kvällar formiddag "
    "ettermiddag kveld kvelder aften aftener laboral pós-laboral pos-laboral postlaboral "
    "semana fim fin "
    # the day's shifts in Spanish and Portuguese ("Diurno 08:30 a 17:30", "Turno noturno")
    "diurno diurna matutino matutina vespertino vespertina nocturno nocturna noturno noturna "
    # seasons and terms
    "spring summer autumn fall winter frühling frühjahr sommer herbst sommar vår höst vinter "
    "høst printemps été automne hiver primavera verano otoño invierno estate autunno inverno "
    "voorjaar zomer najaar herfst frühlingssemester herbstsemester wintersemester "
    "sommersemester vårtermin hösttermin "
    # pace
    "full-time part-time fulltime parttime vollzeit teilzeit heltid deltid deeltijd voltijd "
    "intensive intensiv"
)
_RUN_CALL_WORDS = (
    "choose select pick velg välj vælg wählen wähle kies choisir choisissez elige seleccione "
    "scegli date dates dato datoer datum fecha termin kursdato kursdatoer kursdatum "
    "kurstermin kursstart startdato startdatum sélectionnez selecciona seleziona escolha escolhe"
)
# The prompt's small words: "your" in the schedules' languages ("Choisissez votre session",
# "Wählen Sie Ihren Termin", "Elige tu fecha", "Kies je datum", "Välj din kursstart"); part of
# a prompt, never enough to make one.
_RUN_CALL_FILLER_WORDS = (
    "your a an votre vos sie ihren ihre ihr tu tus su sus tua sua seu uw je jouw din ditt dina "
    "dit dine"
)
_RUN_CALL_FILLERS = frozenset(_RUN_CALL_FILLER_WORDS.split())
_RUN_JOIN_WORDS = "& + and und och og et y e or of the at in on via am pm uhr kl de da do del"
_RUN_STRONG = frozenset((_RUN_KIND_WORDS + " " + _RUN_TIME_WORDS).split())
_RUN_CALL = frozenset(_RUN_CALL_WORDS.split())
_RUN_WORDS = (
    _RUN_STRONG
    | frozenset(MONTHS)  # "December Intensive", "January intake": the run's month
    | _RUN_CALL
    | _RUN_CALL_FILLERS
    | frozenset(_RUN_JOIN_WORDS.split())
    | _MODE_LABEL_WORDS
    | frozenset(("distans", "distance", "nett", "nettbasert"))
)
_RUN_SEGMENTS = re.compile(r"\s+[·|•–—-]\s+|\s*[·|•:,]\s*")
_RUN_TOKEN = re.compile(r"[^\s()/–]+")
_RUN_MAX_CHARS = 90


def _run_words(segment: str) -> tuple[bool, bool]:
    """(every word of ``segment`` describes a run, one of them is more than a format's)."""
    words = [w.strip(".,;!?'\"").casefold() for w in _RUN_TOKEN.findall(segment)]
    words = [w for w in words if w and not has_digit(w) and len(w) > 1]
    words = [w for word in words for w in _run_parts(word)]
    return all(w in _RUN_WORDS for w in words), any(w in _RUN_STRONG for w in words)


def _run_parts(word: str) -> list[str]:
    """A hyphenated word ("mon-fri") as its parts, unless it is a run's word itself."""
    return [word] if word in _RUN_WORDS or "-" not in word else word.split("-")


@lru_cache(maxsize=4096)
def is_run_label(line: str) -> bool:
    """Whether ``line`` describes a run, not its course (see the word lists above): every
    word is a run's ("Cohort 14 · Weekday evenings", "Weekend Classroom", "Velg kursdato"),
    or its first part is, followed by the run's place ("Full-time · Johannesburg (Braamfontein
    campus)")."""
    text = line.strip()
    if not text or len(text) > _RUN_MAX_CHARS:
        return False
    segments = [s for s in _RUN_SEGMENTS.split(_PARENTHESES.sub("", text)) if s.strip()]
    if not segments:
        return False
    parts = [_run_words(s) for s in segments]
    words = {w.casefold() for w in _RUN_TOKEN.findall(text)}
    called = bool(words & _RUN_CALL) and any(w in _RUN_CALL for w in words if w.isalpha())
    if all(every for every, _ in parts) and (any(strong for _, strong in parts) or called):
        return True
    every, strong = parts[0]
    rest = " ".join(segments[1:])
    if every and strong and len(segments) > 1 and not looks_like_course_name(rest):
        return True
    return _DATED_KIND.match(text) is not None


# A run's label that opens with its month and year and ends with its kind, its place (or
# format) between: "February 2027 Montego Bay Cohort", "September 2027 Leeds intake".
_DATED_KIND = re.compile(
    rf"(?:{MONTH_PATTERN})\.?\s+20\d\d\s+(?:[^\W\d][\w'’.-]*\s+){{1,3}}"
    rf"(?:{'|'.join(_RUN_KIND_WORDS.split())})$",
    re.I,
)


_MAX_TAG_CHARS = 60
_TAG_PARTS = re.compile(r"\s+[·|–—-]\s+")
_MAX_TAG_PLACE_WORDS = 3


@lru_cache(maxsize=4096)
def is_run_tag(line: str) -> bool:
    """A run's tag line: its batch's label ("Weekend Batch – Leeds (LW-27)"), its format
    ("Live Virtual") or its format and town ("Classroom · Doha")."""
    if len(line) > _MAX_TAG_CHARS:
        return False
    if is_run_label(line) or is_mode_label(line):
        return True
    rest = _after_mode(line)
    return (
        rest is not None and 0 < len(rest.split()) <= _MAX_TAG_PLACE_WORDS and not has_digit(rest)
    )


def mode_led(line: str) -> bool:
    """Whether a line opens with a format's label before a separator ("In person · Leeds
    Sold out", "Online – Zoom"): a card's tag line, whatever place or status follows."""
    return len(line) <= _MAX_TAG_CHARS and _after_mode(line) is not None


def _after_mode(line: str) -> str | None:
    """What follows a format's label and a separator at a line's start ("Classroom · Doha"
    → "Doha"), else None."""
    parts = _TAG_PARTS.split(line, maxsplit=1)
    return parts[1] if len(parts) == 2 and is_mode_label(parts[0]) else None


def names_one_run(name: str) -> bool:
    """Whether a course's name ends in one run's label ("Level 3 AET – 5-day intensive
    (Bristol)"): no name for the course's other runs."""
    segments = _RUN_SEGMENTS.split(name)
    return len(segments) > 1 and any(is_run_label(s) for s in segments[1:] if s.strip())


# A trainer's label after a card's title on its line ("Excel Advanced Trainer: Ann Lee"):
# where the title ends.
_TRAINER_TAIL = re.compile(
    r"\s+[-–—|·,]?\s*(?i:"
    + "|".join(sorted(map(re.escape, ROLE_WORDS["trainer"]), key=len, reverse=True))
    + r")\s*:\s*"
)
# A person's name, all that follows the label: "Ann Lee", "Dr. Jan van Dijk", "Łukasz Nowak".
_PERSON = re.compile(
    r"(?:(?:Dr|Prof)\.?\s+)?[A-ZÀ-ÝĀ-ž][\w'’.-]+"
    r"(?:\s+(?:(?:van|von|der|den|de|du|da|di|del|della|le|la|ter|ten|zu|bin|al)\s+)*"
    r"[A-ZÀ-ÝĀ-ž][\w'’.-]+){1,3}"
)
# A title's last word that leaves it open: "Train the Trainer: …" is one title.
_OPEN_END = frozenset((
    "the", "a", "an", "for", "für", "de", "del", "la", "le", "der", "die", "das", "and", "und",
    "et", "och", "og",
))  # fmt: skip


def trainer_field(line: str) -> bool:
    """Whether ``line`` is a trainer's label, its colon and a name ("Trainer: Ann Lee, RN",
    "Formatrice : Léa Roy"): a card's field, in any language the trainer's labels are
    known in, never a course's title."""
    label, colon, rest = line.partition(":")
    return (
        bool(colon)
        and label.strip().casefold() in ROLE_WORDS["trainer"]
        and rest.strip()[:1].isupper()
    )


def title_before_trainer(line: str) -> str | None:
    """The title of a card's line that runs on into its trainer's label and name ("Power BI
    Basics Trainer: Ann Lee" → "Power BI Basics"); None where no trainer follows a title."""
    if ":" not in line:
        return None
    match = _TRAINER_TAIL.search(line)
    if match is None or match.start() == 0 or not _PERSON.fullmatch(line[match.end() :].strip()):
        return None
    title = line[: match.start()].strip()
    return title if title and title.split()[-1].casefold() not in _OPEN_END else None


# A card's badge that says the run is sure to go ahead, on offer or new, never a course's
# name: "Guaranteed to run", "Garanteret afholdelse", "Durchführungsgarantie", "Termin
# gwarantowany", "Date garantie" ...
_GUARANTEE = (
    r"guaranteed(?: to run| date| start)?|confirmed(?: date| to run)?|"
    r"garanter(?:et|at)(?: afholdelse| genomförande| start| kurs)?|"
    r"garantert(?: gjennomføring| kurs| oppstart)?|garantiert(?:e durchführung)?|"
    r"(?:durchführungs|start)garantie|(?:termin|kurs|szkolenie) gwarantowan[ya]|"
    r"gwarantowany termin|(?:date|session) garantie|(?:data|corso|edizione) garantit[ao]|"
    r"(?:fecha|curso) garantizad[ao]|gegarandeerd|zaručený termín"
)
# ... "Early bird", "Kampagnepris", "Aktionspreis", "Promocja", "Offerta", and a sale or
# offer named by the one word before it ("Summer sale", "Flash deal", "Spring offer",
# "Launch special", "Winter rate", "Holiday promo") ...
_OFFER = (
    r"early[- ]?bird(?: price| offer| rate)?|last minute|"
    r"[^\W\d_]+ (?:sale|deal|offer|special|rate|promo(?:tion)?)|"
    r"kampagne(?:pris)?|kampanj(?:e)?pris|kampanj|tilbud(?:spris)?|erbjudande|"
    r"aktion(?:spreis)?|angebot|sonderpreis|frühbucher(?:preis|rabatt)?|"
    r"promo(?:cja|tion|ção|ción|zione)?|"
    r"offerta(?: speciale)?|oferta(?: especial)?|offre spéciale|prix promo|"
    r"ofert[ëe](?: e hershme| speciale)?"  # sq "Ofertë e hershme" (early offer)
)
# ... "New", "Popular" ...
_NOVELTY = r"new|new date|nieuw|neu|nyhed|nyhet|nowość|nouveau|novità|novedad|popular|bestseller"
# ... and the offer's deadline after it: "Early bird ends 15 December", "Frühbucher bis 15.12.".
_DEADLINE = (
    r"(?:\s*[:–—-]?\s*(?:ends?|ending|until|till|to|by|expires?|closes?|bis|jusqu'au|"
    r"hasta|fino al|t/m|tot)\s+(?=[\w .,/]{0,12}\d)[\w .,/]{1,20})?"
)
_PROMO_BADGE = re.compile(rf"(?:{_GUARANTEE}|{_OFFER}|{_NOVELTY}){_DEADLINE}", re.I)
_OFFER_BADGE = re.compile(rf"(?:{_OFFER}){_DEADLINE}", re.I)


@lru_cache(maxsize=4096)
def promo_badge(line: str) -> bool:
    """Whether ``line`` is only a run's guarantee, offer or novelty badge (see
    ``_PROMO_BADGE``)."""
    return _whole_badge(_PROMO_BADGE, line)


@lru_cache(maxsize=4096)
def offer_badge(line: str) -> bool:
    """Whether ``line`` is only a run's offer badge ("Early bird", "Winter sale", "Promo"):
    a price a buyer can take now, so a run the page is selling."""
    return _whole_badge(_OFFER_BADGE, line)


def _whole_badge(badge: re.Pattern[str], line: str) -> bool:
    """Whether ``line``, less a badge's stars, bullets and dashes, is all ``badge``."""
    text = line.strip(" !*★•·|-–")
    return len(text) <= 40 and badge.fullmatch(text) is not None


# (The look-ahead holds the words' first letters: see the word lists above.)
_NOT_YEAR_HINT = re.compile(
    r"\b(?=[cefisu])"
    r"(?:since|founded|established|est|from|copyright|until|in)\b|©",
    re.I,
)


@lru_cache(maxsize=4096)
def heading_year(line: str) -> int | None:
    """The year a short line sets for the dates below it ("Dates for 2026"), not a founding
    year nor a copyright's ("© 2027 Acme Training" is the page's foot, no heading of runs).
    Remembered: a site's pages repeat their headings."""
    if len(line.split()) > 6 or _NOT_YEAR_HINT.search(line):
        return None
    return year_hint(line)
