"""Activities: what an identifiable actor did or plans to carry something out ("Sở Ngoại vụ tổ
chức 07 cuộc Hội nghị tuyên truyền trực tiếp cho 700 cán bộ … các huyện: …"), one record per
clause that reports or plans one with its own verb.

A sentence at a time. A trigger names the activity: a noun-named event (regexes.EVENT_HEADS) held
by a verb, counted, or said to be held — so "Tại Hội nghị" (named again) is none — or a verb that
is an activity itself (regexes.ACTION_VERBS). The arguments come from the sentence's structure:

- the words before the trigger in its clause give the organizer (the clause's subject, past its
  opening adverbials; the body a subject directs, "chỉ đạo Sở … tổ chức"; the last one named for
  a clause that opens with its verb, as a plan's items do);
- the words after it, up to the next trigger, give its count of events, its participants and
  audience ("cho 700 cán bộ"), and its places and date, up to where a topic or aim begins ("về",
  "nhằm");
- the documents it carries out are those the sentence carries out (nlp/roles.py), those of a plan
  whose items it is ("ban hành Kế hoạch số … với 3 nội dung chính:" and the items after it), and
  those of an opening sentence that only names what is carried out ("Thực hiện Quyết định …").
  Documents cited with "Căn cứ" are never carried over: their role is basis.

Speeches and wishes ("Đồng chí … mong muốn …") and aims ("nhằm …") report nothing done. An event
named twice (in a title and in the text, planned and then held) counts once, at the later mention.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from contextlib import suppress
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date

from vncorpus.nlp.models import Activity, CountMention, DateMention, DecisionMention, PlaceMention
from vncorpus.nlp.regexes import (
    QUALIFIER,
    ACTION_VERBS,
    AIM_BEFORE,
    AUDIENCE_AFTER_FOR,
    AUDIENCE_VISITS,
    BASIS_PARAGRAPH,
    CLAUSE_OPENING,
    DAY_MONTH_OPENING,
    DELEGATED,
    ASSIGNEE_HEADING,
    ATTENDANCE,
    DONE,
    DUTY_ITEM,
    EVENT_HEADS,
    HEADER_PLACE_DATE,
    HELD_AFTER,
    HOLDING_VERB,
    LIST_JOINT,
    LISTED_AFTER,
    MEDIA_CHANNEL,
    MEDIA_DOER,
    MEDIA_PRODUCT,
    ISSUES_ITSELF,
    NAME_END,
    INSPECTION_TEAM,
    NOT_DONE_BEFORE,
    ORGANIZER_HEAD,
    PEOPLE,
    PLACES_END,
    PASSIVE_AGENT,
    PLANNED,
    PREDICATE_START,
    PRESCRIPTIVE_TITLE,
    PROGRAMME_NAME,
    PROGRAMME_PURPOSES,
    PURPOSE_HEADING,
    PURPOSE_WORDS,
    RE_MENTION_BEFORE,
    SECTION_HEADING,
    SENTENCE_BREAK,
    SPEECH,
    UNIT_BEFORE,
    UNIT_REACH,
    WHOLE_ISSUERS,
    Scan,
)
from vncorpus.nlp.spans import SpanSet
from vncorpus.nlp.text import fold, phrase_pattern


def _alternatives(table: dict[str, tuple[str, ...]], literal: bool) -> str:
    """One named group per kind, its phrases longest first so that "lớp tập huấn" wins over
    "tập huấn"; literal phrases allow either tone placement and any spacing."""
    groups = []
    for kind, phrases in table.items():
        pieces = sorted((phrase_pattern(p) if literal else p.replace(" ", r"\s+") for p in phrases), key=len, reverse=True)
        groups.append(f"(?P<{kind}>{'|'.join(pieces)})")
    return "|".join(groups)


def _openings(table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    r"""The first word of every phrase, where a match may begin (Scan's openings): past a lookbehind,
    and each alternative of a group the phrase opens with ("(?:sơ|tổng)\s+kết" → "sơ", "tổng"), and
    what follows the group too when it is optional ("(?:sang\s+|đến\s+)?thăm" → "thăm")."""
    words = {word for phrases in table.values() for phrase in phrases for word in _first_words(phrase)}
    assert "" not in words, "a phrase opens with no word: Scan would try every position"
    return tuple(words)


def _first_words(pattern: str) -> set[str]:
    pattern = re.sub(r"^(?:\(\?<[!=][^)]*\))+", "", pattern)
    if not pattern.startswith("(?:"):
        return {re.split(r"[\s\\(]", pattern, maxsplit=1)[0].lower()}
    depth, alternatives, piece, close = 0, [], "", len(pattern)
    for at, char in enumerate(pattern[3:], 3):
        depth += char == "("
        if char == ")" and depth == 0:
            close = at
            break
        depth -= char == ")"
        if char == "|" and depth == 0:
            alternatives.append(piece)
            piece = ""
        else:
            piece += char
    words = {word for alternative in (*alternatives, piece) for word in _first_words(alternative)}
    rest = pattern[close + 1 :]
    return words | _first_words(rest[1:].lstrip()) if rest.startswith("?") else words


_EVENT = Scan(rf"\b(?:{_alternatives(EVENT_HEADS, literal=True)})(?!\w)", *_openings(EVENT_HEADS), digit=False, flags=re.IGNORECASE)
_ACTION = Scan(rf"\b(?:{_alternatives(ACTION_VERBS, literal=False)})", *_openings(ACTION_VERBS), digit=False, flags=re.IGNORECASE)
# Kinds whose noun names one event, so that one named without a count is one ("Hội nghị Tổng
# kết" → 1, "chương trình “Xuân Biên phòng …”" → 1); a column, a leaflet or "hoạt động tuyên truyền" is not counted so.
_SINGLE_EVENTS = frozenset({"meeting", "training", "outreach", "contest", "exhibition", "exchange", "inspection", "support"})
# Kinds whose verb's object counts events ("phát sóng 04 lượt chương trình", "ban hành 02 văn bản",
# "đón hơn 110 đoàn khách", "ký 08 thỏa thuận").
_COUNTED_BY_OBJECT = frozenset({"media", "publication", "document", "exchange"})
# Words before a noun-named event that make it several uncounted ones ("các hội nghị").
_PLURAL_BEFORE = re.compile(r"\b(?:các|những|nhiều|hàng\s+(?:chục|trăm|nghìn)|một\s+số)\s+(?:cuộc\s+|buổi\s+|lớp\s+|đợt\s+)?$", re.IGNORECASE)
# What may stand between a verb-named activity and the noun naming its product, which then are one
# ("đăng, phát hàng trăm tin, bài", "đăng phát gần 900 tin, bài"), and between a count and the event
# it counts ("07 cuộc").
_QUANTIFIER_GAP = re.compile(
    rf"[\s,]*(?:(?:các|những|nhiều|hàng\s+(?:chục|trăm|nghìn)|một\s+số|{QUALIFIER}|\d[\d.]*)\s*)*(?:cuộc|buổi|lớp|đợt|lượt|bản|cuốn|kỳ)?\s*", re.IGNORECASE
)
# Auxiliaries and verbs after which an activity's own verb follows its subject ("Sở đã trao tặng",
# "tiến hành kiểm tra", "và đăng trên", "sẽ chính thức cho phát sóng", "chủ động xây dựng kế hoạch",
# "nhiệm vụ được giao xây dựng kế hoạch"), and the nouns that make it
# the subject ("Việc kiểm tra", "Thời gian kiểm tra").
_VERB_LEAD = re.compile(
    r"(?:\b(?:đã|sẽ|đang|vừa|cũng|(?:sẽ|đã)\s+(?:chính\s+thức\s+)?cho|tiến\s+hành|tổ\s+chức|phối\s+hợp|tiếp\s+tục|thường\s+xuyên|kịp\s+thời|dự\s+kiến|đồng\s+thời|và|hợp\s+đồng|"
    r"thực\s+hiện|triển\s+khai|chủ\s+trì|phối\s+hợp\s+với\s+(?:\S+\s+){1,12}?|đẩy\s+mạnh|tăng\s+cường|tập\s+trung|chú\s+trọng|trọng\s+tâm\s+là|cùng\s+nhau|sang|lồng\s+ghép|chủ\s+động|được\s+giao)"
    r"(?:\s+(?:công\s+tác|việc|hoạt\s+động))?|,|^\s*(?:\d{1,2}\s*[.)]\s*)?(?:[Vv]iệc|[Tt]hời\s+gian))\s*$",
    re.IGNORECASE,
)
# A clause whose subject is the work itself named as a noun: "Việc bồi dưỡng kiến thức … nhằm …",
# "việc trao đổi thông tin, … triển khai giao lưu … được triển khai hiệu quả". In a report it says what
# such work is or does; in a plan or a legal text it prescribes it ("Việc kiểm tra được thực hiện …").
_NOMINAL_SUBJECT = re.compile(r"\s*(?:[Vv]iệc)\s")
# A sentence that opens what follows by naming what it carries out: "Thực hiện Quyết định số …",
# "Triển khai Kế hoạch …", "Thi hành …" (after a title on the same line, as plans are printed).
_CARRYING_OUT = re.compile(r"(?:^|\s)(?:Thực\s+hiện|Triển\s+khai|Thi\s+hành)\s")
_SPEECH_WORDS = ("Phát biểu", "mong muốn", "đề nghị", "yêu cầu", "nhấn mạnh", "lưu ý", "đề xuất")
# Between a document's verb and the activity it is about: "ban hành Kế hoạch phát động …", "xây dựng
# kế hoạch triển khai …", "… Kế hoạch tổ chức …".
_ABOUT = re.compile(r"\s+(?:phát\s+động|triển\s+khai(?:\s+thực\s+hiện)?|tổ\s+chức|thực\s+hiện)\s+(?:các\s+|những\s+)?", re.IGNORECASE)
# A plan's label before the body that does a task: "Cơ quan thực hiện: Sở Nội vụ chủ trì …", "Đơn vị chủ trì: …".
_TASK_LABEL = re.compile(r"(?:[Cc]ơ\s+quan|[Đđ]ơn\s+vị)\s+(?:thực\s+hiện|chủ\s+trì)\s*:\s*")
# A request or an assignment before the body a plan's heading names: "Đề nghị …", "Giao …".
_BODY_LEAD = re.compile(r"^(?:Đề\s+nghị|Giao)\s+")
# What opens a clause a year dates, after a report's verb or a comma: "cho biết, trong năm", ", trong quý I năm".
_YEAR_CLAUSE = re.compile(r"(?:,|cho\s+biết)\s*(?:trong|từ\s+đầu)\s+(?:quý\s+\S+\s+|\d{1,2}\s+tháng\s+đầu\s+)?$", re.IGNORECASE)
# A sentence telling a part of the one before: "Trong đó, tập trung tuyên truyền về …".
_PART = re.compile(r"\s*Trong\s+đó\s*,")
# Words naming a review of a period: "tổng kết", "sơ kết", "đánh giá".
_REVIEW = re.compile(r"\b(?:tổng\s+kết|sơ\s+kết|đánh\s+giá)\b", re.IGNORECASE)
# What may open a line before its words: "1.", "2)", "a)", "-".
_LIST_MARK = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[a-zđ]\)|[-–+•*])?[ \t]*")
# Where an aim begins: "nhằm", "để", "góp phần".
_AIM = re.compile(r"\b(?:nhằm|để|góp\s+phần)\b", re.IGNORECASE)
# A quotation, closed as editors close it: “…”, “…" or "…".
_QUOTES = re.compile(r"“[^”\"\n]{0,400}[”\"]|\"[^\"\n]{0,400}\"")
# The second word of a gift's counted noun: "phần quà", "suất học bổng".
_GIFT_NOUN = re.compile(r"\s+(?P<noun>quà|học\s+bổng)\b")
# How far after an event its attendance may be told, in characters.
_ATTENDANCE_REACH = 400
# How far from its trigger a count may stand and still count the event or name its product: the
# quantifiers between them ("07 cuộc", "hàng trăm") take a few words, never a paragraph.
_NEAR = 160
_CLASSIFIER = re.compile(r"^(?:cuộc|buổi|lớp|đợt|khóa|khoá)\s+", re.IGNORECASE)


@dataclass
class _Trigger:
    kind: str
    start: int
    end: int
    verb: bool  # named by its own verb (ACTION_VERBS), not by a noun
    name: str  # the event's name, to tell the same event named twice
    name_end: int  # where the name ends in the text
    # Named as its sentence's subject and held only by what follows ("Cuộc thi được tổ chức qua 2
    # vòng"): after an event of its head noun, the same event told again.
    subject: bool = False
    agent: str | None = None  # the doer of a verb told passively ("được Đồn Biên phòng trao tặng")


def find_activities(
    text: str,
    decisions: Sequence[DecisionMention],
    dates: Sequence[DateMention],
    counts: Sequence[CountMention],
    places: Sequence[PlaceMention],
) -> list[Activity]:
    """The activities in `text`, given the other finders' mentions in it (decisions with their roles)."""
    quotes = SpanSet((m.start(), m.end()) for m in _QUOTES.finditer(text))
    scans = _Scans(text)
    reader = _Reader(text, decisions, dates, counts, places, quotes)
    found: list[tuple[Activity, _Trigger, str | None]] = []  # with its trigger and its paragraph's framing
    organizer: str | None = None
    # Sentences without an activity that may name the next one's organizer, read only when an
    # activity needs one (the latest that names a body wins), since most never are.
    unread: list[tuple[int, int]] = []
    carried: tuple[str, ...] = ()  # documents an opening sentence or a plan hands on
    plan: tuple[tuple[str, ...], str] | None = None  # a plan's documents and status, for its items
    year: DateMention | None = None  # a year that opens a paragraph dates what follows it
    speech_paragraph = -1
    sentences = _sentences(text)
    framing = _framing(text, sentences)
    purpose: str | None = None  # the level of a plan's purpose section the sentence is in ("I." or "1.")
    assigned = False  # under a heading naming the body a plan assigns its tasks to
    # A numbered heading's activities by kind, until its section names one of the kind again: the
    # heading then only titles it ("8. Tổ chức hội nghị, hội thảo …" then "- Tổ chức hội nghị …").
    restated: dict[str, int] = {}
    titles: set[int] = set()
    heads: dict[str, int] = {}  # where in `found` the last noun-named event of each head noun ("cuộc thi") is
    for paragraph, start, end in sentences:
        sentence = text[start:end]
        if plan and not _is_item(sentence):
            plan = None
        line_start = text.rfind("\n", 0, start) + 1
        if line_start >= start - 1 and (heading := SECTION_HEADING.match(text, line_start)):
            restated.clear()
            words = heading["words"] or heading["caps"]
            level = "roman" if heading["roman"] or words.isupper() else "arabic"
            if PURPOSE_HEADING.match(words):
                purpose = purpose if purpose == "roman" else level
            elif purpose is None or level == "roman" or purpose == "arabic":
                purpose = None
            line_end = text.find("\n", line_start) % (len(text) + 1)
            assigned = assigned or ASSIGNEE_HEADING.fullmatch(text, line_start, line_end) is not None
        if purpose:
            continue  # a plan's purpose and requirements hold no activity, whatever words they use
        # The words a speech or a wish needs, looked for first: most sentences hold none.
        if any(word in sentence for word in _SPEECH_WORDS) and SPEECH.search(sentence):
            speech_paragraph = paragraph
        year = reader.opening_year(start, end) or year
        matches = scans.within(start, end)
        if speech_paragraph == paragraph or not any(matches) or BASIS_PARAGRAPH.match(sentence) or _is_title(sentence):
            unread.append((start, end))
            if not any(matches):
                carried = reader.implemented(start, end) if _CARRYING_OUT.search(sentence) else ()
            continue
        triggers = _triggers(text, start, end, quotes, matches, reader.reference_ends, reader.prescriptive)
        implemented = reader.implemented(start, end)
        if not triggers:
            unread.append((start, end))
            carried = implemented if _CARRYING_OUT.search(sentence) else ()
            continue
        inherited = plan[0] if plan else carried
        carried = ()
        organizer = next(filter(None, (reader.subject(*span) for span in reversed(unread))), organizer)
        unread.clear()
        # What the sentence says of all its activities: a plan's words, a duty of an item or an assignee.
        duty = DUTY_ITEM.match(text[line_start:end]) is not None or (assigned and not DONE.search(sentence))
        section_title = _is_heading(text, line_start, start, end)
        plan_word = PLANNED.search(reader.masked, start, end)
        # "Trong đó, …" opening a sentence tells a part of what was told before it, not another of its kind.
        part_of = found[-1][0].kind if found and _PART.match(sentence) else None
        for i, trigger in enumerate(triggers):
            if trigger.kind == part_of:
                continue
            lead_start = max(start, text.rfind(";", start, trigger.start) + 1)
            clause_start = max(lead_start, triggers[i - 1].end if i else start)
            window_end = triggers[i + 1].start if i + 1 < len(triggers) else end
            # The words before the clause's first trigger date and place every trigger of it.
            lead_end = next(t.start for t in triggers if t.start >= lead_start)
            activity = reader.activity(trigger, clause_start, window_end, lead_start, lead_end)
            own = trigger.agent or reader.subject(clause_start, trigger.start, delegated=True)
            organizer = own or organizer
            if trigger.kind == "document":
                activity = replace(activity, places=())  # what a document covers is its scope, not where it was done
            products = reader.products(trigger, window_end) if trigger.kind == "document" else []
            documents = tuple(dict.fromkeys((*implemented, *inherited)))
            documents = tuple(c for c in documents if c not in {p.canonical for p in products})
            # A plan's word after an activity reported done ("vừa tổ chức Hội nghị …, triển khai … kế hoạch
            # tổ chức Liên hoan …", "đã ký kết quy chế … trao đổi thông tin định kỳ") is another's.
            planned = duty or (plan_word is not None and not (plan_word.start() >= trigger.end and DONE.search(text, start, trigger.start)))
            status = "planned" if planned else (plan[1] if plan else "done")
            itself = trigger.kind == "document" and ISSUES_ITSELF.match(text, trigger.end) is not None
            if reader.prescriptive:
                status = "done" if itself else "planned"
            item = duty or plan is not None or (reader.prescriptive and not itself)
            activity = replace(activity, events=_events_told(activity, trigger, item, status, organizer, reader.plural(trigger)))
            when = activity.date, activity.precision
            if when[0] is None and trigger.kind == "document":
                when = reader.issued(products, itself)
            if when[0] is None and year is not None:
                when = year.date, year.precision
            if trigger.kind == "document" and organizer in WHOLE_ISSUERS:
                continue  # the Government's own documents are the background, not what a province did
            head = fold(text[trigger.start : trigger.end])
            told = heads.get(head) if not trigger.verb else None
            if trigger.subject and told is not None and not (found[told][0].status == "planned" and status == "done"):
                # Told again as a subject (not a plan, then held): "… tổ chức Cuộc thi …. Cuộc thi sẽ diễn ra …";
                # what it says the event carries out is the event's ("Lớp tập huấn được tổ chức nhằm triển khai …").
                earlier, told_trigger, told_frame = found[told]
                found[told] = (replace(earlier, decisions=tuple(dict.fromkeys((*earlier.decisions, *documents)))), told_trigger, told_frame)
                continue
            if not trigger.verb:
                heads[head] = len(found)
            if section_title:
                restated[trigger.kind] = len(found)
            elif trigger.kind in restated:
                titles.add(restated.pop(trigger.kind))
            found.append((replace(activity, organizer=organizer, decisions=documents, status=status, date=when[0], precision=when[1]), trigger, framing.get(paragraph)))
            if trigger.kind == "document" and sentence.rstrip().endswith(":"):
                plan = (tuple(dict.fromkeys((*(p.canonical for p in products if p.canonical), *documents))), status)
    return _once([entry for i, entry in enumerate(found) if i not in titles])


def _events_told(activity: Activity, trigger: _Trigger, item: bool, status: str, organizer: str | None, plural: bool) -> int | None:
    """The events an uncounted activity stands for, once its clause's status is known: a plan's task
    names work to do, not events (None); one event named by a noun, a document issued, a visit, a
    working session or a review named by its verb is one, and so is an inspection reported or given
    to a team ("Đoàn sẽ thanh tra")."""
    if activity.events is not None:
        return activity.events
    if item and not (trigger.kind == "document" and status == "done"):
        return None
    if not trigger.verb:
        return 1 if trigger.kind in _SINGLE_EVENTS and not plural and not trigger.name.startswith("hoạt động") else None
    if trigger.kind in ("exchange", "meeting"):
        return 1
    if trigger.kind == "inspection":
        return 1 if status == "done" or (organizer or "").startswith("Đoàn") else None
    if trigger.kind == "document":
        return None if status == "planned" else 1
    return None


def _framing(text: str, sentences: list[tuple[int, int, int]]) -> dict[int, str]:
    """The paragraphs that frame a report rather than make it: a title (one sentence left open, no
    full stop), a photo's caption (a short sentence alone). The passage's first paragraph is a
    headline only when left open: a passage cut from a page may open with its lead, which ends with
    a full stop. A plan's items, list-marked, are none either."""
    counts: dict[int, int] = {}
    for paragraph, _, _ in sentences:
        counts[paragraph] = counts.get(paragraph, 0) + 1
    if len(counts) < 2:
        return {}
    out = {}
    caption: list[str] = []
    for paragraph, start, end in sentences:
        words = text[start:end].split()
        before = text[:start].rstrip()
        if counts[paragraph] > 1 or _LIST_MARK.fullmatch(words[0]) and words[0].strip() or text[start:end].rstrip().endswith((":", ";")):
            continue
        open_ended = text[start:end].rstrip()[-1:] not in ".!?…"
        if not words[0][:1].isupper() or before.endswith((":", ";")) or not (before or open_ended):
            continue  # a passage's opening lead; a plan's item broken over lines
        if not before:
            if len(words) <= 40:
                out[paragraph] = "headline"
            continue
        if open_ended and len(words) <= 40:
            out[paragraph] = "title"
        elif len(words) <= 20 or out.get(paragraph - 1) == "caption" and words[:6] == caption[:6]:
            out[paragraph] = "caption"  # or the caption above told again, longer: "… tuyên truyền, phổ biến (kiến thức) pháp luật tại xã …"
            caption = words
    return out


def _is_title(sentence: str) -> bool:
    return sentence.isupper() and len(sentence) > 8


def _is_heading(text: str, line_start: int, start: int, end: int) -> bool:
    """A numbered heading of a plan's section, alone on its line and left open, with marked items
    under it ("8. Tổ chức hội nghị, hội thảo …" then "- …")."""
    if text[end : end + 1] != "\n" or text[start:end].rstrip()[-1:] in ".;:!?":
        return False
    return _NUMBERED.fullmatch(text, line_start, start) is not None and _ITEM_NEXT.match(text, end) is not None


# A section's number before a heading's words: "8. ", "2.1. ", "II. ".
_NUMBERED = re.compile(r"[ \t]*(?:\d{1,2}|[IVX]{1,4})(?:\.\d{1,2})*[.)][ \t]*")
# The next line opens an item: "- …", "+ …", "a) …".
_ITEM_NEXT = re.compile(r"\n[ \t]*(?:[-–+•*]|[a-zđ]\))[ \t]")


def _is_item(sentence: str) -> bool:
    """A plan's item: a sentence opening with its verb or a list mark, not with a subject."""
    stripped = sentence.lstrip(" \t-–+•*")
    return bool(stripped) and ORGANIZER_HEAD.match(stripped) is None and not stripped[:1].isdigit()


def _sentences(text: str) -> list[tuple[int, int, int]]:
    """(paragraph number, start, end) of each sentence, in order."""
    out = []
    paragraph = start = 0
    for match in _breaks(text):
        end = match.end() if match.group() != "\n" else match.start()
        if text[start:end].strip():
            out.append((paragraph, start, end))
        if match.group() == "\n":
            paragraph += 1
        start = match.end()
    if text[start:].strip():
        out.append((paragraph, start, len(text)))
    return out


def _breaks(text: str) -> Iterator[re.Match]:
    """SENTENCE_BREAK's matches, as its own finditer gives them, with the engine started only where
    a break's first character stands (its lookbehinds made it try every position of the text)."""
    end = 0
    for candidate in _BREAK_CHARACTER.finditer(text):
        if candidate.start() >= end and (match := SENTENCE_BREAK.match(text, candidate.start())):
            end = match.end()
            yield match


_BREAK_CHARACTER = re.compile(r"[.!?…\n]")


class _ByStart:
    """Mentions in text order, those starting in a range found by bisection: reading every mention
    of the text for each activity made a long text quadratic."""

    def __init__(self, mentions):
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]

    def between(self, start: int, end: int) -> list:
        return self.mentions[bisect_left(self._starts, max(start, 0)) : bisect_left(self._starts, end)]


