"""Processing progress where the person waiting will see it: a live bar when standard error is
a terminal, one plain line every crawler.progress.PROGRESS_INTERVAL seconds otherwise (the journal, a cron log),
where a redrawn display would be noise. The crawl's display (crawler/progress.py) follows the
same rules, which live there, in the lower layer."""
from __future__ import annotations

import sys
import time

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TaskID, TextColumn, TimeRemainingColumn
from rich.text import Text

from vncorpus.crawler.progress import duration, interval, live_terminal


def plain_eta(done: int, total: int, seconds: float) -> str:
    """`… 500/1,500 captures processed, 71/s, about 14 s left`, for logs."""
    rate = done / seconds if seconds > 0 else 0.0
    left = f", about {duration((total - done) / rate)} left" if rate and done < total else ""
    return f"… {done:,}/{total:,} captures processed, {rate:,.0f}/s{left}"


class _Rate(ProgressColumn):
    """Captures per second (rich's own speed column counts bytes)."""

    def render(self, task) -> Text:
        return Text(f"{task.speed:,.0f}/s" if task.speed else "…/s", style="progress.data.speed")


class ProcessProgress:
    """A `progress(done, total)` callback for corpus.pipeline.process, used as a context manager."""

    def __init__(self, live: bool | None = None, every: float | None = None):
        self.live = live_terminal() if live is None else live
        self.every = interval() if every is None else every
        self.started = time.monotonic()
        self.last_line = self.started
        self.bar: Progress | None = None
        self.task: TaskID | None = None

    def __enter__(self) -> "ProcessProgress":
        if self.live:
            self.bar = Progress(
                TextColumn("processing"), BarColumn(), MofNCompleteColumn(), TextColumn("captures"), _Rate(),
                TimeRemainingColumn(), console=Console(stderr=True), transient=True,
            )
            self.bar.start()
        return self

    def __call__(self, done: int, total: int) -> None:
        if self.bar is not None:
            if self.task is None:
                self.task = self.bar.add_task("process", total=total)
            self.bar.update(self.task, completed=done, total=total)
            return
        now = time.monotonic()
        if self.every > 0 and now - self.last_line >= self.every and done < total:
            self.last_line = now
            print(plain_eta(done, total, now - self.started), file=sys.stderr, flush=True)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()
