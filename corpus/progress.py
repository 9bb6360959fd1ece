"""Progress of long work, where the person waiting will see it: a live display when standard
error is a terminal, one plain line every PROGRESS_INTERVAL seconds otherwise (the journal, a
cron log), where a redrawn display would be noise."""
from __future__ import annotations

import os
import sys
import time

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
from rich.text import Text

# Seconds between plain progress lines; VNCORPUS_PROGRESS_INTERVAL overrides it (0 turns them off).
PROGRESS_INTERVAL = 60.0


def interval(default: float = PROGRESS_INTERVAL) -> float:
    value = os.environ.get("VNCORPUS_PROGRESS_INTERVAL")
    try:
        return float(value) if value else default
    except ValueError:
        return default


def live_terminal() -> bool:
    """Whether standard error is a terminal someone watches (and not a dumb one)."""
    return sys.stderr.isatty() and os.environ.get("TERM") != "dumb"


def plain_eta(done: int, total: int, seconds: float) -> str:
    """`… 500/1,500 captures processed, 71/s, about 14 s left`, for logs."""
    rate = done / seconds if seconds > 0 else 0.0
    left = f", about {duration((total - done) / rate)} left" if rate and done < total else ""
    return f"… {done:,}/{total:,} captures processed, {rate:,.0f}/s{left}"


def duration(seconds: float) -> str:
    """`14 s`, `3 min 05 s`, `2 h 07 min`."""
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min {secs:02d} s" if minutes else f"{secs} s"


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
        self.task = None

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