class _Scans:
    """The trigger words' matches over the whole text, scanned once (a scan per sentence cost more
    than the other finders together), handed out sentence by sentence."""

    def __init__(self, text: str):
        self.events = list(_EVENT.finditer(text))
        self.actions = list(_ACTION.finditer(text))
        self._event_starts = [m.start() for m in self.events]
        self._action_starts = [m.start() for m in self.actions]

    def within(self, start: int, end: int) -> tuple[list[re.Match], list[re.Match]]:
        def between(matches: list[re.Match], starts: list[int]) -> list[re.Match]:
            return [m for m in matches[bisect_left(starts, start) : bisect_left(starts, end)] if m.end() <= end]

        return between(self.events, self._event_starts), between(self.actions, self._action_starts)


def _triggers(
    text: str, start: int, end: int, quotes: SpanSet, matches: tuple[list[re.Match], list[re.Match]], titled: list[int], prescriptive: bool
) -> list[_Trigger]:
    """The activities' triggers in one sentence, in order: noun-named events that something holds,
    verbs of activities with a subject or opening their clause, and either listed after one of them
    ("tổ chức tuyên truyền, quán triệt, kiểm tra …", "các cuộc vận động xã hội, phong trào thi đua");
    a verb and the product right after it ("đăng, phát hàng trăm tin, bài") are one, and so are
    neighbours of one kind in a list ("thanh tra, kiểm tra")."""
    events, actions = matches
    found: list[_Trigger] = []
    candidates = sorted([(m, False) for m in events] + [(m, True) for m in actions], key=lambda c: c[0].start())
    for match, verb in candidates:
        kind = match.lastgroup or ""
        at, stop = match.start(), match.end()
        programme = None
        if kind == "programme":
            # Most "chương trình" are no event: only a quoted name that tells a kind makes one.
            programme = PROGRAMME_NAME.match(text, stop, end)
            kind = next((purpose for purpose, words in PROGRAMME_PURPOSES if programme and words.search(programme["name"])), "")
            if not kind:
                continue
        if quotes.overlaps(at, at + 1) or any(t.start <= at < t.name_end for t in found) or (verb and _in_name(text, start, at, kind)):
            continue
        before = text[start:at]
        agent = _agent(before) if verb else None
        if AIM_BEFORE.search(before) or NOT_DONE_BEFORE.search(before[: agent.start()] if agent else before):
            continue
        # Not past the topic of the one before, nor a verb past the counted object of the one before:
        # "tuyên truyền về các phong trào thi đua, tổ chức tuyên truyền …", "đón hơn 110 đoàn khách, ký 08
        # thỏa thuận" are two.
        gap = text[found[-1].name_end : at] if found else ""
        listed = bool(found) and LISTED_AFTER.fullmatch(text, found[-1].name_end, at) is not None and " về " not in gap and not (verb and re.search(r"\d", gap))
        clause = before[max(before.rfind(";"), before.rfind(":")) + 1 :]
        if not prescriptive and _NOMINAL_SUBJECT.match(_past_openings(clause)):
            continue  # a report's "Việc bồi dưỡng … nhằm", "việc kết nghĩa giữa …": what such work is, not an act
        if verb:
            opening = clause.strip() == "" or CLAUSE_OPENING.fullmatch(clause) is not None
            # The clause's subject alone before the verb: "Sở Tư pháp tỉnh Tiền Giang trao tặng".
            named = _past_openings(clause).strip()
            subject = bool(ORGANIZER_HEAD.match(named)) and len(_unbracketed(named).split()) <= 14 and not PREDICATE_START.search(" " + named)
            # "68 giải thưởng được trao" names its own event, "sang thăm" its own motion
            passive = "được" in match.group() or match.group().lower().startswith(("sang", "đến"))
            if not (opening or listed or passive or agent or _VERB_LEAD.search(clause) or subject) or _topic_of(text, found, at):
                continue
            if kind == "outreach" and (MEDIA_CHANNEL.match(text, stop, end) or MEDIA_PRODUCT.match(text, stop, end) or MEDIA_DOER.search(before[max(before.rfind(";") + 1, len(before) - 200) :])):
                kind = "media"
            if clause.rstrip().endswith(",") and AIM_BEFORE.search(clause.rstrip()[:-1]):
                continue  # listed inside an aim or a topic: "với nội dung phổ biến, tuyên truyền …"
            _add(found, _Trigger(kind, at, stop, True, fold(text[at:stop]), stop, agent=agent["agent"] if agent else None), listed)
            continue
        counted = re.search(r"\d\s*(?:cuộc|buổi|lớp|đợt|lượt|kỳ)?\s*$", before) is not None
        holder = counted or listed or HOLDING_VERB.search(before)
        held = holder or HELD_AFTER.match(text, stop, end)
        if not counted and (RE_MENTION_BEFORE.search(before) or not held):
            continue
        product = bool(found) and found[-1].verb and _QUANTIFIER_GAP.fullmatch(text, found[-1].end, at) is not None  # "phát sóng 04 lượt chương trình"
        if kind == "media" and counted and not (listed or product) and not HOLDING_VERB.search(before) and any(t.kind == "media" for t in found):
            continue  # the breakdown of the output told before: "phát sóng 3.285 giờ …; 730 chương trình thời sự truyền hình, …"
        name_end = programme.end() if programme else stop
        if kind in ("meeting", "outreach") and not match.group().lower().startswith(("hoạt", "cuộc vận")):
            # A meeting's or a session's name says what it is for: it runs to where its audience,
            # place or topic begins, and the events it names are not others.
            cut = NAME_END.search(text, stop, end)
            name_end = cut.start() if cut else end
            kind = next((purpose for purpose, words in PURPOSE_WORDS if words.search(text, stop, name_end)), kind)
        if kind == "exchange" and INSPECTION_TEAM.search(text, max(0, start - 200), min(len(text), end + 200)):
            kind = "inspection"
        if any(start <= end_ <= at <= end_ + 40 and not re.search(r"[,;.\n]", text[end_:at]) for end_ in titled):
            continue  # the activity a document is about ("Kế hoạch số 42/KH-UBND tổ chức phong trào thi đua")
        if found and found[-1].kind == "document" and _ABOUT.fullmatch(text, found[-1].end, at):
            continue  # … or one issued or drafted here ("ban hành Kế hoạch phát động phong trào thi đua")
        subject = not holder and not _past_openings(before).strip()
        _add(found, _Trigger(kind, at, stop, False, _name(text[at:name_end]), name_end, subject), listed)
    return _merged(text, found)


