"""``OPERATIONS.search``: offline, ranked lookup of operations by what they do.

A small inverted index over each operation's id (split at capitals), path segments, summary and argument names,
plus the verb its method and kind stand for (a ``POST`` that creates is "create", a ``GET`` of a collection
"list"). Words are folded to a crude stem (``refunds``, ``refunded`` -> ``refund``) and synonyms to one verb
(``retrieve``, ``get``, ``fetch``). Scores are BM25-like: rarer words weigh more, and a match in the path or the
summary more than one among the argument names; shorter operations win ties. Built once, on the first search.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._index import Operation, OperationIndex

WORD = re.compile(r"[A-Za-z][a-z]*|[0-9]+")
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "to",
        "on",
        "in",
        "by",
        "with",
        "from",
        "my",
        "all",
        "and",
        "or",
        "is",
        "are",
        "be",
        "it",
        "this",
        "that",
        "its",
        "me",
        "i",
        "want",
        "please",
        "some",
        "one",
        "v1",
        "v2",
        "api",
        "stripe",
        "object",
        "objects",
        "new",
    ]
)
SYNONYMS = {
    "get": "retrieve",
    "fetch": "retrieve",
    "show": "retrieve",
    "read": "retrieve",
    "find": "retrieve",
    "add": "create",
    "make": "create",
    "open": "create",
    "start": "create",
    "modify": "update",
    "change": "update",
    "edit": "update",
    "set": "update",
    "remove": "delete",
    "destroy": "delete",
    "erase": "delete",
    "stop": "cancel",
    "end": "cancel",
    "terminate": "cancel",
    "money": "amount",
    "sub": "subscription",
    "subs": "subscription",
    "payout": "payout",
    "pi": "payment_intent",
    "cus": "customer",
}
#: How much a word counts, by where it appears in an operation: the resource it acts on (``refunds`` in
#: ``/v1/refunds``, ``subscription_schedules`` in ``.../{schedule}/cancel``) most, the rest of the path less.
WEIGHTS = {"resource": 4.0, "verb": 2.5, "path": 2.0, "summary": 2.0, "id": 1.0, "argument": 0.6}
MAX_QUERY_CHARACTERS = 500
MAX_LIMIT = 100


def stem(word: str) -> str:
    word = word.lower()
    word = SYNONYMS.get(word, word)
    if len(word) > 4:
        for suffix in ("ies", "ing", "ed", "es", "s"):
            if word.endswith(suffix) and not word.endswith("ss"):
                word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
                break
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    if word.endswith("l") and word.endswith("ll") and len(word) > 5:
        word = word[:-1]  # cancelled -> cancel
    return SYNONYMS.get(word, word)


def words(text: str) -> list[str]:
    """Stems of ``text``'s words (``PostCustomersCustomer`` -> post, customer, customer)."""
    found: list[str] = []
    for part in re.split(r"[_\W]+", text):
        for word in WORD.findall(part):
            lowered = word.lower()
            if lowered not in STOP_WORDS:
                found.append(stem(lowered))
    return found


def verbs(operation: Operation) -> list[str]:
    """What the method and kind stand for, as the words people use."""
    if operation.method == "GET":
        if operation.path.endswith("/search"):
            return ["search", stem("list")]
        return [stem("list")] if operation.is_list else [stem("retrieve")]
    if operation.method == "DELETE":
        return [stem("delete"), stem("cancel")]  # Stripe's DELETEs cancel (subscriptions) as often as delete
    found = [stem(operation.kind)]
    action = action_segment(operation)
    if action is not None:
        found.extend(words(action))
    return found


def action_segment(operation: Operation) -> str | None:
    """``capture`` in ``POST /v1/payment_intents/{intent}/capture``: a verb, not a resource."""
    parts = operation.path.split("/")
    if operation.method == "POST" and operation.kind != "create" and len(parts) > 3 and parts[-2].startswith("{"):
        return parts[-1] if not parts[-1].startswith("{") else None
    return None


def resource_words(operation: Operation) -> list[str]:
    """The words of the resource the operation acts on (its last literal segment that is not an action)."""
    literals = [part for part in operation.path.split("/")[2:] if part and not part.startswith("{")]
    if action_segment(operation) is not None:
        literals = literals[:-1]
    return words(literals[-1]) if literals else []


class SearchIndex:
    """word -> {operation number: weight}, document lengths and idf."""

    def __init__(self, operations: Sequence[Operation]) -> None:
        self.operations = operations
        self.postings: dict[str, dict[int, float]] = {}
        self.lengths: list[int] = []
        for number, operation in enumerate(operations):
            resource = resource_words(operation)
            share = 1.0 if len(resource) <= 1 else 0.75
            fields: dict[str, Iterable[str]] = {
                "resource": resource,
                "verb": verbs(operation),
                "path": [w for part in operation.path.split("/") if not part.startswith("{") for w in words(part)],
                "summary": words(operation.summary),
                "id": words(operation.id),
                "argument": [w for name in operation.locations for w in words(name)],
            }
            count = 0
            for field, found in fields.items():
                weight = WEIGHTS[field] * (share if field == "resource" else 1.0)
                for word in found:
                    count += field != "argument"  # a long argument list is not a reason to rank lower
                    postings = self.postings.setdefault(word, {})
                    postings[number] = max(postings.get(number, 0.0), weight)
            self.lengths.append(count)
        self.average = sum(self.lengths) / max(1, len(self.lengths))
        total = len(operations)
        self.idf = {word: math.log(1 + (total - len(p) + 0.5) / (len(p) + 0.5)) for word, p in self.postings.items()}
        self._vocabulary = sorted(self.postings)

    def closest(self, word: str) -> str | None:
        """A known word for an unknown (misspelt) one: the vocabulary's nearest, or None."""
        import difflib

        close = difflib.get_close_matches(word, self._vocabulary, n=1, cutoff=0.8)
        return close[0] if close else None

    def search(self, text: str, limit: int) -> list[Operation]:
        query = words(text[:MAX_QUERY_CHARACTERS])
        scores: dict[int, float] = {}
        for word in dict.fromkeys(query):
            postings = self.postings.get(word)
            if postings is None:
                near = self.closest(word)
                if near is None:
                    continue
                word, postings = near, self.postings[near]
            idf = self.idf[word]
            for number, weight in postings.items():
                scores[number] = scores.get(number, 0.0) + idf * weight
        if not scores:
            return []
        ranked = sorted(
            scores,
            key=lambda n: (
                -scores[n] / (0.75 + 0.25 * self.lengths[n] / self.average),
                len(self.operations[n].path),
                n,
            ),
        )
        return [self.operations[n] for n in ranked[:limit]]


_lock = threading.Lock()


def search(index: OperationIndex, text: object, limit: object = 10) -> list[Operation]:
    """The operations that best match ``text``, best first (at most ``limit``)."""
    from ..errors import InvalidInputError

    if not isinstance(text, str) or not text.strip():
        raise InvalidInputError("text", "must be a non-empty string, e.g. 'refund a charge'")
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise InvalidInputError("limit", f"must be an integer from 1 to {MAX_LIMIT}")
    found: SearchIndex | None = getattr(index, "search_index", None)
    if found is None:
        with _lock:
            found = getattr(index, "search_index", None)
            if found is None:
                found = SearchIndex(index.operations)
                index.search_index = found
    return found.search(text, limit)
