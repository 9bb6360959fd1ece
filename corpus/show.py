"""`vncorpus show ARTICLE_ID`: an article in the terminal with its facts highlighted, and where
it came from (URL and raw capture)."""
from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.text import Text

from corpus.catalog import connect
from crawler.errors import UserError

# One colour per fact type (nlp.models.FACT_TYPES), the same in the text and in the legend.
STYLES = {"decisions": "bold magenta", "dates": "cyan", "counts": "bold green", "places": "yellow"}


def show(data_dir: str | Path, article_id: str, console: Console | None = None) -> None:
    console = console or Console()
    con = connect(data_dir)
    try:
        row = con.execute(
            "SELECT title, url, source_id, province, published, author, capture_id, text FROM articles WHERE article_id = ?",
            [article_id],
        ).fetchone()
        if row is None:
            raise UserError(f"no article with id {article_id!r}")
        title, url, source_id, province, published, author, capture_id, text = row
        spans = {
            kind: con.execute(f'SELECT start, "end" FROM {kind} WHERE article_id = ? ORDER BY start', [article_id]).fetchall()
            for kind in STYLES
        }
    finally:
        con.close()
    body = Text(text)
    for kind, style in STYLES.items():
        for start, end in spans[kind]:
            body.stylize(style, start, end)
    console.print(Text(title, style="bold underline"))
    console.print(f"{published or 'no date'} · {province or 'no province'} · {source_id} · {author or 'no author'}")
    console.print(f"{url}\ncapture {capture_id}", style="dim")
    console.print(Text("  ").join(Text(f"{kind} ({len(spans[kind])})", style=style) for kind, style in STYLES.items()))
    console.print()
    console.print(body)