def _add(found: list[_Trigger], trigger: _Trigger, listed: bool) -> None:
    """An activity listed after one of its kind is that one: objects of one kind make one activity."""
    if listed and found[-1].kind == trigger.kind:
        found[-1] = replace(found[-1], end=trigger.end, name_end=max(found[-1].name_end, trigger.name_end))
    else:
        found.append(trigger)


def _agent(before: str) -> re.Match | None:
    """A body named as the doer of a passive verb right before it ("được lãnh đạo Bộ Tư lệnh trao tặng")."""
    if "được" not in before[-100:]:
        return None
    agent = PASSIVE_AGENT.search(before, max(0, len(before) - 100))
    if agent and ORGANIZER_HEAD.match(agent["body"]) and len(agent["body"].split()) <= 12:
        return agent
    return None


def _topic_of(text: str, found: list[_Trigger], at: int) -> bool:
    """An activity named after "về" in another's clause is its topic ("tập huấn về kỹ năng thực hiện
    trợ giúp pháp lý"), not one done."""
    return bool(found) and re.search(r"\svề\s[^,;:.]*$", text[found[-1].name_end : at]) is not None


def _in_name(text: str, start: int, at: int, kind: str) -> bool:
    """A capitalised word inside a sentence, after another, is a body's or a title's name ("Sở Thông
    tin và Truyền thông", "Trung tâm Trợ giúp pháp lý"), not the activity it spells. Capitals running
    on after a document's verb are the document's type ("Xây dựng Kế hoạch")."""
    if not text[at].isupper():
        return False
    if kind != "document" and re.match(r"\S+(?:\s+\S+)?\s+(?:và\s+)?[A-ZĐ]", text[at : at + 40]) and re.match(r"\S+\s+\S+\s+(?:và\s+)?[A-ZĐ]", text[at : at + 40]):
        return True  # capitalised words running on: "Truyền thông và Giảm nghèo về Thông tin"
    previous = text[start:at].rstrip()
    return bool(previous) and previous[-1] not in ".:;-–+•*)\n\"“" and not previous[-1].isdigit()


