"""`vncorpus eval nlp`: precision, recall and F1 of the four extractors against a gold folder.

A gold folder is read by `read_gold(folder)` in one of two formats:

- **spans** (tests/gold/nlp/): one YAML file per document, holding a text (inline, or a seed page
  by name, normalised as the pipeline does) and, per fact type, its mentions. Each gold mention is
  placed by its `start` offset (checked against the text) or, in hand-written files, by its
  string: the k-th entry with the same string is its k-th occurrence, or the occurrence inside
  `context` when the string alone is ambiguous. Every occurrence is a fact: a found fact is
  right when its span overlaps a gold fact's span and its key agrees.
- **facts** (a `gold.jsonl`, as ../shared/realtext/): one JSON line per passage with `text` and,
  per fact type, the facts it states, each once however often the passage repeats it. A passage's
  distinct found keys are matched against its distinct gold keys.

Keys: decisions by `canonical` (a gold reference by number only, "1719", is any code of that
number); dates by date and precision; counts by value; places by name and
level. Gold items marked `"optional": true` count neither way: a found fact matching one is
neither right nor spurious, and an optional item not found is not a miss.

Beside F1, four accuracies over what matched: the **issued date**, the **issuer** and the **role**
(implements, basis, mentions) of matched references, scored where the gold states the field (a
`null` in the facts format states "none") and either side gives a value — so an invented issuer is
wrong, and two nulls are not counted; and the **unit** of matched counts, exactly equal to the gold's counted noun phrase. Issuers are
compared after NFC, collapsed whitespace and one tone placement ("Uỷ" = "Ủy").
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from vncorpus.crawler.errors import UserError
from vncorpus.extract.normalize import normalize_text
from vncorpus.nlp.find import find_facts
from vncorpus.nlp.models import FACT_TYPES

# A checkout's own gold is the default only inside a checkout; an installed vncorpus is given a
# folder with --gold and reads nothing else.
REPO = Path(__file__).resolve().parent.parent


def checkout_gold(kind: str) -> Path:
    """tests/gold/<kind> of the checkout this module runs from, or a one-line UserError."""
    folder = REPO / "tests" / "gold" / kind
    if not folder.is_dir():
        raise UserError(f"no gold folder given: outside a checkout of vncorpus, name one with --gold DIR (e.g. tests/gold/{kind})")
    return folder


def seeds_for(folder: Path) -> Path:
    """Where a gold folder's `seed:` pages are: shared/seeds beside the checkout holding the folder
    (DESIGN.md's ../shared/seeds), found by walking up from the folder itself."""
    folder = Path(folder).resolve()
    for parent in folder.parents:
        if (parent / "shared" / "seeds").is_dir():
            return parent / "shared" / "seeds"
    return folder.parent / "shared" / "seeds"
KINDS = tuple(FACT_TYPES)
# Activities are matched by kind and span (see _match_activities), the other types by these keys.
KEYS = {"decisions": ("canonical",), "dates": ("date", "precision"), "counts": ("value",), "places": ("name", "level"), "activities": ("kind",)}
MENTION_KINDS = tuple(kind for kind in KINDS if kind != "activities")
# The fields of a matched activity scored against the gold's, every matched activity counting.
ACTIVITY_FIELDS = ("events", "participants", "audience", "places", "date", "organizer", "decisions", "status")
# Fields scored over matched facts, beside the key: (fact type, field, label in the report).
DETAILS = (
    ("decisions", "issued", "issued date"), ("decisions", "issuer", "issuer"), ("decisions", "role", "role"), ("counts", "unit", "unit"),
)
# The F1 each extractor must keep on the project's gold (tests/nlp/test_gold.py holds them).
FLOORS = {"decisions": 0.95, "dates": 0.95, "counts": 0.9, "places": 0.9, "activities": 0.85}


@dataclass(frozen=True)
class Fact:
    key: tuple
    mention: str
    details: dict  # the DETAILS fields the gold states (all of them for a found fact)
    start: int = -1  # -1 where the gold places facts by document, not by span
    end: int = -1
    optional: bool = False


@dataclass(frozen=True)
class GoldDocument:
    name: str
    text: str
    province: str | None
    facts: dict[str, list[Fact]]
    by_span: bool
    published: date | None = None  # picks the map places are read in (2025 map from 1 July 2025)
    activities: list[dict] = field(default_factory=list)  # the gold activities, each as the gold writes it


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return prf(self.tp, self.tp + self.fp, self.tp + self.fn)[0]

    @property
    def recall(self) -> float:
        return prf(self.tp, self.tp + self.fp, self.tp + self.fn)[1]

    @property
    def f1(self) -> float:
        return prf(self.tp, self.tp + self.fp, self.tp + self.fn)[2]


def prf(right: int, found: int, expected: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of `found` items (facts, words) of which `right` are right, against
    `expected`. Nothing found is no mistake (precision 1) and nothing expected is nothing missed
    (recall 1), so an extractor that rightly finds nothing scores 1 throughout."""
    precision = right / found if found else 1.0
    recall = right / expected if expected else 1.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


@dataclass
class Detail:
    right: int = 0
    scored: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.scored if self.scored else 1.0


@dataclass
class Result:
    folder: Path
    documents: int
    scores: dict[str, Score]
    details: dict[str, Detail]  # by DETAILS label
    stated: tuple[str, ...] = KINDS  # the fact types the gold annotates, the only ones scored
    activity_kinds: dict[str, Score] = field(default_factory=dict)  # activities by kind
    activity_fields: dict[str, Detail] = field(default_factory=dict)  # by ACTIVITY_FIELDS


def gold_folder(path: Path, kind: str) -> Path:
    """The folder holding the `kind` ("nlp", "extract") gold under `path`: `path` itself, or its
    `kind` subfolder (so `--gold tests/gold` and `--gold tests/gold/nlp` read the same set)."""
    path = Path(path)
    if not path.is_dir():
        raise UserError(f"gold folder {path} not found")
    if (path / kind).is_dir() and not (path / "gold.jsonl").exists():
        return path / kind
    return path


def read_gold(folder: Path, seeds: Path | None = None) -> list[GoldDocument]:
    """The gold documents of a folder, in either format; `seeds` is where spans-format files that
    name a seed page find it."""
    folder = Path(folder)
    seeds = seeds or seeds_for(folder)
    if (folder / "gold.jsonl").exists():
        return [_facts_document(row, folder) for row in _json_lines(folder / "gold.jsonl")]
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise UserError(f"no gold files in {folder} (neither gold.jsonl nor *.yaml)")
    return [_span_document(path, seeds) for path in files]


def evaluate(gold_dir: Path | None = None, seeds: Path | None = None) -> Result:
    gold_dir = gold_dir or checkout_gold("nlp")
    documents = read_gold(gold_dir, seeds)
    stated = _stated_kinds(Path(gold_dir))
    scores = {kind: Score() for kind in KINDS}
    details = {label: Detail() for _, _, label in DETAILS}
    by_kind: dict[str, Score] = {}
    fields = {name: Detail() for name in ACTIVITY_FIELDS}
    for doc in documents:
        facts = find_facts(doc.text, doc.province, doc.published)
        for kind in MENTION_KINDS:
            if kind not in stated:
                continue
            found = [_found(m, kind) for m in getattr(facts, kind)]
            pairs = _match(scores[kind], doc, kind, doc.facts[kind], found)
            for fact_kind, name, label in DETAILS:
                if fact_kind == kind:
                    for gold, got in pairs:
                        _detail(details[label], doc.name, gold, got, name)
        if "activities" in stated:
            _match_activities(scores["activities"], by_kind, fields, doc, facts.activities)
    return Result(Path(gold_dir), len(documents), scores, details, stated, dict(sorted(by_kind.items())), fields)


def _stated_kinds(folder: Path) -> tuple[str, ...]:
    """The fact types a gold folder annotates: in the facts format, those some passage states (an
    activities set lists the documents it cites but no dates or counts); in the spans format, the
    four mention types."""
    path = folder / "gold.jsonl"
    if path.exists():
        rows = _json_lines(path)
        return tuple(kind for kind in KINDS if any(kind in row for row in rows))
    return MENTION_KINDS


def _match_activities(total: Score, by_kind: dict[str, Score], fields: dict[str, Detail], doc: GoldDocument, found: list) -> None:
    """An activity found matches a gold one of the same passage and kind whose trigger overlaps an
    occurrence of the gold's trigger, each found one standing for one gold one (the earlier gold
    first); then each field of the
    matched pair is compared, a null on both sides agreeing."""
    unmatched = list(found)
    for gold in doc.activities:
        kind = gold["kind"]
        score = by_kind.setdefault(kind, Score())
        spans = _trigger_spans(doc.text, gold["trigger"])
        match = next((a for a in unmatched if a.kind == kind and any(a.start < end and start < a.end for start, end in spans)), None)
        if match is None:
            for s in (score, total):
                s.fn += 1
                s.errors.append(f"{doc.name}: missed {kind} {gold['trigger']!r}")
            continue
        unmatched.remove(match)
        score.tp += 1
        total.tp += 1
        for name in ACTIVITY_FIELDS:
            wanted, given = _activity_value(gold, name), _activity_value(match, name)
            fields[name].scored += 1
            if wanted == given:
                fields[name].right += 1
            else:
                fields[name].errors.append(f"{doc.name}: {kind} {gold['trigger']!r} {name} {given!r}, gold {wanted!r}")
    for activity in unmatched:
        for s in (by_kind.setdefault(activity.kind, Score()), total):
            s.fp += 1
            s.errors.append(f"{doc.name}: spurious {activity.kind} {activity.trigger!r}")


def _trigger_spans(text: str, trigger: str) -> list[tuple[int, int]]:
    """Where a gold trigger stands in the normalised text (spacing as normalised): every occurrence,
    since the gold names a trigger by its words alone."""
    pattern = re.compile(r"\s+".join(map(re.escape, trigger.split())))
    spans = [(m.start(), m.end()) for m in pattern.finditer(text)]
    if not spans:
        raise UserError(f"activity trigger {trigger!r} is not in its passage's text")
    return spans


def _activity_value(activity, name: str):
    """A field as compared: lists as sets, dates with their precision, names with one spacing and
    tone placement."""
    value = activity[name] if isinstance(activity, dict) else getattr(activity, name)
    if name in ("places", "decisions"):
        return frozenset(value or ())
    if name == "date":
        precision = activity["precision"] if isinstance(activity, dict) else activity.precision
        return (_value(value), precision) if value else None
    if name in ("organizer", "audience") and value is not None:
        return _issuer_form(value)
    return value


def _gold_date(value) -> date | None:
    """A gold file's `published`: a YAML date already, or ISO text in a JSON line."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def _json_lines(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise UserError(f"{path}:{number}: not a JSON line ({error.msg})") from None
    return rows


def _facts_document(row: dict, folder: Path) -> GoldDocument:
    name = str(row.get("id", "?"))
    if "text" not in row:
        raise UserError(f"{folder / 'gold.jsonl'}: row {name} has no text")
    facts = {
        kind: [
            Fact(_key(entry, kind, name), str(entry.get("mention", entry.get("canonical", entry.get("name", "")))),
                 _stated(entry, kind), optional=bool(entry.get("optional")))
            for entry in row.get(kind) or []
        ]
        for kind in KINDS
    }
    return GoldDocument(name, normalize_text(row["text"]), row.get("province"), facts, by_span=False,
                        published=_gold_date(row.get("published")), activities=list(row.get("activities") or []))


def _span_document(path: Path, seeds: Path) -> GoldDocument:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(doc, dict) or not ("seed" in doc or "text" in doc):
        raise UserError(f"{path}: not a gold document (it names no text and no seed page)")
    if "seed" in doc:
        seed = Path(seeds) / doc["seed"]
        if not seed.exists():
            raise UserError(f"{path.name}: seed page {seed} not found (the gold set reads ../shared/seeds)")
        text = normalize_text(seed.read_text(encoding="utf-8"))
    else:
        text = normalize_text(doc["text"])
    facts = {kind: _locate(text, (doc.get("facts") or {}).get(kind) or [], path, kind) for kind in KINDS}
    return GoldDocument(path.name, text, doc.get("province"), facts, by_span=True, published=_gold_date(doc.get("published")))


def _locate(text: str, entries: list[dict], path: Path, kind: str) -> list[Fact]:
    seen: Counter = Counter()
    located = []
    for entry in entries:
        if "start" in entry:
            start = entry["start"]
            if text[start : start + len(entry["mention"])] != entry["mention"]:
                raise UserError(f"{path.name}: {kind} gold mention {entry['mention']!r} is not at offset {start}")
        else:
            anchor = entry.get("context", entry["mention"])
            seen[anchor] += 1
            position = -1
            for _ in range(seen[anchor]):
                position = text.find(anchor, position + 1)
                if position == -1:
                    raise UserError(f"{path.name}: {kind} gold mention {anchor!r} occurs fewer than {seen[anchor]} times in the text")
            start = text.index(entry["mention"], position)
        end = start + len(entry["mention"])
        located.append(Fact(_key(entry, kind, path.name), entry["mention"], _stated(entry, kind), start, end, bool(entry.get("optional"))))
    return located


def _key(entry: dict, kind: str, name: str) -> tuple:
    try:
        return tuple(_value(entry[k]) for k in KEYS[kind])
    except KeyError as error:
        raise UserError(f"{name}: a {kind} gold entry has no {error.args[0]!r}") from None


def _stated(entry: dict, kind: str) -> dict:
    return {name: _value(entry[name]) for fact_kind, name, _ in DETAILS if fact_kind == kind and name in entry}


def _found(mention, kind: str) -> Fact:
    details = {name: _value(getattr(mention, name)) for fact_kind, name, _ in DETAILS if fact_kind == kind}
    return Fact(tuple(_value(getattr(mention, k)) for k in KEYS[kind]), mention.mention, details, mention.start, mention.end)


def _value(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return value


def _match(score: Score, doc: GoldDocument, kind: str, gold: list[Fact], found: list[Fact]) -> list[tuple[Fact, list[Fact]]]:
    """Counts right, missed and spurious facts into `score`; returns each matched gold fact with
    the found facts it stands for (one in spans format; every mention of the key in facts format)."""
    if doc.by_span:
        unmatched = list(found)
        groups = []
        for g in gold:
            # Where the gold states the detail, a found fact that also agrees on it is taken first.
            candidates = [f for f in unmatched if f.start < g.end and g.start < f.end and f.key == g.key]
            match = next((f for f in candidates if all(f.details.get(k) == v for k, v in g.details.items())), None)
            match = match or next(iter(candidates), None)
            if match is not None:
                unmatched.remove(match)
            groups.append((g, [match] if match else []))
    else:
        by_key: dict[tuple, list[Fact]] = {}
        for f in found:
            by_key.setdefault(f.key, []).append(f)
        groups = [(g, [f for key, fs in by_key.items() if _covers(g.key, key, kind) for f in fs]) for g in _distinct(gold)]
        unmatched = [fs[0] for key, fs in by_key.items() if not any(_covers(g.key, key, kind) for g in gold)]
    pairs = []
    for g, got in groups:
        if g.optional:
            continue
        if got:
            score.tp += 1
            pairs.append((g, got))
        else:
            score.fn += 1
            score.errors.append(f"{doc.name}: missed {g.mention!r} {g.key}")
    for f in unmatched:
        score.fp += 1
        score.errors.append(f"{doc.name}: spurious {f.mention!r} {f.key}")
    return pairs


def _covers(gold_key: tuple, found_key: tuple, kind: str) -> bool:
    """A found key stands for a gold fact with the same key; a reference the gold gives by number
    only ("1719", for "Chương trình MTQG 1719") stands for any code of that number."""
    if gold_key == found_key:
        return True
    number, canonical = gold_key[0], found_key[0]
    return kind == "decisions" and isinstance(number, str) and number.isdigit() and bool(canonical) and re.match(rf"{number}[/-]", canonical) is not None


def _distinct(gold: list[Fact]) -> list[Fact]:
    """One gold fact per key, a required one before an optional one: the facts format states a
    fact once per passage, and a found key can stand for one fact only."""
    kept: dict[tuple, Fact] = {}
    for g in sorted(gold, key=lambda g: g.optional):
        kept.setdefault(g.key, g)
    return list(kept.values())


def _detail(detail: Detail, name: str, gold: Fact, got: list[Fact], field_name: str) -> None:
    if field_name not in gold.details:
        return
    wanted = gold.details[field_name]
    values = [f.details.get(field_name) for f in got]
    # Of several mentions of one document, the one that states the field speaks for it.
    given = next((v for v in values if v is not None), None)
    if wanted is None and given is None:
        return
    detail.scored += 1
    if _same(wanted, given, field_name):
        detail.right += 1
    else:
        detail.errors.append(f"{name}: {gold.mention!r} {field_name} {given!r}, gold {wanted!r}")


def _same(wanted, given, field_name: str) -> bool:
    if field_name == "issuer" and wanted is not None and given is not None:
        return _issuer_form(wanted) == _issuer_form(given)
    return wanted == given


def _issuer_form(name: str) -> str:
    name = " ".join(unicodedata.normalize("NFC", name).split())
    return re.sub("uỷ", "ủy", re.sub("Uỷ", "Ủy", name))


def report(result: Result) -> str:
    try:
        where = result.folder.resolve().relative_to(REPO)
    except ValueError:
        where = result.folder
    lines = [f"gold set: {result.documents} documents ({where})", "", f"{'fact type':<10} {'gold':>5} {'found':>6} {'precision':>10} {'recall':>7} {'F1':>6}"]
    for kind in result.stated:
        lines.append(_score_line(kind, result.scores[kind]))
    lines.append("")
    for kind, _, label in DETAILS:
        if kind in result.stated:
            d = result.details[label]
            what = "references" if kind == "decisions" else "counts"
            lines.append(f"matched {what}, {label} right: {d.right}/{d.scored} ({d.accuracy:.3f})")
    if "activities" in result.stated:
        lines += ["", f"{'activities':<10} {'gold':>5} {'found':>6} {'precision':>10} {'recall':>7} {'F1':>6}"]
        lines += [_score_line(kind, score) for kind, score in result.activity_kinds.items()]
        lines += [_score_line("all", result.scores["activities"]), ""]
        for name, d in result.activity_fields.items():
            lines.append(f"matched activities, {name} right: {d.right}/{d.scored} ({d.accuracy:.3f})")
    return "\n".join(lines)


def _score_line(label: str, s: Score) -> str:
    return f"{label:<10} {s.tp + s.fn:>5} {s.tp + s.fp:>6} {s.precision:>10.3f} {s.recall:>7.3f} {s.f1:>6.3f}"
