"""The second reader: the rules' findings weighed with the reply's own words.

The rules read phrasing families one by one; a reply written in a register they were never
shown (an intern's slang, a manager's sarcasm, officialese) slips past them, and a rule that
fires on a look-alike sentence cannot tell. On the blind sets the rules alone reached about .8
precision and .5-.8 recall on blame, curt, promise and wrong_fact; no new rule moved a register
it had not been written for. So a small logistic model, trained on the labelled corpus
(`python -m drill.checker.train`, weights in `reader.json`), reads each reply once more: its
words, their first five letters (Finnish endings vary, the stem rarely does), pairs of words and
of stems (and the stems once more as the drill's own), the reply's length, the route, the
language and which rules fired. Where it is sure a
check holds that the rules missed, it adds a finding on the sentence that weighs most; where the
rules fired and it finds the reply clearly does not bear them out, it drops theirs. It reads
whole replies: of the corpus's replies under eight words 89 % are curt, so a fragment of a
sentence alone may read as curt to it (the rules' tests, which pin one rule each on such
fragments, read the rules alone).
Personal data stays with the rules alone (a name or a code is there or not), and so do
escalation notes (the rules read no tone in them).

Pure and deterministic: the weights are data shipped with the package, read once.
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from drill.checker.words import Token, sentence_span

READ = ("promise", "wrong_fact", "curt", "blame", "defensive")
"""The checks the reader judges."""

RULES_READ = (
    "personal_data", "promise", "wrong_fact", "informs", "redirect_reason_missing", "acknowledges", "apologises", "thanks",
    "curt", "blame", "defensive", "boilerplate", "shouting",
)
"""The rules' findings the reader takes in (an author's must_mention and must_not are the item's own, not a reading)."""

RULE_WEIGHT = 0.5
"""A rule's finding as a feature, at half a word's value: at 1 the reader leaned on the rules
and gave back most of its gain on the blind sets (mean F1 .734 against .761)."""

ADD = {"promise": 0.6, "blame": 0.65, "wrong_fact": 0.7, "curt": 0.7, "defensive": 0.6}
"""Above it a check the rules did not find holds. Chosen on the four latest blind rounds
(tuning-h83 to -h114, eight sets each), each left out of training in turn and read by the
reader trained on everything else (5,120 replies, precision / recall):

- curt at .6 read .867 / .907; at .7 .882 / .896; at .8 .892 / .883;
- blame at .5 .861 / .874; at .65 .880 / .855; at .8 .894 / .829;
- wrong facts at .5 .793 / .829; at .7 .811 / .808; at .8 .816 / .790;
- promise (.6) and defensive (.6) as chosen before, on earlier groups: .929 / .924 and .926 / .885.

Earlier, on the first blind groups, .4 let in too many of the reader's own wrong facts, curt and
defensive findings (21 in 41, 31 in 55, 61 in 91 right), and promise rose from .4 to .6."""

DROP = {"promise": 0.2, "blame": 0.6, "wrong_fact": 0.2, "curt": 0.6, "defensive": 0.2}
"""Below it a rule's finding is dropped. Curt and blame rules fire on look-alikes (a short warm
reply, the organisation owning its fault), so there the reader must be fairly sure the rule is
right: on the same four rounds, curt at ADD .7 read .882 / .896 with .2 and .906 / .892 with
.6; blame at ADD .65 .880 / .855 with .2 and .899 / .848 with .6. For wrong facts a higher bar
bought precision with recall (.811 / .808 at .2, .836 / .796 at .5); promise and defensive
keep .2, where a veto was right three times in four on the first blind groups."""

SURE = 2
"""A check the rules find in this many places of one reply is not dropped: on the tuning
corpus such findings were right 318 times in 325 for promise, 259 in 260 for blame, 164 in 170
for wrong facts (one place: 551 in 645 for promise). The reader outweighed them only where the
words around were unlike its training ('…check order AB-2291 and we will fix it IMMEDIATELY,
guaranteed' read as no promise on a drill it never saw); over four groups of blind sets left out
of its training in turn the mean F1 was the same (.803) with and without this."""

STEM = 5
"""Letters kept of a word as its stem: 4, 5 and 6 read the blind sets alike (.754-.766). Pairs
of stems are read too, as pairs of words are ('ette lukeneet', 'ette lukenu' are one pair of
stems): on the four latest blind rounds they moved curt from .849 / .906 to .863 / .910 and
wrong facts from .798 / .809 to .812 / .805, the others within .01."""

LENGTHS = (3, 6, 10, 15, 25, 40)
"""The reply's length in words, read as one of these bands (the first it fits under): a short
reply is not curt by its length alone, but with the words it tips the scale (on those rounds,
with the stem pairs: curt .867 / .907 against .863 / .910, blame .851 / .894 against .848 / .884)."""