def _unbracketed(words: str) -> str:
    return re.sub(r"\([^()]*\)", " ", words)


def _merged(text: str, triggers: list[_Trigger]) -> list[_Trigger]:
    out: list[_Trigger] = []
    for trigger in triggers:
        last = out[-1] if out else None
        if last and last.end <= trigger.start and last.kind == trigger.kind:
            if last.verb and not trigger.verb and _QUANTIFIER_GAP.fullmatch(text, last.end, trigger.start):
                out[-1] = replace(last, end=trigger.end, name=trigger.name, name_end=trigger.name_end)
                continue
        joined = last is not None and last.end <= trigger.start and LIST_JOINT.fullmatch(text, last.name_end, trigger.start) is not None
        # One kind, or "tuyên truyền" joined to a media verb, which says what the media do.
        if last and joined and (last.kind == trigger.kind or (last.kind == "media" and trigger.verb and trigger.name == "tuyên truyền")):
            out[-1] = replace(last, end=trigger.end, verb=last.verb and trigger.verb, name_end=max(last.name_end, trigger.name_end))
            continue
        if last and trigger.start < last.end:
            continue
        out.append(trigger)
    return out


def _name(name: str) -> str:
    return fold(_CLASSIFIER.sub("", fold(name)))


def _past_openings(clause: str) -> str:
    position = 0
    while (match := CLAUSE_OPENING.match(clause, position)) and match.end() > position:
        position = match.end()
    return clause[position:]


