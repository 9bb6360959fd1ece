"""`vncorpus eval nlp`: precision, recall and F1 of the four extractors against the gold set in
tests/gold/nlp/ (the five seed pages, the sample articles, hand-written hard cases).

A gold file holds a text (inline, or a seed page by name, normalised as the pipeline does) and,
per fact type, its facts. Each gold mention is placed by its `start` offset (checked against the
text) or, in hand-written files, by its string: the k-th entry with the same string is its k-th
occurrence, or the occurrence inside `context` when the string alone is ambiguous. A found fact counts as correct when its span overlaps a gold
fact's span and the fields that matter agree (decisions: canonical; dates: date and precision;
counts: value and unit; places: name and level).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from corpus.errors import UserError
from extract.normalize import normalize_text
from nlp.find import find_facts

REPO = Path(__file__).resolve().parent.parent
GOLD_DIR = REPO / "tests" / "gold" / "nlp"
SEEDS_DIR = REPO.parent / "shared" / "seeds"
KEYS = {"decisions": ("canonical",), "dates": ("date", "precision"), "counts": ("value", "unit"), "places": ("name", "level")}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(gold_dir: Path = GOLD_DIR) -> tuple[dict[str, Score], int]:
    files = sorted(Path(gold_dir).glob("*.yaml"))
    if not files:
        raise UserError(f"no gold files in {gold_dir}")
    scores: dict[str, Score] = defaultdict(Score)
    for path in files:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = _text(doc, path)
        facts = find_facts(text, doc.get("province"), doc.get("published"))
        for kind, keys in KEYS.items():
            gold = _locate(text, doc["facts"].get(kind) or [], path, kind)
            found = [(m.start, m.end, tuple(_value(getattr(m, k)) for k in keys), m.mention) for m in getattr(facts, kind)]
            _score(scores[kind], gold, found, path.name)
    return dict(scores), len(files)


def _text(doc: dict, path: Path) -> str:
    if "seed" in doc:
        seed = SEEDS_DIR / doc["seed"]
        if not seed.exists():
            raise UserError(f"{path.name}: seed page {seed} not found (the gold set reads ../shared/seeds)")
        return normalize_text(seed.read_text(encoding="utf-8"))
    return normalize_text(doc["text"])


def _locate(text: str, entries: list[dict], path: Path, kind: str) -> list[tuple[int, int, tuple, str]]:
    seen: Counter = Counter()
    located = []
    for entry in entries:
        if "start" in entry:
            start = entry["start"]
            if text[start : start + len(entry["mention"])] != entry["mention"]:
                raise UserError(f"{path.name}: {kind} gold mention {entry['mention']!r} is not at offset {start}")
            located.append((start, start + len(entry["mention"]), tuple(_value(entry[k]) for k in KEYS[kind]), entry["mention"]))
            continue
        anchor = entry.get("context", entry["mention"])
        seen[anchor] += 1
        position = -1
        for _ in range(seen[anchor]):
            position = text.find(anchor, position + 1)
            if position == -1:
                raise UserError(f"{path.name}: {kind} gold mention {anchor!r} occurs fewer than {seen[anchor]} times in the text")
        start = text.index(entry["mention"], position)
        located.append((start, start + len(entry["mention"]), tuple(_value(entry[k]) for k in KEYS[kind]), entry["mention"]))
    return located


def _value(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return value


def _score(score: Score, gold: list, found: list, name: str) -> None:
    unmatched = list(found)
    for g_start, g_end, g_key, g_mention in gold:
        match = next((f for f in unmatched if f[0] < g_end and g_start < f[1] and f[2] == g_key), None)
        if match is None:
            score.fn += 1
            score.errors.append(f"{name}: missed {g_mention!r} {g_key}")
        else:
            score.tp += 1
            unmatched.remove(match)
    for f in unmatched:
        score.fp += 1
        score.errors.append(f"{name}: spurious {f[3]!r} {f[2]}")


def report(scores: dict[str, Score], documents: int) -> str:
    lines = [f"gold set: {documents} documents ({GOLD_DIR.relative_to(REPO)})", "", f"{'fact type':<10} {'gold':>5} {'found':>6} {'precision':>10} {'recall':>7} {'F1':>6}"]
    for kind in KEYS:
        s = scores[kind]
        lines.append(f"{kind:<10} {s.tp + s.fn:>5} {s.tp + s.fp:>6} {s.precision:>10.3f} {s.recall:>7.3f} {s.f1:>6.3f}")
    return "\n".join(lines)
