"""The activities gold (tests/gold/activities-dev, -heldout), written blind before any activities
extractor: well formed, split by source, and as large as issue #23 asks."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent.parent / "gold"
SPLITS = ("dev", "heldout")
# DESIGN.md's activities.kind values.
KINDS = {"meeting", "training", "outreach", "media", "publication", "contest", "exchange", "document", "inspection", "exhibition", "support"}
FIELDS = {"kind", "trigger", "events", "participants", "audience", "places", "date", "precision", "organizer", "decisions", "status"}
ROLES = {"implements", "basis", "mentions"}


def rows(split: str) -> list[dict]:
    path = GOLD / f"activities-{split}" / "gold.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("split", SPLITS)
def test_rows_are_well_formed(split):
    for row in rows(split):
        assert row["split"] == split and row["text"] and row["source"], row["id"]
        for activity in row["activities"]:
            assert set(activity) == FIELDS, row["id"]
            assert activity["trigger"] in row["text"], (row["id"], activity["trigger"])
            assert activity["kind"] in KINDS, (row["id"], activity["kind"])
            assert activity["status"] in {"done", "planned"}, row["id"]
            assert (activity["date"] is None) == (activity["precision"] is None), row["id"]
        for decision in row.get("decisions", []):
            assert decision["role"] in ROLES, row["id"]


def test_split_by_source():
    dev, heldout = ({row["source"] for row in rows(split)} for split in SPLITS)
    assert not dev & heldout
    ids = [row["id"] for split in SPLITS for row in rows(split)]
    assert len(ids) == len(set(ids))


@pytest.mark.xfail(strict=True, reason="issue #23 asks for 150 activities; 48 are written so far (27 dev, 21 held out)")
def test_at_least_150_activities():
    assert sum(len(row["activities"]) for split in SPLITS for row in rows(split)) >= 150
