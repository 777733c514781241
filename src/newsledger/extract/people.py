"""The people of an incident by name: its victims and its accused, told apart from the people
a report quotes or cites.

A follow-up weeks later (a charge, a plea, a sentencing, a victim dying in hospital) shares few
facts with the first reports of a shooting: its own day, often the court's town, other figures.
What it does share is who: the victim's and the accused's full names. The officials, spokesmen,
relatives and witnesses a report quotes are shared by a town's reports of different incidents,
so they are no evidence of one incident (docs/resolution.md, sixteenth pass).

A full name (two to four capitalised words: given name and surname, no title) is a victim or an
accused by what the grammar says of it, never by its place in the text:
- the subject of a passive harm ("X was shot / killed / found dead"), the object of a harm ("a
  gunman shot X"), the subject of "died" -> victim; the subject of a passive legal verb ("X was
  charged / arrested / sentenced"), of "pleaded", "confessed", "surrendered" or of an active
  harm ("X shot ..."), the object of a legal verb ("police arrested X") -> accused;
- an apposition or a compound with a role noun ("the victim, X", "suspect X", "X, the
  gunman,"), a relative clause ("X, who was charged with ..."), "identified the victim / the
  suspect / the man as X" (a bare "man" is a victim unless the sentence speaks of a suspect);
- an age in apposition ("X, 24,") when nothing else types the name: the incident's people are
  given ages, the officials quoted are not (the sentence's suspect words decide which side).
A title ("Sgt.", "Chief", "Judge"), an apposition with an office or a kin noun ("a spokesman,
X"; "his mother, X") or the subject of a speech verb ("X said") with no other cue leaves the
name out: the people quoted are not the people of the incident. A surname alone later in the
text ("Chapman pleaded guilty") is the full name given earlier ("Mark David Chapman"), when
only one full name has that surname; a middle initial is left out of the name ("John F.
Kennedy" -> "John Kennedy"). Every name keeps the span of the words that typed it.

A run of capitalised words the model tags PERSON is no person when it is a car ("a silver Toyota
Camry was struck": a make first, `lang.en.not_names`), holds a word of a station's brand or a
credit line ("Action News", "Photo Editor"), or stands where a page credits its photographer
or reporter: after "Photo:" or "Credit:", before "/ Outlet" ("<Name> / Chicago Tribune"), or
after a byline's "By" that opens a line. Such a name is the outlet's, not the incident's: two
reports of different shootings under one photographer's credit are no evidence of one incident.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsledger.extract.event_words import FOUND_HARMED_WORDS, words
from newsledger.lang.en.not_names import (
    CREDIT_WORDS,
    MEDIA_WORDS,
    NAME_LIKE_MAKES,
    VEHICLE_MAKES,
    VEHICLE_MODELS,
)
from newsledger.model import Claim
from newsledger.model import Span as Evidence
from newsledger.nlp.doctext import doc_text, token_pos

VICTIM = "victim"
ACCUSED = "accused"
PERSON_FIELD = "person"
"""`Claim.field` of a named victim or accused (`Claim.kind` says which; `role` target / agent)."""

HARM_VERBS = words(
    "shoot kill wound injure stab murder slay strike hit gun beat attack assault rob "
    "execute ambush carjack kidnap abduct strangle hurt"
)
"""Verbs whose object (or passive subject) is a victim and whose active subject is accused."""
DEATH_VERBS = words("die succumb")
LEGAL_PASSIVE = words(
    "charge arrest arraign sentence convict indict book accuse jail extradite detain "
    "apprehend acquit imprison try prosecute"
)
"""Verbs whose passive subject, or whose object, is the accused ("X was charged")."""
LEGAL_ACTIVE = words("plead confess surrender admit")
"""Verbs whose subject is the accused ("X pleaded guilty")."""
SPEECH_VERBS = words(
    "say tell state add describe explain confirm announce write recall testify speak note urge ask"
)
VICTIM_NOUNS = words("victim victims deceased decedent survivor")
ACCUSED_NOUNS = words(
    "suspect suspects gunman gunmen shooter shooters defendant defendants accused killer "
    "assailant attacker perpetrator murderer inmate fugitive"
)
OTHER_NOUNS = words(
    "spokesman spokeswoman spokesperson officer officers detective sergeant chief "
    "lieutenant captain sheriff deputy trooper mayor judge prosecutor attorney lawyer "
    "councilman councilwoman alderman commissioner coroner examiner director "
    "superintendent pastor reverend reporter witness witnesses neighbor neighbour friend "
    "friends mother father brother sister son daughter aunt uncle cousin wife husband "
    "girlfriend boyfriend grandmother grandfather niece nephew fiance fiancee relative "
    "owner manager president governor senator representative professor teacher principal "
    "coach doctor nurse"
)
"""Nouns that make a name someone quoted or cited, not a victim or an accused."""
TITLES = words(
    "sgt sergeant officer chief lt lieutenant capt captain det detective sheriff deputy "
    "trooper cpl corporal mayor judge dr rev reverend gov governor sen senator rep "
    "president pastor attorney prosecutor commissioner supt superintendent cmdr commander "
    "col gen agent councilman councilwoman alderman ald spokesman spokeswoman coroner "
    "assemblyman assemblywoman justice magistrate constable marshal"
)
"""Words before a name that make it an office holder's."""
COURTESY = words("mr mrs ms miss")
SUSPECT_CUES = words(
    "suspect suspects charged arrested accused custody booked arraigned indicted "
    "convicted sentenced jailed warrant"
)
"""Words of a sentence that say a bare "the man" identified there is the accused."""
NAME_ENTS = frozenset({"PERSON", "ORG", "NORP", ""})
"""Entity types a full name may carry (the tagger often types a victim's name ORG)."""
MAX_AGE = 110
UNTAGGED_NAME_ZIPF = 4.4
"""A name the tagger did not type PERSON keeps only words rarer than this (wordfreq Zipf): a
headline's capitalised words ("Man Killed", "Gunmen Open Fire") and an institution's ("Fugitive
Task Force", "Reginald Street") are everyday words; given names and most surnames are not."""


