from peerhelper.guides.loader import load_bundled
from peerhelper.guides.suggest import suggest_guides


def test_guides_for_the_session_topics() -> None:
    guides, _ = load_bundled()
    found = suggest_guides(guides, ["internet_wifi"], "fi")
    assert [g.id for g in found] == ["wifi-connect"]
    several = suggest_guides(guides, ["strong_id", "suomi_fi"], "fi", limit=10)
    assert {"suomi-fi-bank-id", "mobile-certificate", "suomi-fi-messages"} <= {
        g.id for g in several
    }
    # Guides sharing both topics come before those sharing one.
    both = [g for g in several if {"strong_id", "suomi_fi"} <= set(g.topics)]
    assert several[: len(both)] == both
    assert suggest_guides(guides, [], "fi") == []
    assert len(suggest_guides(guides, ["security_scams", "passwords", "apps"], "fi", limit=2)) == 2
