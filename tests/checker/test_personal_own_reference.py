"""A code in a status update that no item gives is the organisation's own reference for the
incident (a ticket, an incident number), not a customer's case: an update is said to everyone.
A customer's own code repeated in an update is still theirs, and in a reply to one person any
unpublished code still is. A span of years is no code at all. Sentences written for these tests."""

from __future__ import annotations

from checkerkit import review, spans


def test_an_incident_number_in_a_status_update_is_the_organisations_own():
    update = review("bank-outage", None, "Update 09:00, incident INC-0115: the online bank is still down; cards and ATMs work.", "en", "status")
    assert not update.has("personal_data")
    fi = review("bank-outage", None, "Tilannepäivitys (tiketti INC-0115): verkkopankki on yhä poissa käytöstä, kortit toimivat.", "fi", "status")
    assert not fi.has("personal_data")


def test_a_customers_own_booking_code_in_a_status_update_is_still_theirs():
    update = review("strike-threat", None, "Booking HLB8T4 to Oulu on Saturday is still valid; we will call the customer today.", "en", "status")
    assert spans(update, "personal_data") == ["HLB8T4"]


def test_in_a_reply_to_one_customer_an_unpublished_code_is_still_their_case():
    reply = review("bank-outage", "first-angry", "Tuomas, your case INC-0115 is now with our IT team; cards and ATMs work.", "en")
    assert spans(reply, "personal_data") == ["INC-0115"]


def test_a_span_of_years_is_no_code():
    reply = review("deleted-comment", "pensioner-worry", "From 2027-2036 we replace about eight kilometres of old pipe a year.", "en")
    assert not reply.has("personal_data")