@cache
def _everyday(word: str) -> bool:
    """A word of everyday English (`UNTAGGED_NAME_ZIPF`)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") >= UNTAGGED_NAME_ZIPF


def _is_name_word(tok: Token) -> bool:
    """A capitalised word of a person's name ("Doe", "O'Neal", "Smith-Jones"), no initial."""
    text = tok.text
    return (
        tok.pos_ == "PROPN"
        and len(text) > 1
        and text[0].isupper()
        and not text.isupper()
        and text.replace("'", "").replace("-", "").isalpha()
        and tok.lower_ not in TITLES
        and tok.lower_ not in COURTESY
        and tok.lower_ not in MEDIA_WORDS
        and tok.ent_type_ in NAME_ENTS
    )


def _is_initial(tok: Token) -> bool:
    """A middle initial ("F.", "F") or its full stop."""
    text = tok.text.rstrip(".")
    return tok.text == "." or (len(text) == 1 and text.isupper())


def _name_run(head: Token) -> list[Token] | None:
    """The words of the full name headed by a proper noun: its name words to the left, joined
    by `compound` or `flat` (an initial between them skipped), the head last; None when the
    run is not two to four name words."""
    if not _is_name_word(head):
        return None
    run = [head]
    i = head.i - 1
    doc = head.doc
    while i >= 0 and head.i - i <= 5:
        tok = doc[i]
        joined = tok.head.i in {w.i for w in run}  # "Lee" hangs on "Harvey": Lee Harvey Oswald
        if joined and tok.dep_ in ("compound", "flat") and _is_name_word(tok):
            run.insert(0, tok)
        elif _is_initial(tok):
            pass  # a middle initial ("John F. Kennedy")
        else:
            break
        i -= 1
    if not 2 <= len(run) <= 4:
        return None
    if any(w.ent_type_ != "PERSON" for w in run) and any(_everyday(w.text) for w in run):
        return None
    return run


def _titled(first: Token) -> bool:
    """Whether an office title stands right before a name ("Sgt. Alvin York", "Police Chief")."""
    doc = first.doc
    i = first.i - 1
    if i >= 0 and doc[i].text == ".":
        i -= 1
    return i >= 0 and doc[i].lower_.rstrip(".") in TITLES


