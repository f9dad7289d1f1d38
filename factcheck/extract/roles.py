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
        if w in ("lead", "general", "chief", "member", "head", "partner", "principal") and (
            i == 0 or lowered[i - 1] in ("to", "will", "would", "can", "could", "in")
        ):
            continue
        if phrase not in roles:
            roles.append(phrase)
    return roles
