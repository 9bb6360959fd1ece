"""The deploy files do what their comments say, run for real in a scratch root."""
from __future__ import annotations

import os
import shlex
import subprocess

from checkout import REPO


def test_crontab_line_creates_its_log_folder_on_a_new_data_dir(tmp_path):
    [line] = [entry for entry in (REPO / "deploy" / "crontab").read_text(encoding="utf-8").splitlines() if entry and not entry.startswith("#")]
    command = line.split(None, 5)[5].replace("/srv/vncorpus", str(tmp_path)).replace("/tmp/vncorpus.cron.lock", str(tmp_path / "cron.lock"))
    # A stand-in for the venv's vncorpus: this test is about the shell plumbing around it.
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "vncorpus").write_text('#!/bin/sh\necho "vncorpus $*"\n')
    (bin_dir / "vncorpus").chmod(0o755)
    result = subprocess.run(["/bin/sh", "-c", command], capture_output=True, text=True, env={"PATH": os.environ["PATH"]})
    assert result.returncode == 0, result.stderr
    log = tmp_path / "data" / "logs" / "nightly.log"
    assert log.read_text() == f"vncorpus run --data-dir {shlex.quote(str(tmp_path / 'data'))}\n"


def test_systemd_unit_sends_the_run_summary_to_the_journal():
    unit = (REPO / "deploy" / "vncorpus.service").read_text(encoding="utf-8")
    settings = dict(entry.split("=", 1) for entry in unit.splitlines() if "=" in entry and not entry.startswith("#"))
    assert settings["StandardOutput"] == "journal" and settings["SyslogIdentifier"] == "vncorpus"
    assert settings["ExecStart"].split()[1:3] == ["run", "--data-dir"]
