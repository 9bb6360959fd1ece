"""The tables' Arrow schemas, derived once from the records that fill them.

`articles` columns are the fields of extract.models.Article; each fact table is `article_id`
followed by the fields of its nlp.models mention class. The writer, the data dictionary and the
DuckDB views all read these schemas, so a new field appears everywhere at once.
"""
from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime

import pyarrow as pa

from vncorpus.extract.models import Article
from vncorpus.nlp.models import FACT_TYPES

_ARROW_TYPES = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    date: pa.date32(),
    datetime: pa.timestamp("us", tz="UTC"),
}
# Offsets are character positions in articles.text; int32 holds any article.
_NARROW = {"start": pa.int32(), "end": pa.int32()}

TABLES = ("articles", *FACT_TYPES)


def _arrow_type(annotation) -> pa.DataType:
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        annotation = args[0]
    if typing.get_origin(annotation) is tuple:  # tuple[str, ...]: a list column (an activity's places)
        return pa.list_(_ARROW_TYPES[typing.get_args(annotation)[0]])
    return _ARROW_TYPES[annotation]


def _schema_of(record: type, leading: tuple[pa.Field, ...] = ()) -> pa.Schema:
    hints = typing.get_type_hints(record)
    fields = list(leading)
    for f in dataclasses.fields(record):
        fields.append(pa.field(f.name, _NARROW.get(f.name) or _arrow_type(hints[f.name])))
    return pa.schema(fields)


SCHEMAS: dict[str, pa.Schema] = {
    "articles": _schema_of(Article),
    **{
        name: _schema_of(record, (pa.field("article_id", pa.string()),))
        for name, record in FACT_TYPES.items()
    },
}


