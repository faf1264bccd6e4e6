"""Printouts carry the site's own data: topics as named there, the chosen symbol."""

import subprocess
from pathlib import Path

from peerhelper.operations import printouts as documents
from peerhelper.paths import DataPaths
from peerhelper.storage import sessions_repo, symbol
from peerhelper.storage.database import Database


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_tally_sheet_lists_the_sites_own_topics(
    data_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    sessions_repo.save_topic(db, "library_card", {"fi": "Kirjastokortti"})
    sessions_repo.set_topic_retired(db, "transport", True)
    text = _text(documents.tally_sheet(data_paths, "fi").pdf, tmp_path)
    assert "Kirjastokortti" in text
    assert "Liikenne ja liput" not in text


def test_sign_uses_the_chosen_symbol(data_paths: DataPaths, db: Database, tmp_path: Path) -> None:
    own = documents.sign(data_paths).pdf
    official = tmp_path / "official.svg"
    official.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
        '<rect width="10" height="10" fill="#ff0000"/></svg>'
    )
    symbol.install_symbol(data_paths, official)
    chosen = documents.sign(data_paths).pdf
    assert _red_pixels(own, tmp_path) == 0
    assert _red_pixels(chosen, tmp_path) > 100


def _red_pixels(pdf: bytes, tmp_path: Path) -> int:
    from PIL import Image

    (tmp_path / "sign.pdf").write_bytes(pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "20",
            "-png",
            "-singlefile",
            str(tmp_path / "sign.pdf"),
            str(tmp_path / "sign"),
        ],
        check=True,
    )
    image = Image.open(tmp_path / "sign.png").convert("RGB")
    red = image.point(lambda v: 255 if v > 200 else 0).split()[0]
    not_green = image.split()[1].point(lambda v: 255 if v < 60 else 0)
    from PIL import ImageChops

    return ImageChops.multiply(red, not_green).histogram()[255]
