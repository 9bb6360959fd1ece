"""Issue 25: a batch is all or nothing. Whatever moment the disk fills or the process dies, every
table is as it was before the batch, or wholly after it, never a mix; `check` finds the tables
consistent, and the next run completes the batch and clears what the interrupted one left.

A full disk is named in one line with the free space. The batch both adds articles and replaces
two stored ones (their pages were captured again), so it rewrites older parts as well as writing
new ones.
"""
from __future__ import annotations

import contextlib
import io
import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from checkout import REPO
from sample_portals import expected_articles
from test_reliability import write_captures
from vncorpus.corpus.cli import main
from vncorpus.corpus.pipeline import process
from vncorpus.corpus.schema import TABLES

ERROR_START = "vncorpus: error: no space left on device: "


def table_rows(data: Path) -> dict[str, list[tuple]]:
    """Every table's rows, read as DESIGN.md's readers read them (the glob), in a stable order."""
    con = duckdb.connect()
    try:
        return {
            t: sorted(con.execute(f"SELECT * FROM read_parquet('{data}/tables/{t}/**/*.parquet', union_by_name = true)").fetchall(), key=repr)
            for t in TABLES
        }
    finally:
        con.close()


def cli(*args: str, limit: int | None = None) -> subprocess.CompletedProcess:
    def limited():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of death, as a quota behaves
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {k: v for k, v in os.environ.items() if k != "VNCORPUS_DEBUG"}
    return subprocess.run([sys.executable, "-m", "vncorpus.corpus.cli", *args], capture_output=True, text=True, cwd=REPO,
                          env=env, timeout=300, preexec_fn=limited if limit is not None else None)


@pytest.fixture(scope="module")
def before_batch(tmp_path_factory) -> Path:
    """Eight articles stored; four new captures and two new captures of stored pages waiting."""
    data = tmp_path_factory.mktemp("disk-full") / "data"
    pages = [(f"http://127.0.0.1:9{a.path}", a.file.read_bytes()) for a in expected_articles()]
    write_captures(data, pages[:8], "run1")
    assert process(data).articles == 8
    changed = [(url, body.replace(b"</body>", "<p>Cập nhật: thêm 120 cán bộ tham dự.</p></body>".encode())) for url, body in pages[:2]]
    write_captures(data, pages[8:] + changed, "run2")
    return data


@pytest.fixture(scope="module")
def after_batch(before_batch, tmp_path_factory) -> dict[str, list[tuple]]:
    data = tmp_path_factory.mktemp("disk-full-reference") / "data"
    shutil.copytree(before_batch, data, symlinks=True)
    assert process(data).captures == 6
    return table_rows(data)


def _mounts_permitted() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"], capture_output=True).returncode == 0


def _process_on_small_tmpfs(data: Path, free_kib: int, out: Path) -> tuple[int, str]:
    """`process` on a copy of `data` on a tmpfs with `free_kib` KiB left; the data dir as the
    command left it is copied back to `out`. The tmpfs lives in a mount namespace of its own and
    is unmounted however the script ends."""
    mount = out.parent / f"tmpfs-{free_kib}"
    mount.mkdir()
    script = f"""
mount -t tmpfs -o size=16m tmpfs {mount}
trap 'umount {mount}' EXIT
cp -a {data} {mount}/data
used=$(df -k --output=used {mount} | tail -1)
mount -o remount,size=$((used + {free_kib}))k {mount}
set +e
{sys.executable} -m vncorpus.corpus.cli process --data-dir {mount}/data 2> {out.parent}/stderr-{free_kib}
echo $? > {out.parent}/exit-{free_kib}
set -e
cp -a {mount}/data {out}
"""
    subprocess.run(["unshare", "-m", "sh", "-ec", script], check=True, capture_output=True, cwd=REPO, timeout=300,
                   env={k: v for k, v in os.environ.items() if k != "VNCORPUS_DEBUG"})
    return int((out.parent / f"exit-{free_kib}").read_text()), (out.parent / f"stderr-{free_kib}").read_text()


