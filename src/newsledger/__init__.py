"""newsledger: a verified incident ledger built from news reports.

Every extracted value carries its evidence (article, character span, whose claim it is);
reports of the same incident from several outlets are merged with each source's figure kept.
"""

import logging

from newsledger.ledger import Ledger, open
from newsledger.model import Article, Claim, Conflict, Incident, Mention, Quote, Rejection, Span

__all__ = [
    "Article",
    "Claim",
    "Conflict",
    "Incident",
    "Ledger",
    "Mention",
    "Quote",
    "Rejection",
    "Span",
    "open",
]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
