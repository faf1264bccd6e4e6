from peerhelper.storage import sessions_repo
from peerhelper.ui.topics_dialog import TopicsDialog


def test_add_rename_and_retire_a_topic(qtbot, db) -> None:
    dialog = TopicsDialog(db, "fi")
    qtbot.addWidget(dialog)
    dialog.new_topic()
    dialog.code.setText("library card")
    dialog.labels["fi"].setText("Kirjastokortti")
    dialog.labels["en"].setText("Library card")
    dialog.save_button.click()
    topics = {t.code: t for t in sessions_repo.list_topics(db)}
    assert topics["library_card"].label("fi") == "Kirjastokortti"

    dialog.labels["fi"].setText("Kirjaston kortti")
    dialog.save_button.click()
    assert sessions_repo.list_topics(db)[-1].labels["fi"] == "Kirjaston kortti"

    dialog.retire_button.click()
    assert "library_card" not in {t.code for t in sessions_repo.list_topics(db)}
    assert dialog.retire_button.text().replace("&", "") == "Bring back"
    dialog.retire_button.click()
    assert "library_card" in {t.code for t in sessions_repo.list_topics(db)}


def test_a_topic_needs_a_name_and_a_usable_code(qtbot, db) -> None:
    dialog = TopicsDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.code.setText("x")
    dialog.save_button.click()
    assert "name" in dialog.message.text()
    dialog.code.setText("bad/code!")
    dialog.labels["en"].setText("Bad")
    dialog.save_button.click()
    assert "letters" in dialog.message.text()
    assert "bad/code!" not in {t.code for t in sessions_repo.list_topics(db)}