DRILL = "d:"
"""The reply's stems and pairs of stems are read twice: as they are, and as its drill's own
(`d:<scenario id>|s:…`). What a drill's facts make wrong or cold is said in its own words ('sockets
only in the front rows' where every seat has one; 'no referral needed' where one is), which
mean nothing in another drill. Over the four latest blind rounds (`tuning-h139` to `-h170`, each
left out of training in turn, 5,120 replies), precision / recall moved: wrong facts .852 / .800 →
.861 / .804, curt .907 / .853 → .915 / .859, promise .926 / .916 → .933 / .919, blame .913 / .873 →
.914 / .878, defensive .911 / .909 → .916 / .909. On a drill it never saw (each drill left out of
training in turn, read on its replies of those rounds) there are none of its own to read, and F1
stayed where the plain features put it (wrong facts .688 → .693, curt .822 → .823, blame .816 →
.818, promise .806 → .812, defensive .801 → .808). The cost is a weights' file twice the size;
the time it would take, `Reader` pays back."""


def _own(drill: str, name: str) -> str:
    """A feature read as the drill's own."""
    return f"{DRILL}{drill}|{name}"

@dataclass(frozen=True)
class Reader:
    """The models of the checks it judges side by side: a feature's weights in all of them at one
    look-up (one table of some 229,000 rows, where five dicts held 840,000 entries between them;
    a reply's verdicts take 0.3 ms rather than 0.5)."""

    biases: tuple[float, ...]
    """Each check's bias, in READ's order."""
    rows: dict[str, tuple[float, ...]]
    """Each feature's weight in each check's model, in READ's order (0.0 where one has none)."""

    @classmethod
    def of(cls, models: dict[str, tuple[float, dict[str, float]]]) -> Reader:
        """From {check: (bias, {feature: weight})} (a check missing: bias 0, no weights)."""
        fitted = [models.get(check, (0.0, {})) for check in READ]
        names = sorted(set().union(*(weights for _, weights in fitted)))
        return cls(tuple(bias for bias, _ in fitted), {name: tuple(weights.get(name, 0.0) for _, weights in fitted) for name in names})

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        """Each check's logistic of the weighted sum, computed on the side that cannot overflow (a
        reply of thousands of words sums to thousands), exactly (`fsum`: the same sum in any order)."""
        hits = [(row, value) for name, value in features.items() if (row := self.rows.get(name)) is not None]
        found = {}
        for i, check in enumerate(READ):
            z = self.biases[i] + math.fsum(row[i] * value for row, value in hits)
            found[check] = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
        return found

    def weight(self, check: str, name: str) -> float:
        row = self.rows.get(name)
        return row[READ.index(check)] if row else 0.0


def features(toks: list[Token], route: str, lang: str, checks: Iterable[str], drill: str = "") -> dict[str, float]:
    """What the reader sees of a reply: the same for training and for reading. `drill` is the
    scenario's id: the stems and pairs of stems are read once more as that drill's own (DRILL)."""
    found = {f"route:{route}": 1.0, f"lang:{lang}": 1.0, _length(len(toks)): 1.0}
    previous = ""
    for tok in toks:
        found.update(_word(tok.lower, previous))
        previous = tok.lower
    if drill:
        found.update({_own(drill, name): 1.0 for name in list(found) if name.startswith(("s:", "sb:"))})
    found.update({f"rule:{check}": RULE_WEIGHT for check in checks if check in RULES_READ})
    return found


def _length(words: int) -> str:
    return next((f"len:{most}" for most in LENGTHS if words <= most), f"len:>{LENGTHS[-1]}")


def _word(low: str, previous: str) -> dict[str, float]:
    seen = {f"w:{low}": 1.0, f"s:{low[:STEM]}": 1.0}
    if previous:
        seen[f"b:{previous} {low}"] = 1.0
        seen[f"sb:{previous[:STEM]} {low[:STEM]}"] = 1.0
    return seen


@cache
def shipped() -> Reader:
    """The shipped weights (reader.json), read once."""
    raw: dict[str, Any] = json.loads(resources.files("drill.checker").joinpath("reader.json").read_text(encoding="utf-8"))
    return Reader.of({check: (raw[check]["bias"], raw[check]["weights"]) for check in READ})


def verdicts(toks: list[Token], route: str, lang: str, checks: Collection[str], drill: str = "") -> dict[str, bool]:
    """Whether each check the reader judges holds for this reply (escalation notes: none read)."""
    if route == "escalate":
        return {}
    seen = features(toks, route, lang, checks, drill)
    return {check: p > (DROP[check] if check in checks else ADD[check]) for check, p in shipped().probabilities(seen).items()}


def heaviest_sentence(text: str, toks: list[Token], check: str, drill: str = "") -> tuple[int, int]:
    """Where a finding the rules did not place goes: the sentence whose words weigh most
    toward the check (its drill's own weights too)."""
    weighs = shipped().weight
    score: dict[tuple[int, int], float] = {}
    previous = ""
    for tok in toks:
        span = sentence_span(text, tok.start)
        names = _word(tok.lower, previous)
        score[span] = score.get(span, 0.0) + sum(weighs(check, name) + weighs(check, _own(drill, name)) for name in names)
        previous = tok.lower
    return max(score, key=lambda span: (score[span], -span[0])) if score else (0, len(text))