# What each column means, for the data dictionary (`vncorpus schema`). A test checks that every
# column of SCHEMAS has an entry here and nothing else does, so the two cannot drift apart.
COLUMN_DOCS: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": "Stable id: the first 16 hex digits of SHA-1 of the normalised URL; the same page always gets the same id",
        "url": "The article page's URL as fetched (after redirects)",
        "source_id": "The `id` of the source in the sources file",
        "province": "Province as it was on the publication date (one of the 63 before 1 July 2025, one of the 34 after): the source's, or for national sources the one the article is about; null when unclear",
        "province_2025": "The province's place in the 34-province map from 1 July 2025",
        "title": "Headline, NFC",
        "published": "Publication date printed on the page (or its article metadata); never the crawl date; null when the page gives none",
        "text": "Main text, NFC, paragraphs separated by a blank line; menus, counters, related news and bylines removed. Fact offsets index into it",
        "author": "Byline name when the page gives one",
        "date_source": "Where `published` came from: page (visible date line), meta (article metadata) or htmldate",
        "capture_id": "WARC-Record-ID of the raw capture the article was extracted from (DIR/captures/*.warc.gz)",
        "fetched_at": "When the capture was fetched (UTC)",
        "language": "Language of the text (vi)",
        "simhash": "64-bit SimHash of the text's word 3-shingles; articles within 6 bits of each other are the same story",
        "truncated": "What the per-page limits left out, null for a page read whole: 'page: N of M elements past the extraction limits left out' (a list or table of more than 5,000 items, a page of more than 30,000 elements), 'facts: … not sought (over the time budget)' (fact types not found within the capture's time budget)",
        "capture_source": "Where the capture came from: live (the portal itself), wayback (the Internet Archive's Wayback Machine, or another Wayback server) or commoncrawl (Common Crawl)",
        "archived_at": "For a capture read from a web archive, when the archive made it (UTC); null for live captures. `fetched_at` is then when it was read from the archive",
        "archive_url": "For a capture read from a web archive, the archive's address of it: a Wayback replay URL, or a Common Crawl WARC file with the record's byte range (#bytes=A-B); null for live captures",
        "duplicate_of": "For a syndicated copy (the same story on another portal), the article_id of the earliest-published copy; null for originals",
    },
    "decisions": {
        "article_id": "The article the reference is in",
        "canonical": "NUMBER/CODE as the document writes it (1191/QĐ-TTg, 24-NQ/TW, 34/2017/QĐ-UBND); null for a mention by title that no registry entry resolves",
        "doc_type": "Document type: Quyết định, Kế hoạch, Nghị quyết, Chỉ thị, Kết luận, Hướng dẫn …",
        "number": "The document number (1191)",
        "code": "The document code (QĐ-TTg)",
        "issued": "Issue date written in the mention; null when the mention gives none",
        "issuer": "Issuing body written in the mention (Thủ tướng Chính phủ, Bộ Chính trị …)",
        "via": "number (cited by number) or title (recognised from its title through the registry)",
        "mention": "The text of the reference",
        "start": "Character offset of the mention in articles.text",
        "end": "End offset: text[start:end] == mention",
        "year": "Year embedded in the number (2017 in 34/2017/QĐ-UBND)",
        "date_conflict": "True when the written date disagrees with the registry's date for the document",
        "role": "What the article does with the document, read from the clause around each mention: implements (reports or plans carrying it out: triển khai thực hiện, quán triệt, phổ biến, theo …), basis (cited as legal basis: Căn cứ …) or mentions (named in passing, replaced, background, a Tờ trình). One per document per article, the strongest (implements > basis > mentions); decision_provinces.articles counts implements only",
    },
    "dates": {
        "article_id": "The article the date is in",
        "date": "The date (first day of the month or year for coarser precision)",
        "precision": "day, month or year",
        "mention": "The text of the date",
        "start": "Character offset of the mention in articles.text",
        "end": "End offset: text[start:end] == mention",
    },
    "counts": {
        "article_id": "The article the count is in",
        "value": "The quantity (multipliers applied: 500 triệu đồng → 500000000)",
        "unit": "The counted noun phrase (cán bộ, cuộc Hội nghị, đồng)",
        "mention": "The text of the count",
        "start": "Character offset of the mention in articles.text",
        "end": "End offset: text[start:end] == mention",
        "qualifier": "hơn, trên, gần, khoảng … when the text qualifies the number",
        "per": "The period or base of a rate (năm in 20.000 tờ rơi/năm)",
        "value_max": "The upper bound when the text gives a range (100 in từ 50 đến 100 người); `value` is then the lower",
    },
    "places": {
        "article_id": "The article the place is in",
        "name": "Canonical name with diacritics, without the unit word (Trùng Khánh, Hòa An)",
        "level": "province, district, commune or foreign (a 2025 ward or special zone is a commune)",
        "province": "The province the place belongs to in its own map (`map`); null for foreign places and names several provinces share",
        "mention": "The text of the place",
        "start": "Character offset of the mention in articles.text",
        "end": "End offset: text[start:end] == mention",
        "source": "gazetteer (matched in the administrative-units gazetteer) or ner (underthesea's NER where the gazetteer is silent)",
        "province_2025": "The province in the 34-province map from 1 July 2025, for legacy and 2025 places alike; null when the province is",
        "map": "legacy (the 63-province map before 1 July 2025) or 2025: the map the place was read in; null when unsettled",
        "commune_2025": "For a commune, the 2025 commune it is or became (vietnamadminunits' converter); null for one split between several unless the text names the part, and for other levels",
    },
    "activities": {
        "article_id": "The article the activity is reported or planned in",
        "kind": "meeting, training, outreach, media, publication, contest, exchange, document, inspection, exhibition or support, from the event's name (a meeting held to train or to reach people takes its purpose: Hội nghị tập huấn is training)",
        "trigger": "The shortest phrase naming the activity (Hội nghị, ban hành Kế hoạch, phát sóng)",
        "start": "Character offset of the trigger in articles.text",
        "end": "End offset: text[start:end] == trigger",
        "events": "How many events the clause counts (07 cuộc Hội nghị → 7); 1 for one named event; null when uncounted",
        "participants": "The people (or households) counted as taking part or reached (cho 700 cán bộ → 700)",
        "audience": "Their counted noun (cán bộ, đại biểu, hộ dân), or the audience named without a count after cho",
        "places": "Canonical names of the units where it happened or which it covered (các huyện: Quảng Hòa; Trùng Khánh …), as in `places`",
        "date": "When it happened, at `precision`: a date in its clause, an issued plan's own date, or a year opening its paragraph (Năm 2019, …); never the publication date; null for a day without a year",
        "precision": "day, month or year; null with `date`",
        "organizer": "Who held or issued it, as written: the clause's subject (Sở Ngoại vụ), the body it directs (chỉ đạo Sở … tổ chức), or the last one named for a clause that opens with its verb",
        "decisions": "Canonicals of the documents it carries out: those its sentence carries out (role implements), and for a plan's items the plan and what the plan carries out; never documents cited with Căn cứ",
        "status": "done (reported) or planned (dự kiến, sẽ, a recurring duty, the tasks of a text that is itself a plan or a legal document)",
        "province": "The province of the article (articles.province)",
        "province_2025": "The article's province in the 34-province map",
    },
}


def data_dictionary() -> str:
    """The tables and their columns as Markdown, from SCHEMAS and COLUMN_DOCS."""
    lines = []
    for table, schema in SCHEMAS.items():
        lines += [f"### `{table}`", "", "| column | type | meaning |", "|---|---|---|"]
        for column in schema:
            lines.append(f"| `{column.name}` | {column.type} | {COLUMN_DOCS[table][column.name]} |")
        lines.append("")
    return "\n".join(lines)