class _Reader:
    """The other finders' mentions, read for one activity's arguments."""

    def __init__(self, text, decisions, dates, counts, places, quotes):
        self.text = text
        # The text with what quotation marks hold blanked out (same length), so that a comma in a
        # quoted title ends no clause: "Thực hiện Đề án “… phổ biến, giáo dục …”, Sở Tư pháp …".
        self.masked = _QUOTES.sub(lambda m: m.group()[0] + "_" * (len(m.group()) - 2) + m.group()[-1], text)
        self.decisions = _ByStart(decisions)
        # A reference's own date is not an activity's.
        reference_spans = SpanSet((m.start, m.end) for m in decisions)
        self.dates = _ByStart(d for d in dates if not quotes.overlaps(d.start, d.start + 1) and not reference_spans.overlaps(d.start, d.start + 1))
        self.reference_ends = [m.end for m in decisions]
        self.counts = _ByStart(counts)
        self.places = _ByStart(p for p in places if not quotes.overlaps(p.start, p.start + 1))
        head = text[:800]
        self.prescriptive = PRESCRIPTIVE_TITLE.search(text) is not None
        header = HEADER_PLACE_DATE.search(head)
        self.header_date = next((d for d in dates if header and header.start() <= d.start < header.end() + 40 and d.precision == "day"), None)

    def opening_year(self, start: int, end: int) -> DateMention | None:
        """A year that opens a sentence's first clause ("Năm 2019, …", "Bước sang năm 2022, …"); a
        day there ("Ngày 16/01/2023, …") dates its own sentence only."""
        comma = self.text.find(",", start, min(end, start + 40))
        if comma >= 0 and (year := next((d for d in self.dates.between(start, comma) if d.precision == "year"), None)):
            return year
        # … or a later clause of it, told after a report's verb: "… cho biết, trong năm 2018, Sở …", "cho
        # biết trong quý I năm 2026, …".
        for d in self.dates.between(start, end):
            if d.precision == "year" and self.text.startswith(",", d.end) and _YEAR_CLAUSE.search(self.text, max(start, d.start - 40), d.start):
                return d
        return None

    def implemented(self, start: int, end: int) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.canonical for m in self.decisions.between(start, end) if m.role == "implements" and m.canonical))

    def subject(self, start: int, end: int, delegated: bool = False) -> str | None:
        """The organizer a clause names before its predicate: its subject if a body, or the body
        it directs ("chỉ đạo Sở Thông tin và Truyền thông tổ chức …")."""
        masked = self.masked[start:end]
        start += masked.rfind(";") + 1
        start += len(masked[masked.rfind(";") + 1 :]) - len(_past_openings(masked[masked.rfind(";") + 1 :]))
        if label := _TASK_LABEL.match(self.text, start, end):
            start = label.end()
        clause = self.text[start:end]
        predicate = PREDICATE_START.search(" " + clause)
        head = (" " + clause)[: predicate.start()] if predicate else " " + clause
        # A body's name stops before a bracket ("Trung tâm Trợ giúp pháp lý nhà nước (Sở Tư pháp …)"),
        # unless it holds the name's abbreviation ("Đài Phát thanh - Truyền hình (PT-TH) tỉnh"),
        # nor past "do …" / "thuộc …" ("Đoàn … do đồng chí … làm Trưởng đoàn", "Cục … thuộc Bộ …").
        head = re.split(r"\((?![A-ZĐ][A-ZĐ&-]{0,10}[A-ZĐ]\))|\s(?:do|thuộc)\s", head)[0].strip(" \t,:")
        if "_" in self.masked[start : start + len(head)]:
            head = ""  # a quoted title is no body
        # A label or a request before the body: "Cơ quan thực hiện: Sở Nội vụ …", "4. Đề nghị Ủy ban Mặt
        # trận Tổ quốc Việt Nam thành phố và các Đoàn thể".
        head = _BODY_LEAD.sub("", head[head.rfind(":") + 1 :].strip())
        line_start = self.text.rfind("\n", 0, start) + 1
        alone = self.text[end : end + 1] in ("\n", "") and _LIST_MARK.fullmatch(self.text, line_start, start) is not None
        heading = clause.rstrip().endswith(":") or alone
        if not delegated and predicate is None and not heading:
            return None  # a heading naming a body ("1. Công an tỉnh", "Sở Tư pháp:") names who does what follows
        # An opening the clause's openings do not know ends at a comma before the body: "Đón Tết Nguyên
        # đán Mậu Tuất 2018, Bộ Chỉ huy BĐBP Quảng Trị đã …", "Nhằm nâng cao …, sinh viên …, Sở … đã …".
        commas = [i for i, c in enumerate(head) if c == ","] if predicate is not None else []
        named = (head[comma + 1 :].strip() for comma in [-1, *commas])
        body = next((n for n in named if n and ORGANIZER_HEAD.match(n) and len(_unbracketed(n).split()) <= 14), None)
        if predicate is not None:
            directs = DELEGATED.match((" " + clause)[predicate.start() :])
            if directs and ORGANIZER_HEAD.match(directs["body"]):
                return directs["body"]
        return body

    def activity(self, trigger: _Trigger, clause_start: int, window_end: int, lead_start: int, lead_end: int) -> Activity:
        text = self.text
        scope_end = window_end
        if (stop := PLACES_END.search(text, trigger.end, window_end)) is not None:
            scope_end = stop.start()
        events = self._events(trigger, window_end)
        people = next((c for c in self.counts.between(trigger.end, window_end) if PEOPLE.match(c.unit)), None)
        if people is None and not trigger.verb:
            people = self._attendance(window_end)
        if people is None and trigger.kind == "support":
            # Recipients uncounted, what was given counts: "trao tặng 160 phần quà", "68 giải thưởng được trao".
            people = next((c for c in self.counts.between(trigger.start - _NEAR, trigger.end + _NEAR) if (c.start < trigger.end and trigger.start < c.end)
                           or (trigger.end <= c.start and _QUANTIFIER_GAP.fullmatch(text, trigger.end, c.start))), None)
        audience = AUDIENCE_VISITS.sub("", people.unit) if people else None
        if people is not None and (gift := _GIFT_NOUN.match(text, people.end)) and people.unit in ("phần", "suất"):
            audience = f"{people.unit} {gift['noun']}"  # "160 phần quà", "25 suất học bổng": the count's noun is two words
        aim = _AIM.search(text, trigger.end, window_end)
        if people is None and (named := AUDIENCE_AFTER_FOR.search(text, trigger.end, aim.start() if aim else window_end)):
            audience = named["audience"].rstrip(" ,")
        own = self.places.between(trigger.end, scope_end)
        # Before the trigger, a unit named with its unit word is where it happened ("tại xã Hương
        # Bình", "UBND xã Hưng Lộc"); a province there names the organizer's own.
        own += [
            p for p in self.places.between(clause_start, trigger.start)
            if p.level != "province" and UNIT_BEFORE.search(text, max(0, p.start - UNIT_REACH), p.start)
        ]
        before = self.dates.between(lead_start, lead_end)
        after = self.dates.between(trigger.end, scope_end) if trigger.kind != "document" else []
        # A review's year is the period it reviews, held after it: "hội nghị tổng kết công tác năm 2022".
        after = [d for d in after if not (d.precision == "year" and _REVIEW.search(text, trigger.start, d.start))]
        when = before[-1] if before else (after[0] if after else None)
        named_year = when is not None and not re.search(r"[,;.\n]", self.masked[trigger.end : when.start])
        if when is not None and when.precision == "year" and not trigger.verb and named_year:
            # A day without a year opening the clause takes the year the event's name carries
            # ("Ngày 12-7, … khai mạc hội nghị tập huấn … năm 2018").
            day = DAY_MONTH_OPENING.match(text, lead_start)
            if day is not None and day.end() <= trigger.start:
                with suppress(ValueError):
                    when = replace(when, date=date(when.date.year, int(day["month"]), int(day["day"])), precision="day")
        return Activity(
            kind=trigger.kind,
            trigger=text[trigger.start : trigger.end],
            start=trigger.start,
            end=trigger.end,
            events=events,
            participants=int(people.value) if people else None,
            audience=audience,
            places=tuple(dict.fromkeys(p.name for p in sorted(own, key=lambda p: p.start))),
            date=when.date if when else None,
            precision=when.precision if when else None,
            organizer=None,
            decisions=(),
            status="done",
        )

    def _attendance(self, after: int) -> CountMention | None:
        """The people a held event gathered, told in the next sentences: "Tham dự hội nghị có 73 đại
        biểu", "có sự tham gia của 5 đội thi với 60 đồng chí"."""
        for count in self.counts.between(after, after + _ATTENDANCE_REACH):
            if PEOPLE.match(count.unit):
                sentence_start = max(self.text.rfind(". ", after, count.start), self.text.rfind("\n", after, count.start), after)
                if ATTENDANCE.search(self.text, sentence_start, count.start):
                    return count
        return None

    def _events(self, trigger: _Trigger, window_end: int) -> int | None:
        """The events the clause counts: a count right before a noun-named event, or right after a
        verb naming one by its product; or the documents a document activity issues."""
        text = self.text
        for count in self.counts.between(trigger.start - _NEAR, trigger.end + _NEAR):
            before = not trigger.verb and count.start < trigger.start and _QUANTIFIER_GAP.fullmatch(text, count.start, trigger.start) is not None
            before = before or (count.start < trigger.start < count.end)
            after = trigger.verb and trigger.kind in _COUNTED_BY_OBJECT and (
                (trigger.end <= count.start and _QUANTIFIER_GAP.fullmatch(text, trigger.end, count.start))
                or trigger.start < count.start < trigger.end  # a verb and its counted product made one: "đăng phát gần 900 tin, bài"
            )
            if (before or after) and not PEOPLE.match(count.unit) and trigger.kind != "support":
                return int(count.value)
        if trigger.kind == "document":
            return len(self.products(trigger, window_end)) or None
        return None

    def plural(self, trigger: _Trigger) -> bool:
        return _PLURAL_BEFORE.search(self.text, max(0, trigger.start - 30), trigger.start) is not None

    def products(self, trigger: _Trigger, window_end: int) -> list[DecisionMention]:
        """The documents a document activity issues: those listed right after its verb."""
        out: list[DecisionMention] = []
        position = trigger.end
        # A reference that holds the trigger starts before it, by no more than a reference's length.
        for mention in self.decisions.between(trigger.start - 2 * _NEAR, window_end):
            if mention.end <= trigger.start or mention.start >= window_end:
                continue
            # The first names the document type the trigger ends with; each next one follows a list mark.
            if not out and mention.start > trigger.end and not self.text[trigger.end : mention.start].isspace():
                break
            if out and not re.fullmatch(r"[^.;:]{0,160}?(?:,|;|và)\s*", self.text[position : mention.start]):
                break
            out.append(mention)
            position = mention.end
        return out

    def issued(self, products: list[DecisionMention], itself: bool) -> tuple[date | None, str | None]:
        if itself and self.header_date is not None:
            return self.header_date.date, self.header_date.precision
        dated = {p.issued for p in products if p.issued}
        if len(dated) == 1:
            return dated.pop(), "day"
        return None, None