def _is_vehicle(run: list[Token]) -> bool:
    """Whether a run of name words is a car: a make first ("Toyota Camry", "Chevrolet Tahoe"),
    followed by a model when the make is also a person's name ("Lincoln Towncar", not "Lincoln
    Hayes"); see `lang.en.not_names`."""
    make = run[0].lower_
    if make not in VEHICLE_MAKES:
        return False
    return make not in NAME_LIKE_MAKES or (len(run) > 1 and run[1].lower_ in VEHICLE_MODELS)


def _opens_line(tok: Token) -> bool:
    """Whether a word is the first of its sentence or of its line (a byline's "By")."""
    return tok.is_sent_start or tok.i == 0 or tok.doc[tok.i - 1].is_space


def _in_credit_line(run: list[Token]) -> bool:
    """Whether the name stands where a page credits its photographer or reporter: on either
    side of a slash ("<Name> / Chicago Tribune", "<Name>/for the Daily News"), after a
    credit noun and a colon ("Photo: <Name>, Getty Images", "(Credit: <Name>)"), or after "By"
    opening a line or sentence (a byline; "shot by <Name>" inside a sentence is the accused)."""
    doc = run[0].doc
    after = run[-1].i + 1
    if after < len(doc) and doc[after].text.startswith("/"):
        return True
    before = run[0].i - 1
    if before < 0:
        return False
    prev = doc[before]
    if prev.text.endswith("/"):
        return True  # the outlet of a credit the parser joined to the name ("<Name> / Outlet")
    if prev.text == "By" and _opens_line(prev):
        return True
    credit = before >= 1 and doc[before - 1].lower_ in CREDIT_WORDS
    return credit and (prev.text == ":" or prev.lower_ == "by")  # "Photo: <Name>", "Photo by"


def _beside_media_word(run: list[Token]) -> bool:
    """Whether a media word (`lang.en.not_names.MEDIA_WORDS`) stands right before or after the
    name: the rest of a station's brand ("WAFB 9 News Baton Rouge", "Action News"), which a
    media word ends but does not make a person."""
    doc = run[0].doc
    before, after = run[0].i - 1, run[-1].i + 1
    return (before >= 0 and doc[before].lower_ in MEDIA_WORDS) or (
        after < len(doc) and doc[after].lower_ in MEDIA_WORDS
    )


def _age_apposed(head: Token) -> bool:
    """Whether an age stands in apposition to the name ("Lee Harvey Oswald, 24,")."""
    doc = head.doc
    j = head.i + 1
    if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].like_num:
        try:
            age = int(doc[j + 1].text)
        except ValueError:
            return False
        return 0 < age <= MAX_AGE
    return False


def _first_conjunct(tok: Token) -> Token:
    """The first of a list of conjoined names ("Bonnie Parker and Clyde Barrow were charged"
    -> Bonnie Parker)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ == "PROPN":
        tok = tok.head
    return tok


def _verb_role(verb: Token, dep: str) -> str | None:
    """The role a verb gives its subject or object, or None."""
    lemma = verb.lemma_.lower()
    if dep == "nsubjpass":
        if lemma in HARM_VERBS:
            return VICTIM
        if lemma in LEGAL_PASSIVE:
            return ACCUSED
        if lemma == "find" and any(c.lower_ in FOUND_HARMED_WORDS for c in verb.children):
            return VICTIM
        if lemma in ("identify", "name"):
            return _identified_role(verb)
        return None
    if dep == "nsubj":
        if lemma in DEATH_VERBS:
            return VICTIM
        if lemma in LEGAL_ACTIVE or lemma in ("shoot", "kill", "stab", "murder", "fire"):
            return ACCUSED
        return None
    if dep == "dobj":
        if lemma in HARM_VERBS:
            return VICTIM
        if lemma in LEGAL_PASSIVE:
            return ACCUSED
    return None


def _noun_role(noun: Token) -> str | None:
    """The role a noun names: victim, accused, someone else ("other"), or None."""
    lemma = noun.lemma_.lower()
    if lemma in VICTIM_NOUNS or noun.lower_ in VICTIM_NOUNS:
        return VICTIM
    if lemma in ACCUSED_NOUNS or noun.lower_ in ACCUSED_NOUNS:
        return ACCUSED
    if lemma in OTHER_NOUNS or noun.lower_ in OTHER_NOUNS:
        return "other"
    return None


def _role_by_suspect_words(sent: SpacySpan) -> str:
    """Accused when the sentence holds a suspect word (SUSPECT_CUES), else victim: the side a
    name takes when the grammar only says it was identified or given an age."""
    return ACCUSED if any(t.lower_ in SUSPECT_CUES for t in sent) else VICTIM


def _identified_role(verb: Token) -> str:
    """Who "identified ... as X" names: the object's (or passive subject's) noun, else the
    sentence's suspect words."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            role = _noun_role(child)
            if role in (VICTIM, ACCUSED):
                return role
    return _role_by_suspect_words(verb.sent)


