"""A lenient JSON reader: a string- and escape-aware scanner for the JSON sites break.

``json.loads`` is always tried first by the callers; this module is the slow path.
It reads one value the way a forgiving browser-side parser would and notes every
liberty it takes as a :class:`Repair` (what, where):

- ``//`` and ``/* */`` comments between tokens (never inside strings);
- trailing, doubled and missing commas; a missing colon; a missing value (``"w": ,``);
- single-quoted strings, unquoted keys, unquoted values (``"author": Jane Doe,``);
- raw newlines, tabs and other control characters inside strings;
- invalid escapes (``\\'``, ``\\:``), kept as the escaped character;
- unescaped double quotes inside a string: a quote ends the string only when what
  follows can continue the JSON (``,`` + a key or value, ``:``, ``}``, ``]``, the end);
- a ``{`` where a key should be: the object is closed there (a missing ``}``), so that
  a broken object does not swallow the next one;
- input cut off at the end: the complete part is kept.  The innermost incomplete
  object that sits in an array is dropped whole (an FAQ ``Question`` cut mid-answer),
  its array and everything around it are closed; an incomplete property of an object
  outside any array is dropped, the object kept.  Every loss is noted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

_WS = re.compile(r"[ \t\n\r\f\v\ufeff\u00a0\u2028\u2029]*")
_CHUNK = {'"': re.compile(r'[^"\\\x00-\x1f]*'), "'": re.compile(r"[^'\\\x00-\x1f]*")}
_NUMBER = re.compile(r"-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_STRICT_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?")
_IDENT = re.compile(r"[A-Za-z_$@][\w$@.\-]*(?::[\w$@.\-]+)*")
_KEY_AHEAD = re.compile(r'\s*"(?:[^"\\\n]|\\.)*"\s*:')
_UNQUOTED_KEY_AHEAD = re.compile(r"[A-Za-z_$@][\w$@.\-]*(?::[\w$@.\-]+)*\s*:")
_BARE_VALUE = re.compile(r"[^,}\]\n]*")
_HEX4 = re.compile(r"[0-9a-fA-F]{4}")
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_WORDS = (
    ("true", True),
    ("false", False),
    ("null", None),
    ("NaN", float("nan")),
    ("undefined", None),
)
_MAX_DEPTH = 120  # four frames a level; real JSON-LD nests under 20

Action = Literal["repaired", "dropped", "warning"]


@dataclass(frozen=True, slots=True)
class Repair:
    """One liberty taken while reading: ``kind`` at character ``pos``."""

    kind: str
    pos: int
    action: Action = "repaired"
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Scan:
    """One value read leniently: the value, where it ended, what was repaired."""

    value: Any
    end: int
    repairs: tuple[Repair, ...]


class _Truncated(Exception):  # control flow only, never escapes
    """The input ended inside a value; ``partial`` is what can be kept of it."""

    def __init__(self, partial: Any = None, settled: bool = False) -> None:
        super().__init__()
        self.partial = partial
        self.settled = settled  # the incomplete part was already cut away below


class _TooDeep(Exception):  # control flow only, never escapes
    """Nesting deeper than any real JSON-LD; the value is given up."""


def describe(value: Any) -> str:
    """A short human label for a dropped value: its type and name where it has them."""
    if isinstance(value, dict):
        kind = value.get("@type")
        label = value.get("name") or value.get("headline") or value.get("@id")
        text = str(kind) if isinstance(kind, str) else "object"
        return f"{text} {str(label)[:60]!r}" if isinstance(label, str) else text
    if isinstance(value, list):
        return f"array of {len(value)}"
    return "value"


class _Reader:
    """A recursive-descent reader over ``text`` that notes each repair."""

    __slots__ = ("depth", "n", "repairs", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.n = len(text)
        self.repairs: list[Repair] = []
        self.depth = 0

    def note(self, kind: str, pos: int, action: Action = "repaired", detail: str = "") -> None:
        self.repairs.append(Repair(kind, pos, action, detail))

    def skip(self, pos: int) -> int:
        """Skip white space and ``//`` / ``/* */`` comments."""
        text = self.text
        while True:
            pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
            if text.startswith("//", pos):
                end = text.find("\n", pos)
                end = self.n if end < 0 else end
                cdata = "CDATA" in text[pos:end]
                self.note("CDATA wrapper" if cdata else "comment", pos)
                pos = end
            elif text.startswith("/*", pos):
                end = text.find("*/", pos + 2)
                self.note("comment", pos)
                pos = self.n if end < 0 else end + 2
            else:
                return pos

    def value(self, pos: int) -> tuple[Any, int]:
        pos = self.skip(pos)
        if pos >= self.n:
            raise _Truncated()
        ch = self.text[pos]
        if ch == "{" or ch == "[":
            self.depth += 1
            if self.depth > _MAX_DEPTH:
                raise _TooDeep()
            try:
                return self.obj(pos) if ch == "{" else self.arr(pos)
            finally:
                self.depth -= 1
        if ch == '"' or ch == "'":
            return self.string(pos)
        if ch in ",}]":
            self.note("missing value", pos, detail="null put in")
            return None, pos
        return self.scalar(pos)

    def scalar(self, pos: int) -> tuple[Any, int]:
        text = self.text
        m = _NUMBER.match(text, pos)
        if m and (m.end() >= self.n or not (text[m.end()].isalnum() or text[m.end()] in "_$")):
            token = m.group()
            if not _STRICT_NUMBER.fullmatch(token):
                self.note("non-standard number", pos, detail=token)
            if "." in token or "e" in token or "E" in token:
                return float(token), m.end()
            return int(token), m.end()
        for word, value in _WORDS:
            end = pos + len(word)
            if text.startswith(word, pos) and (end >= self.n or not text[end].isalnum()):
                if word not in ("true", "false", "null"):
                    self.note("non-JSON literal", pos, detail=word)
                return value, end
        bare = _BARE_VALUE.match(text, pos)
        end = bare.end() if bare else pos + 1
        if end >= self.n:
            raise _Truncated()
        raw = text[pos:end].strip()
        self.note("unquoted value", pos, detail=raw[:40])
        return raw, end

    def string(self, pos: int) -> tuple[str, int]:
        text, quote = self.text, self.text[pos]
        if quote == "'":
            self.note("single-quoted string", pos)
        chunk, parts, i, control = _CHUNK[quote], [], pos + 1, False
        while True:
            m = chunk.match(text, i)
            parts.append(m.group())  # type: ignore[union-attr]
            i = m.end()  # type: ignore[union-attr]
            if i >= self.n:
                raise _Truncated()
            ch = text[i]
            if ch == quote:
                if self.string_ends(i + 1):
                    return "".join(parts), i + 1
                self.note("unescaped quote in string", i, detail="kept as text")
                parts.append(ch)
                i += 1
            elif ch == "\\":
                decoded, i = self.escape(i)
                parts.append(decoded)
            else:
                if not control:
                    self.note("raw control character in string", i, detail=repr(ch))
                    control = True
                parts.append(ch)
                i += 1

    def escape(self, i: int) -> tuple[str, int]:
        """The character(s) an escape at ``i`` stands for, and where it ends."""
        text = self.text
        if i + 1 >= self.n:
            raise _Truncated()
        ch = text[i + 1]
        if ch in _ESCAPES:
            return _ESCAPES[ch], i + 2
        if ch == "u":
            if not _HEX4.match(text, i + 2):
                if i + 6 > self.n:
                    raise _Truncated()
                self.note("invalid escape", i, detail="\\u without four hex digits")
                return "u", i + 2
            code = int(text[i + 2 : i + 6], 16)
            low = text[i + 6 : i + 12]
            if 0xD800 <= code < 0xDC00 and low[:2] == "\\u" and _HEX4.fullmatch(low[2:]):
                code2 = int(low[2:], 16)
                if 0xDC00 <= code2 < 0xE000:
                    return chr(0x10000 + ((code - 0xD800) << 10) + (code2 - 0xDC00)), i + 12
            return chr(code), i + 6
        self.note("invalid escape", i, detail="\\" + ch)
        return ch, i + 2

    def string_ends(self, j: int) -> bool:
        """Whether a quote just before ``j`` closes its string (else it is text in it)."""
        text = self.text
        k = _WS.match(text, j).end()  # type: ignore[union-attr]
        if k >= self.n:
            return True
        ch = text[k]
        if ch in ":}]":
            return True
        if ch == "/":
            return text.startswith(("//", "/*"), k)
        if ch == '"':
            return _KEY_AHEAD.match(text, k) is not None
        if ch != ",":
            return False
        k = _WS.match(text, k + 1).end()  # type: ignore[union-attr]
        if k >= self.n or text[k] in "\"'{}[],-/" or text[k].isdigit():
            return True
        if _UNQUOTED_KEY_AHEAD.match(text, k):
            return True
        return any(text.startswith(word, k) for word, _ in _WORDS[:3])

    def obj(self, start: int) -> tuple[dict[str, Any], int]:
        members: dict[str, Any] = {}
        try:
            return self.fill_object(members, start + 1)
        except _Truncated as exc:
            if exc.partial is members:
                raise
            raise _Truncated(members, False) from None

    def fill_object(self, members: dict[str, Any], pos: int) -> tuple[dict[str, Any], int]:
        text, comma = self.text, -1
        while True:
            pos = self.skip(pos)
            if pos >= self.n:
                raise _Truncated()
            ch = text[pos]
            if ch == "}":
                if comma >= 0:
                    self.note("trailing comma", comma)
                return members, pos + 1
            if ch == ",":
                if comma >= 0 or not members:
                    self.note("extra comma", pos)
                comma, pos = pos, pos + 1
                continue
            if ch in "{]":
                self.note("missing closing brace", pos, detail="object closed here")
                return members, pos
            if members and comma < 0:
                self.note("missing comma", pos)
            key, pos = self.key(pos)
            if key is not None:
                pos = self.member(members, key, pos)
                comma = -1

    def key(self, pos: int) -> tuple[str | None, int]:
        ch = self.text[pos]
        if ch == '"' or ch == "'":
            return self.string(pos)
        m = _IDENT.match(self.text, pos)
        if m:
            self.note("unquoted key", pos, detail=m.group()[:40])
            return m.group(), m.end()
        self.note("stray character", pos, action="dropped", detail=repr(ch))
        return None, pos + 1

    def member(self, members: dict[str, Any], key: str, pos: int) -> int:
        pos = self.skip(pos)
        if pos >= self.n:
            raise _Truncated()
        if self.text[pos] == ":":
            pos += 1
        else:
            self.note("missing colon", pos, detail=key[:40])
        try:
            value, pos = self.value(pos)
        except _Truncated as exc:
            if exc.settled:
                members[key] = exc.partial
                raise _Truncated(members, True) from None
            self.note("truncated", pos, "dropped", f"incomplete property {key[:40]!r}")
            raise _Truncated(members, False) from None
        members[key] = value
        return pos

    def arr(self, start: int) -> tuple[list[Any], int]:
        items: list[Any] = []
        try:
            return self.fill_array(items, start + 1)
        except _Truncated as exc:
            if exc.partial is items:
                raise
            raise _Truncated(items, True) from None

    def fill_array(self, items: list[Any], pos: int) -> tuple[list[Any], int]:
        text, comma = self.text, -1
        while True:
            pos = self.skip(pos)
            if pos >= self.n:
                raise _Truncated()
            ch = text[pos]
            if ch == "]":
                if comma >= 0:
                    self.note("trailing comma", comma)
                return items, pos + 1
            if ch == ",":
                if comma >= 0 or not items:
                    self.note("extra comma", pos)
                comma, pos = pos, pos + 1
                continue
            if ch == "}":
                self.note("missing closing bracket", pos, detail="array closed here")
                return items, pos
            if items and comma < 0:
                self.note("missing comma", pos)
            pos = self.element(items, pos)
            comma = -1

    def element(self, items: list[Any], pos: int) -> int:
        try:
            value, pos = self.value(pos)
        except _Truncated as exc:
            if exc.settled:
                items.append(exc.partial)
                raise _Truncated(items, True) from None
            lost = describe(exc.partial) if exc.partial is not None else "value"
            self.note("truncated", pos, "dropped", f"incomplete item {lost} of an array")
            raise _Truncated(items, isinstance(exc.partial, dict)) from None
        items.append(value)
        return pos


def scan_value(text: str, start: int = 0) -> Scan:
    """Read one JSON value leniently from ``text[start:]``; never raises.

    ``value`` is None when nothing could be kept; ``end`` is where reading stopped.
    """
    reader = _Reader(text)
    try:
        value, end = reader.value(start)
    except _Truncated as exc:
        if exc.partial is None:
            reader.note("truncated", start, "dropped", "value cut off by the end of the input")
        else:
            reader.note("truncated", len(text), "repaired", "closed what the end left open")
        value, end = exc.partial, len(text)
    except _TooDeep:
        reader.note("too deep", start, "dropped", f"nesting deeper than {_MAX_DEPTH}")
        value, end = None, len(text)
    return Scan(value, end, tuple(reader.repairs))


def skip_space(text: str, pos: int) -> tuple[int, tuple[Repair, ...]]:
    """Skip white space and JS comments from ``pos``; the comments found."""
    reader = _Reader(text)
    return reader.skip(pos), tuple(reader.repairs)
