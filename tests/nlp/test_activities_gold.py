"""The activities gold (tests/gold/activities-dev, -heldout), written blind before any activities
extractor: well formed, split by source, and as large as issue #23 asks."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent.parent / "gold"
SPLITS = ("dev", "heldout")
# DESIGN.md's activities.kind values.
KINDS = {"meeting", "training", "outreach", "media", "publication", "contest", "exchange", "document", "inspection", "exhibition", "support"}
FIELDS = {"kind", "trigger", "events", "participants", "audience", "places", "date", "precision", "organizer", "decisions", "status"}
ROLES = {"implements", "basis", "mentions"}
# A date at month or year precision is written as its first day, as elsewhere in the gold.
PRECISION_SUFFIX = {"day": "", "month": "-01", "year": "-01-01"}


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
            if activity["date"] is not None:
                date.fromisoformat(activity["date"])
                assert activity["date"].endswith(PRECISION_SUFFIX[activity["precision"]]), (row["id"], activity["date"])
            for count in (activity["events"], activity["participants"]):
                assert count is None or (type(count) is int and count > 0), (row["id"], activity["trigger"])
            assert all(isinstance(place, str) and place for place in activity["places"]), row["id"]
        canonicals = [decision["canonical"] for decision in row.get("decisions", [])]
        # One role per document per text; what an activity carries out is a document the passage cites.
        assert len(canonicals) == len(set(canonicals)), row["id"]
        for decision in row.get("decisions", []):
            assert decision["role"] in ROLES, row["id"]
        for activity in row["activities"]:
            assert set(activity["decisions"]) <= set(canonicals), (row["id"], activity["trigger"])


@pytest.mark.parametrize("split", SPLITS)
def test_each_half_measures_every_kind_and_status(split):
    activities = [activity for row in rows(split) for activity in row["activities"]]
    assert {activity["kind"] for activity in activities} == KINDS
    assert {activity["status"] for activity in activities} == {"done", "planned"}
    # Passages without any activity (aims, duties, targets, re-mentions) are what measure precision.
    assert any(not row["activities"] for row in rows(split))


def test_split_by_source():
    dev, heldout = ({row["source"] for row in rows(split)} for split in SPLITS)
    assert not dev & heldout
    ids = [row["id"] for split in SPLITS for row in rows(split)]
    assert len(ids) == len(set(ids))


def test_at_least_150_activities():
    assert sum(len(row["activities"]) for split in SPLITS for row in rows(split)) >= 150
