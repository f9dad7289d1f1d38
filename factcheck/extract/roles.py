"""Job titles in a sentence ("chief executive", "Senator"): who a claim says someone is."""

from __future__ import annotations


def find_roles(lowered: list[str], original: list[str], listed: frozenset[str]) -> list[str]:
    # The positions of the role words (`listed`: the few the sentence holds), in order:
    # list.index() finds them in C rather than a Python loop testing every word.
    positions: list[int] = []
    for word in listed:
        i = -1
        for _ in range(lowered.count(word)):
            i = lowered.index(word, i + 1)
            positions.append(i)
    positions.sort()
    roles: list[str] = []
    for i in positions:
        w = lowered[i]
        phrase = original[i]
        if w in ("chief", "vice") and i + 1 < len(lowered):
            phrase = f"{original[i]} {original[i + 1]}"
        if w == "head" and i + 1 < len(lowered) and lowered[i + 1] != "of":
            continue
        if w in _NOT_ALONE:
            qualified = _qualified(lowered, original, i)
            if qualified is None:
                continue
            phrase = qualified
        if w in ("lead", "general", "chief", "member", "head", "partner", "principal") and (
            i == 0 or lowered[i - 1] in ("to", "will", "would", "can", "could", "in")
        ):
            continue
        if phrase not in roles:
            roles.append(phrase)
    return roles


# Alone, these name no job: "a member", "the prince", "the board".  A member is one of
# something ("board member", "member of Congress"); a royal title goes with a name or a
# place ("Prince William", "Queen of Denmark"); a board is a body, not a role.
_MEMBERS = frozenset({"member", "members"})
_ROYAL = frozenset({"prince", "princess", "king", "queen"})
_NOT_ALONE = _MEMBERS | _ROYAL | {"board"}
_NOT_QUALIFIERS = frozenset(
    {
        "a",
        "an",
        "the",
        "one",
        "each",
        "every",
        "any",
        "no",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "this",
        "that",
        "former",
        "new",
        "other",
        "another",
        "some",
        "to",
    }
)
_ARTICLES = frozenset({"the", "a", "an"})


def _qualified(lowered: list[str], original: list[str], i: int) -> str | None:
    """The title a word of _NOT_ALONE makes with its neighbours, or None when it stands alone."""
    w = lowered[i]
    nxt = lowered[i + 1] if i + 1 < len(lowered) else ""
    if w == "board":
        return None  # "board member" is found from "member"
    if nxt == "of":
        j = i + 2
        while j < len(lowered) and lowered[j] in _ARTICLES:
            j += 1
        if j < len(lowered):
            return f"{original[i]} of {original[j]}"
        return None
    if w in _ROYAL:
        if i + 1 < len(original) and original[i + 1][:1].isupper():
            return original[i]
        return None
    if i > 0 and lowered[i - 1] not in _NOT_QUALIFIERS and lowered[i - 1].isalpha():
        return f"{original[i - 1]} {original[i]}"
    return None
