"""Rows to a terminal, a pipe or a file, as they arrive: `vncorpus query` never holds a whole
result in memory, and a file it writes appears whole or not at all."""
from __future__ import annotations

import csv
import dataclasses
import json
import textwrap
from contextlib import contextmanager
from datetime import date, datetime, time
from decimal import Decimal
from itertools import chain
from pathlib import Path
from typing import IO, Iterable, Iterator

from vncorpus.crawler.atomic import atomic_path
from vncorpus.crawler.errors import UserError

FORMATS = ("table", "csv", "json")

# A table is for reading: its column widths are fixed from the first batch, so that its first
# lines print at once, and capped, so that one article text does not push the rest off screen.
# A longer cell is cut with "…"; csv and json give every value whole.
MAX_WIDTH = 60


def write_rows(columns: list[str], batches: Iterable[list[tuple]], fmt: str, out: IO[str], max_width: int | None = MAX_WIDTH) -> int:
    """Write rows batch by batch in `fmt` (table, csv or json); returns the row count.
    `max_width` caps a table's columns (None: as wide as the first batch needs)."""
    if fmt == "json":
        return _write_json(columns, batches, out)
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        count = 0
        for batch in batches:
            writer.writerows([[cell(v) for v in row] for row in batch])
            count += len(batch)
        return count
    return _write_table(columns, batches, out, max_width)


def _write_json(columns: list[str], batches: Iterable[list[tuple]], out: IO[str]) -> int:
    # The same document json.dump(rows, indent=2) gives, written one row at a time.
    count = 0
    out.write("[")
    for batch in batches:
        for row in batch:
            out.write(",\n" if count else "\n")
            out.write(textwrap.indent(json.dumps(dict(zip(columns, row)), ensure_ascii=False, indent=2, default=json_value), "  "))
            count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def _write_table(columns: list[str], batches: Iterable[list[tuple]], out: IO[str], max_width: int | None) -> int:
    batches = iter(batches)
    first = next(batches, [])
    cells = [[cell(v) for v in row] for row in first]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    widths = [min(w, max(max_width, len(c))) for w, c in zip(widths, columns)] if max_width else widths
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    count = 0
    for batch in chain([first], batches):
        for row in batch:
            out.write("  ".join(_fit(cell(v), w) for v, w in zip(row, widths)).rstrip() + "\n")
        count += len(batch)
    out.write(f"({count} row{'s' if count != 1 else ''})\n")
    return count


def _fit(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"


@contextmanager
def atomic_output(path: Path, keep_out_of: Path | None = None) -> Iterator[IO[str]]:
    """A text handle whose file appears at `path` whole, or not at all (crawler.atomic's rules);
    `keep_out_of` names a folder the file must not land in (the data dir, which a read-only
    command must not change)."""
    path = Path(path)
    if keep_out_of is not None and path.parent.resolve().is_relative_to(Path(keep_out_of).resolve()):
        raise UserError(f"cannot write {path}: it is inside the data dir {keep_out_of}, which this command does not change")
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as handle:
        yield handle


def json_value(value):
    """JSON for what DuckDB returns beyond JSON's own types."""
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if dataclasses.is_dataclass(value):
        return dataclasses.asdict(value)
    if isinstance(value, Decimal):  # sum() of integers
        return float(value)
    return str(value)  # UUID, interval, blob: their usual spelling


def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\n", " ")
