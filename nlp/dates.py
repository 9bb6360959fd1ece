"""Dates in article text, with their precision: day, month or year."""
from __future__ import annotations

from datetime import date

from vncorpus.nlp.models import DateMention
from vncorpus.nlp.regexes import DATE, LEADING_DAY


def find_dates(text: str) -> list[DateMention]:
    found: list[DateMention] = []
    for match in DATE.finditer(text):
        g = match.groupdict()
        if g["wyear"]:  # "ngày 5 tháng 8 năm 2020"
            mention = _day(text, match, g["wyear"], g["wmonth"], g["wday"])
        elif g["year"]:  # "05/8/2020"
            mention = _day(text, match, g["year"], g["month"], g["day"])
        elif g["myear"]:  # "tháng 9/2023"
            month = int(g["mmonth"])
            mention = _make(text, match.start(), match.end(), date(int(g["myear"]), month, 1), "month") if 1 <= month <= 12 else None
        elif g["from"]:  # "giai đoạn 2021 - 2030": two year mentions, one per year
            for group in ("from", "to"):
                found.append(_make(text, match.start(group), match.end(group), date(int(g[group]), 1, 1), "year"))
            continue
        else:  # "năm 2022": the mention is the whole phrase
            mention = _make(text, match.start(), match.end(), date(int(g["yyear"]), 1, 1), "year")
        if mention is not None:
            found.append(mention)
    for match in LEADING_DAY.finditer(text):  # "ngày 14 và 15/11/2022": the 14th is a date too
        value = valid_date(match["lyear"], match["lmonth"], match["lday"])
        if value:
            found.append(_make(text, match.start("lday"), match.end("lday"), value, "day"))
    return sorted(found, key=lambda d: d.start)


def valid_date(year, month, day) -> date | None:
    """The date, or None when there is none such ("31/02/2020"); parts may be strings."""
    try:
        return date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None


def _day(text, match, year: str, month: str, day: str) -> DateMention | None:
    value = valid_date(year, month, day)
    return _make(text, match.start(), match.end(), value, "day") if value else None


def _make(text: str, start: int, end: int, value: date, precision: str) -> DateMention:
    return DateMention(date=value, precision=precision, mention=text[start:end], start=start, end=end)
