"""The numbered clauses a text says it replaces, amends or deletes: "Section 14.3 of the
Agreement is deleted and replaced …", "Sections 8.3 and 8.4 are amended", "les parties
remplacent la clause 17(4)", "l'article 17.6 … est abrogé à compter du …", and in part:
"In clause 13.2, for the words “within 30 days” substitute …" (answering/amendments.py
replaces only its sentences that print those words). The verb must
belong to the reference ("a session that is replaced by a rest day" amends nothing), and
a condition ("should the law change", "si …") or a negation makes none. Read by
structure.Structure once per index generation.
"""

from __future__ import annotations

import re

from .substitutions import amended_in_part

# A clause another document replaces in so many words, the verb belonging to the
# reference: "Section 14.3 of the Agreement is (hereby) deleted and replaced …", "Sections
# 8.3 and 8.4 are amended …", "In Article 16.4, the scan fee of $85 is replaced by …",
# "l'article 5.2 de l'Entente est remplacé par …". Not "a session that is replaced by a rest
# day", nor "Nothing in Section 14.3 is amended", nor "may only be amended".
# "14.3", "14.3(b)", and "17(4)" as the clause 17.4 is cited in some agreements
_NUM = r"(\d+(?:\.\d+)+|\d+\(\d{1,2}\))(?:\([a-z0-9]+\))*"
_CLAUSE_WORD = r"(?:sections?|articles?|clauses?|paragraphs?|§§?)\s*"
# what a clause prints that stops applying: "the figure of ten (10) hours printed in § 8.1
# no longer applies", "le montant prévu à l'article 5.2 cesse de s'appliquer"
STOPS_EN = (
    r"no\s+longer\s+appl(?:y|ies)|ceases?\s+to\s+apply|"
    r"(?:will|shall)\s+not\s+(?:apply|be\s+applied)"
)
STOPS_FR = (
    r"ne\s+s['’]applique(?:nt)?\s+plus|cesse(?:nt)?\s+de\s+s['’]appliquer|"
    r"ne\s+(?:sera|seront)\s+pas\s+appliquée?s?|ne\s+s['’]appliquer(?:a|ont)\s+pas"
)
# (said of the whole clause: at the sentence's end or before its date, not "to minors")
_STOPS_EN = (
    rf"(?:{STOPS_EN}|(?:is|are)\s+(?:hereby\s+)?revoked)\b"
    r"(?=\s*(?:[.;]|$|(?:from|as\s+of|on|with\s+effect|effective)\b))"
)
_STOPS_FR = rf"(?:{STOPS_FR})(?=\s*(?:[.;]|$|(?:à\s+compter|à\s+partir|dès|le)\b))"
_VERB_EN = (
    r"(?:is|are|shall\s+be|will\s+be)\s+(?:hereby\s+)?(?:deleted\s+and\s+)?"
    r"(?:replaced|amended|substituted|superseded|struck)\b"
)
# a day a deletion takes effect on: "1 May 2027", "1er novembre", "May 1, 2027", "the date"
_DAY_AHEAD = r"(?:the\s+)?(?:\d|1er\b|(?:jan|feb|fév|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|"
_DAY_AHEAD += r"août|sep|oct|nov|dec|déc)[a-zéû]*\.?\s+\d|date\b)"
_AMENDS = [
    re.compile(  # "Section 14.3 [and 14.4] [of the Agreement] [(…)] is … replaced"
        rf"(?<!nothing in )(?<!not )(?:\b|(?<!\w)(?=§)){_CLAUSE_WORD}{_NUM}"
        rf"(?:\s*(?:,|and|&)\s*{_NUM})?(?:\s+of\s+the\s+[^\W\d_][^.;:,()]{{0,60}}?)?"
        rf"(?:\s*\([^()]{{0,80}}\))?,?\s+(?:{_VERB_EN}|{_STOPS_EN})",
        re.I,
    ),
    re.compile(  # "The figure of ten (10) hours printed in § 8.1 no longer applies"
        rf"\b(?:printed|set\s+out|stated|provided|given|written)\s+in\s+{_CLAUSE_WORD}{_NUM}"
        rf"(?:\s+of\s+the\s+[^\W\d_][^.;:,()]{{0,60}}?)?\s+{_STOPS_EN}",
        re.I,
    ),
    re.compile(  # "le montant prévu à l'article 5.2 cesse de s'appliquer"
        rf"\b(?:prévue?s?|indiquée?s?|fixée?s?)\s+(?:à\s+l['’]|au\s+|aux\s+|à\s+la\s+)"
        rf"(?:articles?|sections?|clauses?|paragraphes?|§§?)\s*{_NUM}"
        rf"(?:\s+(?:de\s+l['’]|du\s+|de\s+la\s+)[^\W\d_][^.;:,()]{{0,60}}?)?,?\s+{_STOPS_FR}",
        re.I,
    ),
    re.compile(  # "In Article 16.4, the scan fee of $85 is replaced by …"
        rf"\bIn\s+(?:sections?|articles?|clauses?|paragraphs?)\s+{_NUM},\s+the\s+[^.;]{{0,120}}?"
        rf"\b{_VERB_EN}",
        re.I,
    ),
    re.compile(  # "the parties substitute the following for the text of Article 8.2"
        rf"\bsubstitut(?:e|es|ed|ing)\s+(?:the\s+following\s+(?:text\s+|wording\s+)?)?"
        rf"for\s+(?:the\s+(?:text|wording)\s+of\s+)?{_CLAUSE_WORD}{_NUM}",
        re.I,
    ),
    re.compile(  # "Section 17.6 of the Agreement, which allowed …, is deleted from 1 May"
        # (the clause itself, not what is made under it: "footage covered by Section 4.2
        # is deleted", "the premium set out in Section 5.2 is deleted")
        rf"(?<!nothing in )(?<!not )(?<!under )(?<!in )(?<!by )(?<!to )(?<!of )(?<!with )"
        rf"(?<!if )\b{_CLAUSE_WORD}{_NUM}(?:\s*(?:,|and|&)\s*{_NUM})*"
        rf"(?:\s+of\s+the\s+[^\W\d_][^.;:,()]{{0,60}}?)?(?:\s*\([^()]{{0,80}}\))?"
        rf"(?:,\s+(?:which|that)\s[^;]{{0,240}}?,)?\s+(?:is|are|shall\s+be|will\s+be)\s+"
        r"(?:hereby\s+)?(?:deleted|repealed|rescinded|struck(?:\s+out)?)"
        r"(?:\s+in\s+(?:its|their)\s+entirety)?\b"
        rf"(?=\s*(?:[.;]|$|(?:from|as\s+of|with\s+effect\s+from|effective)\s+{_DAY_AHEAD}))",
        re.I,
    ),
    re.compile(  # "l'article 17.6 de l'Accord, qui permettait …, est abrogé à compter du …"
        r"(?<!à )(?<!à l')(?<!à l’)(?<!de )(?<!de l')(?<!de l’)(?<!du )(?<!si )(?<!si l')"
        rf"\b(?:l['’]|les\s+)?(?:articles?|sections?|clauses?|paragraphes?)\s+{_NUM}"
        rf"(?:\s*(?:,|et)\s*{_NUM})*"
        r"(?:\s+(?:de\s+l['’]|du\s+|de\s+la\s+)[^\W\d_][^.;:,()]{0,60}?)?"
        r"(?:,\s+(?:qui|dont)\s[^;]{0,240}?,)?\s+(?:est|sont|sera|seront)\s+"
        r"(?:abrogée?s?|supprimée?s?)(?:\s+en\s+entier)?\b"
        rf"(?=\s*(?:[.;]|$|(?:à\s+compter\s+du|à\s+partir\s+du|dès\s+le|le|au|avec\s+effet"
        rf"\s+(?:au|le))\s+{_DAY_AHEAD}))",
        re.I,
    ),
    re.compile(  # "The parties agree to replace Section 18.1 …", "conviennent de remplacer le § 18.1"
        # (agreed now, not "in 2019 the parties agreed to", nor "… should the law change")
        r"\b(?:agree\s+to|hereby|(?:conviennent|convenons|décident|acceptent)\s+d[e'’]\s*)"
        r"\s*(?:replace|amend|delete|substitute|remplacer|modifier|abroger|supprimer)\s+"
        rf"(?:the\s+text\s+of\s+|le\s+texte\s+d[ue]\s+)?(?:le\s+|la\s+|l['’]|les\s+)?{_CLAUSE_WORD}"
        rf"{_NUM}(?:\s*(?:,|and|et|&)\s*{_NUM})*"
        r"(?![^.;]{0,80}\b(?:if|should|unless|in\s+the\s+event|si|lorsque|au\s+cas\s+où)\b)",
        re.I,
    ),
    re.compile(  # "The parties replace clause 17(4) …", "Les parties remplacent la clause 17(4)"
        r"\b(?:the\s+parties|les\s+parties)\s+(?:hereby\s+)?"
        r"(?:replace|amend|delete|remplacent|modifient|abrogent|suppriment)\s+"
        rf"(?:the\s+text\s+of\s+|le\s+texte\s+d[ue]\s+)?(?:le\s+|la\s+|l['’]|les\s+)?{_CLAUSE_WORD}"
        rf"{_NUM}(?:\s*(?:,|and|et|&)\s*{_NUM})*"
        # (not the replacing text after "par ce qui suit :", « … »)
        r"(?![^.;:«\"“]{0,80}\b(?:if|should|unless|in\s+the\s+event|si|lorsque|au\s+cas\s+où)\b)",
        re.I,
    ),
    re.compile(  # "l'article 5.2 de l'Entente est remplacé par …"
        rf"\b(?:l['’]|les\s+)?(?:articles?|sections?|clauses?|paragraphes?)\s+{_NUM}"
        r"(?:\s+(?:de\s+l['’]|du\s+|de\s+la\s+)[^\W\d_][^.;:,()]{0,60}?)?,?\s+(?:est|sont)\s+"
        r"(?:abrogée?s?\s+et\s+|supprimée?s?\s+et\s+)?(?:remplacée?s?|modifiée?s?)\b",
        re.I,
    ),
]


def amended_clauses(text: str) -> list[str]:
    """The numbered clauses `text` says it replaces or amends ("Section 14.3 … is deleted
    and replaced"), in order."""
    found: list[tuple[int, str]] = []
    flat = " ".join(text.split())  # a sentence wrapped over lines reads as one
    for pattern in _AMENDS:
        for m in pattern.finditer(flat):
            # "clauses 12.1, 12.2 and 12.3": every number of the list, not its last group's
            spans = [m.span(g) for g in range(1, len(m.groups()) + 1) if m.group(g)]
            if spans:
                listed = flat[min(a for a, _ in spans) : max(b for _, b in spans)]
                found += [(m.start(), _dotted(n)) for n in _LISTED.findall(listed)]
    in_part = [(len(flat), n) for n in amended_in_part(flat)]  # "for the words … substitute"
    return list(dict.fromkeys(n for _, n in sorted(found + in_part)))


_LISTED = re.compile(r"\d+(?:\.\d+)+|\d+\(\d{1,2}\)")


def _dotted(number: str) -> str:
    """A clause number as its own heading prints it: "17(4)" is "17.4"."""
    return re.sub(r"\((\d{1,2})\)", r".\1", number)