def check(data: Path) -> tuple[int, str]:
    """`vncorpus check` in this process (no interpreter start-up per call)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["check", "--data-dir", str(data)])
    return status, out.getvalue()


# Room left for the batch: from none to most of what it needs (about 150 KiB on a tmpfs). With a
# file size limit the parts are the largest files written (WAL pages and parts of a few KiB).
CASES = [
    *[pytest.param("tmpfs", kib, id=f"tmpfs-{kib}KiB") for kib in (0, 16, 48, 64, 128)],
    *[pytest.param("file size limit", kib, id=f"fsize-{kib}KiB") for kib in (0, 8, 16)],
]


@pytest.mark.parametrize("way, free_kib", CASES)
def test_a_full_disk_leaves_the_tables_whole_and_the_next_run_completes(before_batch, after_batch, tmp_path, way, free_kib):
    if way == "tmpfs" and not _mounts_permitted():
        pytest.skip("mounting a tmpfs is not permitted here; the file size limit cases cover the same writes")
    out = tmp_path / "data"
    if way == "tmpfs":
        status, stderr = _process_on_small_tmpfs(before_batch, free_kib, out)
    else:
        # No file may grow past this size: the first write past it fails with EFBIG.
        shutil.copytree(before_batch, out, symlinks=True)
        result = cli("process", "--data-dir", str(out), limit=free_kib * 1024)
        status, stderr = result.returncode, result.stderr
    lines = stderr.strip().splitlines()
    assert status == 2 and len(lines) == 1 and lines[0].startswith(ERROR_START) and " MB free in " in lines[0], stderr
    # Before the batch, or wholly after it when only the capture index failed to record it.
    rows = table_rows(out)
    assert rows == table_rows(before_batch) or rows == after_batch, "the tables are a mix"
    status, report = check(out)
    assert status == 0 and "no damage found" in report, report
    # With room again, the next run completes everything, once.
    assert process(out).captures == 6
    assert table_rows(out) == after_batch
    assert check(out)[0] == 0
    assert process(out).captures == 0


def _dies_on_call(real, n: int):
    """`real`, except that its `n`th call raises KeyboardInterrupt (a kill at that point) instead."""
    calls = []

    def wrapper(*args, **kwargs):
        calls.append(1)
        if len(calls) == n:
            raise KeyboardInterrupt
        return real(*args, **kwargs)
    return wrapper


def _dies_after(real):
    def wrapper(*args, **kwargs):
        real(*args, **kwargs)
        raise KeyboardInterrupt
    return wrapper


def _real_tables_folder(data: Path) -> None:
    """The layout of a data dir from before generations: DIR/tables a real folder."""
    real = data / "tables"
    generation = real.resolve()
    real.unlink()
    shutil.copytree(generation, real)
    shutil.rmtree(data / "generations")


@pytest.mark.parametrize("layout, step", [
    ("generations", "half the tables written"),
    ("generations", "before the link is swapped"),
    ("generations", "after the link is swapped"),
    ("real folder", "half the files linked into the first generation"),
    ("real folder", "after the exchange, before the old folder goes"),
])
def test_a_batch_killed_at_any_step_leaves_old_or_new_tables_and_the_next_run_completes(
    before_batch, after_batch, tmp_path, monkeypatch, layout, step
):
    import vncorpus.corpus.generations as generations
    import vncorpus.corpus.tables as tables

    data = tmp_path / "data"
    shutil.copytree(before_batch, data, symlinks=True)
    if layout == "real folder":
        _real_tables_folder(data)
    before = table_rows(data)
    if step == "half the tables written":
        monkeypatch.setattr(tables, "_next_table", _dies_on_call(tables._next_table, 3))
    elif step == "before the link is swapped":
        monkeypatch.setattr(generations, "point_tables_at", _dies_on_call(generations.point_tables_at, 1))
    elif step == "after the link is swapped":
        monkeypatch.setattr(generations, "point_tables_at", _dies_after(generations.point_tables_at))
    elif step == "half the files linked into the first generation":
        monkeypatch.setattr(generations, "link_or_copy", _dies_on_call(generations.link_or_copy, 8))
    else:
        monkeypatch.setattr(generations, "_exchange", _dies_after(generations._exchange))
    with pytest.raises(KeyboardInterrupt):
        process(data)
    monkeypatch.undo()

    rows = table_rows(data)
    assert rows == (after_batch if step == "after the link is swapped" else before)
    assert check(data)[0] == 0
    assert process(data).captures == 6
    assert table_rows(data) == after_batch
    # What the killed run left is gone: no half-made link or folder, two generations at most.
    assert (data / "tables").is_symlink() and not list(data.glob(".tables*"))
    assert len(list((data / "generations").iterdir())) <= 2
    assert check(data)[0] == 0
