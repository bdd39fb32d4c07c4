"""The reply checker, case by case in Finnish and English, on the bundled deleted-comment
drill (Kaisa Lehtonen's price comment; the notes give €4.60 → €5.15 per m³, 12 %, the
residents' evening on 2 Dec, the customer service phone line 8–16; a 2h promised response)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from drill.checker import check_reply
from drill.checker.words import backend
from drill.cli import main
from drill.library import find
from drill.scenario.load import load

SCENARIO = load(find("deleted-comment")).scenario


def checks(text: str, lang: str, route: str = "public", inject: str = "price-critic") -> set[str]:
    return set(check_reply(SCENARIO, inject, route, text, lang).checks)


@pytest.mark.parametrize(("lang", "text", "what"), [
    ("en", "Hi Kaisa Lehtonen, we looked at your bill.", "name"),
    ("fi", "Hei Kaisa, Lehtosen laskussa oli virhe.", "name"),
    ("fi", "Asiakasnumerosi 48213377 mukaan lasku on maksettu.", "code"),
    ("en", "Your booking QX4471 is fine.", "code"),
    ("en", "We'll call you at 040 765 4321.", "phone"),
    ("fi", "Lähetimme laskun osoitteeseen kaisa.lehtonen@example.fi.", "email"),
    ("fi", "Lasku lähti osoitteeseen Koivukuja 7 B 12.", "address"),
    ("en", "Refunds go to FI21 1234 5600 0007 85 as you asked.", "iban"),
    ("fi", "Tunnistimme sinut hetulla 131052-308T.", "identity_code"),
    ("en", "Given your diabetes we understand the worry.", "private_detail"),
])
def test_personal_data_in_public(lang, text, what):
    review = check_reply(SCENARIO, "price-critic", "public", text, lang)
    assert what in {f.detail for f in review.findings if f.check == "personal_data"}, review.findings


def test_personal_data_is_only_a_finding_in_public_and_the_organisations_own_contacts_are_not_it():
    assert "personal_data" not in checks("Asiakasnumerosi 48213377 mukaan lasku on maksettu.", "fi", route="private")
    assert "personal_data" not in checks("Hei Kaisa! Lisää tietoa koskilanvesi.fi/hinnat.", "fi")


@pytest.mark.parametrize(("lang", "text", "what"), [
    ("en", "We're here for you 24/7.", "absolute"),
    ("fi", "Korjaamme asian heti.", "absolute"),
    ("en", "We'll refund the rise to all pensioners.", "compensation"),
    ("fi", "Hyvitämme korotuksen eläkeläisille.", "compensation"),
    ("en", "We will answer every question within 15 minutes.", "faster_than_promised"),
    ("fi", "Vastaamme kaikkiin puolen tunnin sisällä.", "faster_than_promised"),
    ("en", "We'll get back to you tonight.", "outside_staffed"),
])
def test_promises_the_ground_rules_do_not_back(lang, text, what):
    review = check_reply(SCENARIO, "price-critic", "public", text, lang)
    assert what in {f.detail for f in review.findings if f.check == "promise"}, review.findings


def test_a_rate_is_not_a_promise_and_the_published_pace_is_not_one_either():
    assert "promise" not in checks("40 comments in an hour, growing.", "en")
    assert "promise" not in checks("Vastaamme yleensä kahden tunnin sisällä arkisin.", "fi")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fi", "Hinta nousee 5,15 euroon kuutiolta, eli 12 %.", {"informs"}),
    ("en", "The price goes up to €5.15 per cubic metre, 12 %.", {"informs"}),
    ("en", "The price rises 15 % to €5.50.", {"wrong_fact"}),
    ("fi", "Korotus on 20 prosenttia.", {"wrong_fact"}),
    ("fi", "Asukasilta on 2.12. klo 18.00.", {"informs"}),
    ("en", "The residents' evening is on 4 Dec.", {"wrong_fact"}),
    ("fi", "Asukasilta on joulukuun 2. päivä.", {"informs"}),
    ("en", "The residents' evening starts at 6 pm.", {"informs"}),
    ("fi", "Asukasilta alkaa klo 19.", {"wrong_fact"}),
    ("en", "About two households in five will see the rise.", set()),  # a figure about something the facts do not give
    ("en", "The parking at the town hall costs €3.40.", set()),
])
def test_figures_against_the_facts(lang, text, expected):
    assert checks(text, lang) & {"informs", "wrong_fact"} == expected


@pytest.mark.parametrize(("lang", "text", "finding"), [
    ("fi", "Hinnat on mitä on.", "curt"),
    ("en", "Read the website.", "curt"),
    ("en", "You should have read the notice in October.", "blame"),
    ("fi", "Olisit lukenut tiedotteen ajoissa.", "blame"),
    ("en", "We did nothing wrong, everyone else raised prices too.", "defensive"),
    ("fi", "Kiitos palautteestasi, välitämme sen eteenpäin.", "boilerplate"),
    ("en", "THIS IS NOT OUR DECISION!!!", "shouting"),
    ("fi", "Pahoittelemme tylyä vastausta.", "apologises"),
    ("en", "I understand why the rise worries you.", "acknowledges"),
    ("fi", "Kiitti kun kysyit!", "thanks"),
])
def test_tone(lang, text, finding):
    assert finding in checks(text, lang)


def test_a_move_to_private_needs_a_reason():
    assert "redirect_reason_missing" in checks("Laita yksärillä viestiä.", "fi")
    assert "redirect_reason_missing" not in checks("Laita yksärillä asiakasnumerosi, jotta voimme tarkistaa laskun ilman että tietosi näkyvät täällä.", "fi")
    assert "redirect_reason_missing" in checks("Please call our customer service.", "en", route="redirect")
    assert "redirect_reason_missing" not in checks("Please call us so we can check your bill privately.", "en", route="redirect")


def test_an_escalation_note_is_a_situation_report():
    assert "sitrep_missing" in checks("soita", "fi", route="escalate")
    assert "sitrep_missing" in checks("Problem on Facebook.", "en", route="escalate")
    report = "Kaisa's price comment is being shared: 40 comments in an hour. I answered with the facts. We need a statement on salaries."
    assert checks(report, "en", route="escalate") <= {"informs"}  # it relays what happened: no fault, nothing missing


@pytest.mark.parametrize(("text", "lang"), [
    ("Jussi, a journalist from the local paper is asking about the outage, could you phone her?", "en"),
    ("Jussi, toimittaja kyselee katkosta, voisitko soittaa hänelle takaisin?", "fi"),
    ("Liisa, the paper wrote about the deleted comment on Facebook this morning, pictures all over.", "en"),
])
def test_who_is_asking_and_one_word_read_twice_make_no_situation_report(text, lang):
    """The press asking is what happened, not how big it is; 'comment' is not both the count and the ask."""
    assert "sitrep_missing" in checks(text, lang, route="escalate")
    report = ("Jussi, a journalist called about the outage: over 300 angry comments in an hour. "
              "I've answered the first ones and posted a notice. Need a statement by noon.")
    assert "sitrep_missing" not in checks(report, "en", route="escalate")


def test_a_warm_factual_answer_has_only_good_findings_and_maps_to_the_best_option():
    text = ("Hei Kaisa, anteeksi aiempi lyhyt vastauksemme. Korotus on 55 senttiä kuutiolta, eli hinta on 5,15 €. "
            "Rahat menevät vanhan putkiverkon uusimiseen. Lisää tietoa koskilanvesi.fi/hinnat ja asukasillassa 2.12.")
    review = check_reply(SCENARIO, "price-critic", "public", text, "fi")
    assert review.checks <= {"apologises", "informs", "acknowledges", "thanks"}, review.findings
    best = next(o.id for o in SCENARIO.injects_by_id["price-critic"].options if o.value == 2)
    assert review.nearest_option == best


def test_the_same_text_gives_the_same_findings():
    text = "Hi Kaisa Lehtonen, we'll refund you within 10 minutes, always!"
    first = check_reply(SCENARIO, "price-critic", "public", text, "en")
    assert all(check_reply(SCENARIO, "price-critic", "public", text, "en") == first for _ in range(3))


def test_the_spans_point_at_the_words():
    text = "Soita meille numeroon 040 765 4321."
    review = check_reply(SCENARIO, "price-critic", "public", text, "fi")
    [phone] = [f for f in review.findings if f.detail == "phone"]
    assert text[phone.start:phone.end] == "040 765 4321"


def test_check_reply_command_prints_json_for_scripts():
    out = CliRunner().invoke(main, ["check-reply", "deleted-comment", "price-critic", "--lang", "en", "--json"],
                             input="Hi Kaisa Lehtonen, we'll refund you.")
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    # the rules' findings (whether five words are also curt is the trained reader's call, test_reader.py)
    assert {"personal_data", "promise"} <= {f["check"] for f in data["findings"]}
    assert all({"check", "start", "end", "message"} <= set(f) for f in data["findings"])
    assert "overpromise" in data["tags"] and data["nearest_option"] in {o.id for o in SCENARIO.injects_by_id["price-critic"].options}


def test_check_reply_reads_a_status_update_as_said_to_everyone():
    """As the drill reads one: an incident number no item gives is the organisation's own, with
    '-' or with the inject the update follows."""
    update = "Update 09:00, incident INC-0115: the online bank is still down; cards and ATMs work."
    for inject in ("-", "first-angry"):
        out = CliRunner().invoke(main, ["check-reply", "bank-outage", inject, "--route", "status", "--lang", "en", "--json"], input=update)
        assert out.exit_code == 0, out.output
        assert "personal_data" not in {f["check"] for f in json.loads(out.output)["findings"]}
    reply = CliRunner().invoke(main, ["check-reply", "bank-outage", "first-angry", "--lang", "en", "--json"], input=update)
    assert "personal_data" in {f["check"] for f in json.loads(reply.output)["findings"]}


def test_check_reply_tells_the_language_from_the_text():
    """Without --lang, an English reply to a Finnish-first drill is read as English (its apology found)."""
    out = CliRunner().invoke(main, ["check-reply", "deleted-comment", "price-critic", "--json"], input="We apologise for the price change, Kaisa.")
    assert out.exit_code == 0, out.output
    assert "apologises" in {f["check"] for f in json.loads(out.output)["findings"]}


@pytest.mark.parametrize(("text", "lang"), [
    ("Hi Hanna, the physiotherapy part was reviewed and you will hear from us.", "en"),
    ("Hei Hanna, käsittelemme asiaa ja palaamme siihen pian.", "fi"),
    ("sorry, tää on meidän moka", "fi"),  # a loanword in a Finnish reply
    ("Kiitos Jarmo! We are on it and will post an update here.", "en"),
    ("Säännöt on säännöt.", "fi"),  # Finnish letters alone tell
    ("Noted.", "xx"),  # nothing tells: the caller's default
    ("Soita 010 555 2999.", "xx"),
])
def test_language_of_a_reply(text, lang):
    from drill.checker.words import language_of

    assert language_of(text, "xx") == lang


def test_check_reply_with_an_unknown_inject_is_one_line():
    out = CliRunner().invoke(main, ["check-reply", "deleted-comment", "price-critik"], input="x")
    assert out.exit_code == 2 and "no inject 'price-critik'" in out.output and "price-critic" in out.output


def _without_first_model_answer_after(text: str, anchor: str) -> str:
    """The text with the first `model_answer:` block after anchor removed, so a test can put its own there."""
    start = text.index("    model_answer:\n", text.index(anchor))
    lines = text[start:].splitlines(keepends=True)
    end = 1
    while end < len(lines) and lines[end].startswith("      "):
        end += 1
    return text[:start] + "".join(lines[end:])


def test_lint_flags_a_model_answer_that_fails_its_own_checks(tmp_path):
    from drill.checker.lint import lint_model_answers
    from drill.scenario.load import load_bytes

    text = find("deleted-comment").read_text(encoding="utf-8")
    anchor = "    expect: {reply_within: 20m, route: public, escalate: service}\n"
    assert anchor in text
    text = _without_first_model_answer_after(text, anchor)
    bad = text.replace(anchor, anchor + '    model_answer: {fi: "Hei Kaisa Lehtonen, korotus on 20 %.", en: "Hi Kaisa Lehtonen, the rise is 20 %."}\n', 1)
    line = bad[: bad.index(anchor)].count("\n") + 2
    found = [d for d in lint_model_answers(load_bytes(bad.encode(), "dc.yaml")) if d.line == line]
    assert [d.code for d in found] == ["D417", "D417"]
    assert "personal_data" in found[0].message and "wrong_fact" in found[0].message
    good = text.replace(anchor, anchor + '    model_answer: {fi: "Hei Kaisa! Korotus on 12 %, eli hinta on 5,15 € kuutiolta.", en: "Hi Kaisa! The rise is 12 %, so the price is €5.15 per cubic metre."}\n', 1)
    assert [d for d in lint_model_answers(load_bytes(good.encode(), "dc.yaml")) if d.line == line] == []


@pytest.mark.parametrize("name", ["bank-outage", "deleted-comment", "empty-promise", "fast-good-answer", "personal-data-complaint",
                                  "single-admin", "strike-threat", "viral-video"])
def test_every_bundled_model_answer_passes_its_own_checks(name):
    """The bundled drills' model answers are the best replies their authors could write: a rule
    that faults one of them (an admission read as a denial, a policy as a defence) is wrong."""
    from drill.checker.lint import lint_model_answers
    from drill.scenario.load import load

    langs = ("(en)", "(fi)") if backend("fi") == "voikko" else ("(en)",)  # Snowball's stems read Finnish more coarsely
    assert [d.message for d in lint_model_answers(load(find(name))) if any(lang in d.message for lang in langs)] == []
