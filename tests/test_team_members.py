"""--team: read into members in order, or refused in one line that says how to write it."""

from __future__ import annotations

import pytest

from drill.team import Member, TeamError, parse_team, role_name, team_from_header, team_header


def test_names_and_roles_in_order():
    assert parse_team("Aino:service, Mikko:comms,Sanna : Management") == [
        Member("Aino", "service"), Member("Mikko", "comms"), Member("Sanna", "management"),
    ]
    assert parse_team("Anna-Liisa Ö:it-tuki") == [Member("Anna-Liisa Ö", "it-tuki")]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "--team is empty"),
        (" , ", "--team is empty"),
        ("Aino:service,,Mikko:comms", "empty entry"),
        ("Aino", "'Aino' has no role"),
        ("Aino:service:comms", "more than one ':'"),
        (":service", "has no name"),
        ("Aino:", "role '' must be one word"),
        ("Aino:customer service", "role 'customer service' must be one word"),
        ("Aino:service,aino:comms", "'aino' is named twice"),
        ("A\x1b[2Jino:service", "must be printable text"),
        ("X" * 41 + ":service", "at most 40 characters"),
        (",".join(f"P{n}:service" for n in range(13)), "at most 12"),
    ],
)
def test_malformed_teams_are_one_line_errors(text, says):
    with pytest.raises(TeamError) as caught:
        parse_team(text)
    message = str(caught.value)
    assert says in message and "\n" not in message


def test_the_header_round_trips_and_ignores_junk():
    members = parse_team("Aino:service,Mikko:comms")
    header = {"team": team_header(members)}
    assert header["team"] == [{"name": "Aino", "role": "service"}, {"name": "Mikko", "role": "comms"}]
    assert team_from_header(header) == members
    assert team_header([]) is None
    assert team_from_header({"team": ["Aino", {"name": 3}, {"name": "Sanna", "role": "management"}]}) == [Member("Sanna", "management")]
    assert team_from_header({"team": {"lead": "Aino"}}) == []


def test_roles_in_words():
    assert role_name("comms", "en") == "communications" and role_name("comms", "fi") == "viestintä"
    assert role_name("legal", "fi") == "legal" and role_name(None, "en") == ""
    assert Member("Aino", "service").label("fi") == "Aino (asiakaspalvelu)"


def test_history_records_a_team_run_under_its_names(fixture_scenario, history_db):
    """Each member is a participant row with the role, not one comma-joined name (issue 14.4)."""
    from drill.engine.session import Session
    from drill.history import History
    from drill.scoring.scorecard import score

    session = Session(fixture_scenario, 1, team=team_header(parse_team("Aino:service,Mikko:comms")))
    session.advance_to(float("inf"))
    store = History(history_db)
    store.record(session, score(session))
    [run] = store.runs()
    assert [p.trainee for p in store.progress()] == ["Aino", "Mikko"]
    assert [r["id"] for r in store.runs(trainee=" mikko ")] == [run["id"]]
    store.close()
    assert [(p["name"], p["role"]) for p in run["people"]] == [("Aino", "service"), ("Mikko", "comms")]
    assert run["team"] == [{"name": "Aino", "role": "service"}, {"name": "Mikko", "role": "comms"}]