def _role(head: Token) -> str | None:
    """The role the grammar gives the name headed by `head`: victim, accused, "other"
    (someone quoted or cited) or None."""
    for child in head.children:
        if child.dep_ in ("appos", "compound") and child.i != head.i:
            role = _noun_role(child)
            if role is not None:
                return role
        if child.dep_ == "relcl":
            for sub in child.children:
                if sub.dep_ in ("nsubj", "nsubjpass") and sub.lower_ in ("who", "that"):
                    role = _verb_role(child, sub.dep_)
                    if role is not None:
                        return role
    tok = _first_conjunct(head)
    if tok.dep_ == "appos":
        role = _noun_role(tok.head)
        if role is not None:
            return role
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb = tok.head
        role = _verb_role(verb, tok.dep_)
        if role is not None:
            return role
        if tok.dep_ == "nsubj" and verb.lemma_.lower() in SPEECH_VERBS:
            return "other"
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        verb = tok.head.head
        if verb.lemma_.lower() in ("identify", "name"):
            return _identified_role(verb)
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_ == "accord":
        return "other"
    if _age_apposed(head):
        return _role_by_suspect_words(head.sent)
    return None


def _name_text(run: list[Token]) -> str:
    """The name as written, its words joined by one space (an initial left out)."""
    return " ".join(w.text for w in run)


def people_of(doc: Doc, article_id: str) -> list[Claim]:
    """The victims and the accused a document names (field "person", kind victim / accused,
    value the full name), one claim per name and kind, in text order; see the module
    docstring. Reads the parse's proper nouns only: no pass over every word's context."""
    text = doc_text(doc)
    full: dict[str, str] = {}  # surname (lower) -> full name; "" when two full names share it
    claims: list[Claim] = []
    seen: set[tuple[str, str]] = set()
    tags = token_pos(doc)
    for tok in (doc[i] for i, tag in enumerate(tags) if tag == "PROPN"):
        if tok.dep_ in ("compound", "flat"):
            continue
        run = _name_run(tok)
        if run is not None:
            if (
                _titled(run[0])
                or _is_vehicle(run)
                or _in_credit_line(run)
                or _beside_media_word(run)
            ):
                continue
            name = _name_text(run)
            surname = run[-1].lower_
            if full.get(surname, name) != name:
                full[surname] = ""
            else:
                full[surname] = name
        elif _is_name_word(tok) and not _titled(tok) and full.get(tok.lower_):
            run = [tok]
            name = full[tok.lower_]
        else:
            continue
        role = _role(tok)
        if role not in (VICTIM, ACCUSED):
            continue
        key = (name, role)
        if key in seen:
            continue
        seen.add(key)
        start, end = run[0].idx, tok.idx + len(tok.text)
        claims.append(Claim(
            PERSON_FIELD, name, Evidence(article_id, start, end, text[start:end]),
            kind=role, role="target" if role == VICTIM else "agent",
        ))  # fmt: skip
    return claims


def full_names(claims: Iterable[Claim]) -> frozenset[str]:
    """The normalised full names of a mention's person claims (lower case, one space)."""
    return frozenset(
        " ".join(str(c.value).lower().split())
        for c in claims
        if c.field == PERSON_FIELD and isinstance(c.value, str)
    )