def _once(found: list[tuple[Activity, _Trigger, str | None]]) -> list[Activity]:
    """Each activity once. A title's is the report's own when the text reports one of its kind; a
    caption's repeats an earlier one of its kind. Of two
    events of one kind and name whose counts do not tell them apart, the later (planned, then held)."""
    # Read from the end, so that each activity knows at once whether one of its kind and name
    # comes later, and with which counts (a long text of one repeated paragraph stays linear).
    later: dict[tuple[str, str], set[int | None]] = {}
    named_again = [False] * len(found)
    for i in range(len(found) - 1, -1, -1):
        activity, trigger, _ = found[i]
        if trigger.verb:
            continue
        counts_later = later.setdefault((activity.kind, trigger.name), set())
        named_again[i] = bool(counts_later) and (activity.events in (None, 1) or activity.events in counts_later)
        counts_later.add(activity.events)
    reported = Counter(activity.kind for activity, _, frame in found if frame not in ("title", "headline"))
    # A passage's headline is the report's own when the report names one of its kind by the same word
    # ("Phát sóng chương trình …" over "… cho phát sóng chương trình …").
    headed = {(activity.kind, fold(activity.trigger).split()[0]) for activity, _, frame in found if frame not in ("title", "headline")}
    kept: list[Activity] = []
    kept_unframed: set[str] = set()
    for i, (activity, _, frame) in enumerate(found):
        if frame == "title" and reported[activity.kind] or frame == "headline" and (activity.kind, fold(activity.trigger).split()[0]) in headed:
            continue
        if frame == "caption" and activity.kind in kept_unframed:
            continue
        if not named_again[i]:
            kept.append(activity)
            if frame is None:
                kept_unframed.add(activity.kind)
    return kept
