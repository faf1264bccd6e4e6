from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from peerhelper.domain.site import SiteProfileData
from peerhelper.paths import DataPaths
from peerhelper.storage.database import open_database
from peerhelper.storage.site_repo import load_site_profile, save_site_profile
from peerhelper.ui.site_profile import FirstRunDialog


def test_save_needs_organisation_and_site_name(qtbot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    dialog.form.organisation.setText("Kirjasto")
    assert not save.isEnabled()
    dialog.form.site_name.setText("Pasilan kirjasto")
    assert save.isEnabled()


def test_profile_is_saved_and_found_after_a_restart(qtbot, data_paths: DataPaths) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    form = dialog.form
    form.organisation.setText("Yhdistys ry")
    form.site_name.setText("Itäkeskuksen digituki")
    form.address.setPlainText("Kauppakatu 1\n00900 Helsinki")
    form.opening_hours.setPlainText("ti ja to 10–14")
    form.phone.setText("09 123 4567")
    for row in range(form.languages.count()):
        item = form.languages.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in ("fi", "ar", "so"):
            item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    database = open_database(data_paths.database)
    save_site_profile(database, dialog.profile())
    database.close()

    restarted = open_database(data_paths.database)
    profile = load_site_profile(restarted)
    restarted.close()
    assert profile == SiteProfileData(
        organisation="Yhdistys ry",
        site_name="Itäkeskuksen digituki",
        address="Kauppakatu 1\n00900 Helsinki",
        opening_hours="ti ja to 10–14",
        phone="09 123 4567",
        languages=["fi", "ar", "so"],
    )


def test_form_shows_a_saved_profile(qtbot) -> None:
    dialog = FirstRunDialog(SiteProfileData("A", "B", languages=["sv"]))
    qtbot.addWidget(dialog)
    assert dialog.profile().languages == ["sv"]
    assert dialog.form.site_name.text() == "B"
