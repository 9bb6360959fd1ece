"""What each mention of a document means in its text: `implements` (the text reports or plans
carrying it out), `basis` (cited as legal basis), `mentions` (named in passing).

A mention's role is read from the clause around it: the word governing it (regexes.ROLE_CUE), a
paragraph opening with "Căn cứ", or the governing word of the list it belongs to. A document takes
one role per text, the strongest of its mentions' (implements > basis > mentions), so every row of
one canonical in one article agrees.
"""
from __future__ import annotations

from dataclasses import replace

from vncorpus.nlp.models import DecisionMention
from vncorpus.nlp.regexes import BASIS_PARAGRAPH, NEVER_CARRIED_OUT, ROLE_CUE, ROLE_LIST_GAP, ROLE_REACH, ROLES


def with_roles(text: str, mentions: list[DecisionMention]) -> list[DecisionMention]:
    """`mentions` (in text order) with their roles set."""
    own: list[str] = []
    latest: dict[str, str] = {}  # each document's role where it was last named
    for i, mention in enumerate(mentions):
        role = _own_role(text, mention)
        if role is None:
            before = mentions[i - 1] if i else None
            shares_list = before is not None and before.end <= mention.start and ROLE_LIST_GAP.fullmatch(text, before.end, mention.start)
            # A document's short name in brackets ("… về ban hành Kế hoạch … (Nghị quyết số 50/NQ-CP)")
            # names it as it was read where the text gave it in full.
            short_name = text[max(0, mention.start - 3) : mention.start].rstrip().endswith("(")
            named = latest.get(mention.canonical or "") if short_name else None
            role = named or (own[-1] if shares_list else "mentions")
        own.append(role)
        if mention.canonical is not None:
            latest[mention.canonical] = role
    strongest: dict[str, str] = {}
    for mention, role in zip(mentions, own):
        if mention.canonical is not None:
            strongest[mention.canonical] = min(role, strongest.get(mention.canonical, role), key=ROLES.index)
    return [
        replace(m, role=strongest[m.canonical] if m.canonical is not None else role)
        for m, role in zip(mentions, own)
    ]


def _own_role(text: str, mention: DecisionMention) -> str | None:
    """The role the clause gives this mention by itself; None when no word governs it (a list's
    later item takes its list's)."""
    if mention.doc_type in NEVER_CARRIED_OUT:
        return "mentions"
    line_start = text.rfind("\n", 0, mention.start) + 1
    if BASIS_PARAGRAPH.match(text, max(0, line_start - 1), mention.start):
        return "basis"
    cue = ROLE_CUE.search(text, max(line_start, mention.start - ROLE_REACH), mention.start)
    if cue is None:
        return None
    if cue["implements"] and cue["negated"]:
        return "mentions"
    return next(role for role in ROLES if cue[role])
