"""``OPERATIONS.search``: offline, ranked lookup of operations by what they do.

A small inverted index over each operation's id (split at capitals), path segments, summary and argument names,
plus the verb its method and kind stand for (a ``POST`` that creates is "create", a ``GET`` of a collection
"list"). Words are folded to a crude stem (``refunds``, ``refunded`` -> ``refund``) and synonyms to one verb
(``retrieve``, ``get``, ``fetch``). Scores are BM25-like: rarer words weigh more, and a match in the path or the
summary more than one among the argument names; shorter operations win ties. A query that reads "verb a noun"
(its first word is an action the spec names somewhere) also weighs what each operation *does*: its verbs count
once more for that first word, and a create on a top-level collection does what its resource is called when the
spec uses that word as an action too (``POST /v1/refunds`` refunds, as ``POST /v1/charges/{charge}/refund``
does), so "refund a charge" finds the refund Stripe recommends before the older nested routes. Built once, on the
first search.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..errors import InvalidInputError

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
#: ``action``: the extra weight of the query's first word on what an operation does (see the module docstring).
WEIGHTS = {"resource": 4.0, "verb": 2.5, "action": 2.5, "path": 2.0, "summary": 2.0, "id": 1.0, "argument": 0.6}
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


def action_verb(operation: Operation) -> str | None:
    """The verb of a POST's singular last segment after an object's id: ``refund`` in
    ``/v1/charges/{charge}/refund``, ``apply`` in ``.../{intent}/apply_customer_balance`` (a plural segment is a
    sub-collection: ``.../{customer}/sources``)."""
    parts = operation.path.split("/")
    last = parts[-1]
    if operation.method == "POST" and len(parts) > 3 and parts[-2].startswith("{") and not last.endswith("s"):
        found = words(last)
        return found[0] if found else None
    return None


def named_actions(operations: Iterable[Operation]) -> set[str]:
    """The words the spec uses for actions: what methods and kinds stand for, and every :func:`action_verb`."""
    found = {stem(word) for word in ("list", "retrieve", "search", "create", "update", "delete", "cancel")}
    found.update(verb for verb in map(action_verb, operations) if verb is not None)
    return found


def performs(operation: Operation, actions: set[str]) -> set[str]:
    """What ``operation`` does, as words: its method's and kind's verbs, its action's verb, and for a create on a
    top-level collection (``POST /v1/refunds``) its resource, when the spec names that word as an action
    (``refund``)."""
    found = set(verbs(operation)[:2])  # the method's and the kind's (an action's other words are not verbs)
    verb = action_verb(operation)
    if verb is not None:
        found.add(verb)
    resource = resource_words(operation)
    top_level = "{" not in operation.path
    if operation.kind == "create" and top_level and len(resource) == 1 and resource[0] in actions:
        found.add(resource[0])
    return found


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
        actions = named_actions(operations)
        #: action word -> the operations that do it (:func:`performs`).
        self.doers: dict[str, set[int]] = {}
        for number, operation in enumerate(operations):
            for action in performs(operation, actions):
                self.doers.setdefault(action, set()).add(number)
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

    def known(self, text: str) -> list[str]:
        """The query's words the index knows, a misspelt one as its closest (unknown ones left out)."""
        found: list[str] = []
        for word in words(text[:MAX_QUERY_CHARACTERS]):
            near = word if word in self.postings else self.closest(word)
            if near is not None:
                found.append(near)
        return found

    def search(self, text: str, limit: int) -> list[Operation]:
        query = self.known(text)
        scores: dict[int, float] = {}
        for word in dict.fromkeys(query):
            idf = self.idf[word]
            for number, weight in self.postings[word].items():
                scores[number] = scores.get(number, 0.0) + idf * weight
        if not scores:
            return []
        if len(query) >= 2 and query[0] in self.doers:  # "verb a noun": the first word says what to do
            bonus = self.idf[query[0]] * WEIGHTS["action"]
            for number in self.doers[query[0]]:
                scores[number] += bonus
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
