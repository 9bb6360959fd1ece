"""What the finders return: one dataclass per fact type, each with its span in the text.

Every mention satisfies ``text[start:end] == mention`` (an activity's ``trigger``) for the text it
was found in.
"""
from __future__ import annotations

import typing
from dataclasses import dataclass, field, fields
from datetime import date


@dataclass(frozen=True)
class DateMention:
    date: date
    precision: str  # "day" | "month" | "year"
    mention: str
    start: int
    end: int


@dataclass(frozen=True)
class DecisionMention:
    """A reference to a legal or administrative document."""

    canonical: str | None  # NUMBER/CODE as written, e.g. "1191/QĐ-TTg"; None when only a title was matched
    doc_type: str | None  # "Quyết định", "Kế hoạch", "Nghị quyết", ...
    number: str | None  # "1191", "34/2017" keeps the year part out: number "34", see `year`
    code: str | None  # "QĐ-TTg", "NQ/TW", "QĐ-UBND"
    issued: date | None
    issuer: str | None  # "Thủ tướng Chính phủ", "Bộ Chính trị", ...
    via: str  # "number" | "title"
    mention: str
    start: int
    end: int
    year: int | None = None  # the year embedded in codes like 34/2017/QĐ-UBND
    date_conflict: bool = False  # the mention's date disagrees with the registry's
    # What the mention means in its text (nlp/roles.py): "implements" (carried out), "basis" (cited
    # as legal basis) or "mentions" (named in passing); one per document per text, the strongest.
    role: str = "mentions"


@dataclass(frozen=True)
class CountMention:
    value: float
    unit: str  # the counted noun phrase: "cán bộ", "cuộc Hội nghị", "đồng"
    mention: str
    start: int
    end: int
    qualifier: str | None = None  # "hơn", "trên", "gần", "khoảng", ...
    per: str | None = None  # "năm" in "20.000 tờ rơi/năm"
    value_max: float | None = None  # the upper bound of a range: 100 in "từ 50 đến 100 người"


@dataclass(frozen=True)
class PlaceMention:
    name: str  # canonical, with diacritics, without the unit word: "Trùng Khánh"
    level: str  # "province" | "district" | "commune" | "foreign"
    province: str | None  # the province it belongs to in its own map (see `map`); None when unsettled
    mention: str
    start: int
    end: int
    source: str = "gazetteer"  # "gazetteer" | "ner"
    province_2025: str | None = None  # the province in the 34-province map, for either map's units
    map: str | None = None  # "legacy" (63 provinces, before 1 July 2025) | "2025"; None when unsettled
    # For a commune, the 2025 commune it is or became; None for a commune split between several
    # unless the text names one of them, and for provinces, districts and foreign places.
    commune_2025: str | None = None


@dataclass(frozen=True)
class Activity:
    """A concrete action an identifiable actor carried out or plans ("07 cuộc Hội nghị tuyên truyền
    trực tiếp cho 700 cán bộ … các huyện: …"), with the arguments its clause gives it.

    `trigger` is the shortest phrase naming the activity ("Hội nghị tuyên truyền trực
    tiếp", "ban hành Kế hoạch", "mở 03 chuyên mục").
    """

    kind: str  # meeting | training | outreach | media | publication | contest | exchange | document | inspection | exhibition | support
    trigger: str
    start: int
    end: int
    events: int | None  # how many events the clause counts ("07 cuộc Hội nghị" → 7); 1 for one named event; None uncounted
    participants: int | None  # the people (or households) counted as taking part or reached
    audience: str | None  # their counted noun ("cán bộ"), or the uncounted one after "cho"
    places: tuple[str, ...]  # canonical names of the units where it happened or which it covered
    date: date | None
    precision: str | None  # "day" | "month" | "year", with `date`
    organizer: str | None  # the clause's subject as written ("Sở Ngoại vụ")
    decisions: tuple[str, ...]  # canonicals of the documents it carries out
    status: str  # "done" | "planned"
    # The province of the article it is in (the article's `province`), set by the pipeline.
    province: str | None = None
    province_2025: str | None = None


@dataclass
class Facts:
    """All facts found in one article's text, one list per fact type, in the tables' order.

    This class is the registry of fact types: FACT_TYPES below is read off its fields, and the
    tables, the data dictionary, `vncorpus show` and the evaluation all iterate FACT_TYPES, so a
    new fact type is a new field here (plus its finder) and every consumer is checked for it.
    """

    decisions: list[DecisionMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    counts: list[CountMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)


# Fact type (table name) → its mention class.
FACT_TYPES: dict[str, type] = {
    f.name: typing.get_args(typing.get_type_hints(Facts)[f.name])[0] for f in fields(Facts)
}
