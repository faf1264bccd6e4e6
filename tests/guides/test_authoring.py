"""Screenshots made into step pictures: redaction removes the pixels, metadata is gone."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from peerhelper.guides.authoring import (
    AMBER,
    REDACTION,
    Box,
    Mark,
    compose,
    open_picture,
    save_clean,
)
from peerhelper.guides.drafts import (
    GuideDraft,
    GuideNotReady,
    KitPicture,
    ScreenshotPicture,
    StepDraft,
    build_manifest,
    save_draft,
    suggest_id,
)
from peerhelper.guides.library import load_local
from peerhelper.paths import DataPaths

SECRET = (200, 30, 90)  # the colour of "the client's name" in the test picture


def screenshot(tmp_path: Path) -> Path:
    """A 400 × 300 screenshot with a secret-coloured block at (100, 100)–(200, 150)."""
    image = Image.new("RGB", (400, 300), (245, 245, 245))
    image.paste(SECRET, (100, 100, 200, 150))
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Maija Meikäläinen")
    info.add_text("Comment", "client 010101-123X")
    path = tmp_path / "shot.png"
    image.save(path, "PNG", pnginfo=info)
    return path


def photo_with_gps(tmp_path: Path) -> Path:
    image = Image.new("RGB", (320, 240), (90, 140, 200))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0132] = "2026:11:30 10:00:00"  # DateTime
    gps = {1: "N", 2: (60.0, 10.0, 0.0), 3: "E", 4: (24.0, 56.0, 0.0)}
    exif[0x8825] = gps  # GPS IFD
    path = tmp_path / "photo.jpg"
    image.save(path, "JPEG", exif=exif.tobytes())
    with Image.open(path) as check:  # the test picture really has a position
        assert check.getexif().get_ifd(0x8825)
    return path


def test_redaction_replaces_the_pixels_in_the_saved_file(tmp_path) -> None:
    image = open_picture(screenshot(tmp_path))
    marks = [
        Mark("ring", Box(90, 90, 120, 70)),  # drawn first, then covered where it overlaps
        Mark("redact", Box(95, 95, 110, 60)),
    ]
    out = tmp_path / "step1.png"
    save_clean(compose(image, None, marks), out)
    with Image.open(out) as saved:
        saved = saved.convert("RGB")
        pixels = [saved.getpixel((x, y)) for x in range(95, 205) for y in range(95, 155)]
        assert set(pixels) == {REDACTION}
        colours = {saved.getpixel((x, y)) for x in range(saved.width) for y in range(saved.height)}
    assert SECRET not in colours
    assert AMBER in colours  # the ring outside the box is still there


def test_crop_moves_marks_and_redactions_with_it(tmp_path) -> None:
    image = open_picture(screenshot(tmp_path))
    crop = Box(50, 50, 300, 200)
    saved = compose(image, crop, [Mark("redact", Box(100, 100, 100, 50))])
    assert saved.size == (300, 200)
    assert saved.getpixel((50, 50)) == REDACTION and saved.getpixel((149, 99)) == REDACTION
    assert SECRET not in {saved.getpixel((x, y)) for x in range(300) for y in range(200)}


def test_arrow_and_numbered_marker_are_drawn(tmp_path) -> None:
    image = open_picture(screenshot(tmp_path))
    saved = compose(
        image, None, [Mark("arrow", Box(10, 10, 150, 100)), Mark("number", Box(300, 200, 0, 0), 3)]
    )
    assert saved.getpixel((300 - 10, 200)) == AMBER  # the marker's disc, left of its digit
    assert saved.getpixel((300 - 30, 200)) != AMBER
    assert saved.getpixel((85, 60)) == AMBER  # the arrow's shaft


def test_metadata_exif_and_gps_are_gone(tmp_path) -> None:
    for source in (screenshot(tmp_path), photo_with_gps(tmp_path)):
        out = tmp_path / f"clean-{source.stem}.png"
        save_clean(compose(open_picture(source), None, []), out)
        data = out.read_bytes()
        with Image.open(io.BytesIO(data)) as saved:
            assert not saved.getexif()
            assert not saved.info.get("exif") and not saved.text
            assert "icc_profile" not in saved.info
        for chunk in (b"tEXt", b"iTXt", b"zTXt", b"eXIf", b"iCCP"):
            assert chunk not in data
        assert b"Meik" not in data and b"PhoneMaker" not in data


# -- a whole guide made in the app ----------------------------------------------------
def draft_guide(tmp_path: Path) -> GuideDraft:
    shot = ScreenshotPicture(
        open_picture(screenshot(tmp_path)),
        crop=Box(0, 0, 400, 300),
        marks=[Mark("redact", Box(100, 100, 100, 50)), Mark("number", Box(60, 60, 0, 0), 1)],
    )
    steps = [StepDraft(shot, {"fi": "Avaa sivu."}, {"fi": "Sivu, nimi peitetty."})]
    for n in range(2, 6):
        kit = KitPicture("phone", "Tulostin", [("document", "Tulosta"), ("", "Peruuta")], 0, True)
        steps.append(StepDraft(kit, {"fi": f"Vaihe {n}."}, {"fi": "Puhelin."}))
    return GuideDraft(
        id=suggest_id("Kirjaston tulostin"),
        source_language="fi",
        title={"fi": "Kirjaston tulostin"},
        summary={"fi": "Tulosta kirjastossa."},
        topics=["photos_documents"],
        service="Kirjaston tulostin",
        organisation="Esimerkin kirjasto",
        sources=[{"title": "Ohje", "publisher": "Kirjasto", "url": "https://example.org/ohje"}],
        steps=steps,
    )


def test_a_drafted_guide_is_checked_and_saved_as_a_local_guide(tmp_path) -> None:
    paths = DataPaths(tmp_path / "data")
    draft = draft_guide(tmp_path)
    assert draft.id == "kirjaston-tulostin"
    draft.steps[1].caption = {}
    with pytest.raises(GuideNotReady) as caught:
        save_draft(paths, draft)
    assert [p.code for p in caught.value.problems] == ["missing_caption"]
    assert not (paths.local_guides / draft.id).exists()

    draft.steps[1].caption = {"fi": "Vaihe 2.", "en": "Step 2."}
    with pytest.raises(GuideNotReady) as caught:  # English has no title, summary, captions
        save_draft(paths, draft)
    assert {p.code for p in caught.value.problems} == {
        "missing_text",
        "missing_caption",
        "missing_alt",
    }

    draft.steps[1].caption = {"fi": "Vaihe 2."}
    folder = save_draft(paths, draft)
    (guide,) = load_local(paths.local_guides)[0]
    assert guide.id == "kirjaston-tulostin" and guide.organisation == "Esimerkin kirjasto"
    assert guide.source_language == "fi" and guide.is_reviewed("fi")
    assert sorted(p.name for p in folder.iterdir()) == ["manifest.json", "step1.png"]
    with Image.open(folder / "step1.png") as saved:
        saved = saved.convert("RGB")
        assert saved.getpixel((150, 125)) == REDACTION
    assert not [p for p in paths.local_guides.iterdir() if p.name.startswith(".")]

    again = draft_guide(tmp_path)
    with pytest.raises(GuideNotReady, match="already a local guide"):
        save_draft(paths, again)
    again.id = "wifi-connect"
    with pytest.raises(GuideNotReady, match="comes with the program"):
        save_draft(paths, again)


def test_other_languages_are_unreviewed_until_marked(tmp_path) -> None:
    draft = draft_guide(tmp_path)
    draft.title["sv"] = "Bibliotekets skrivare"
    data = build_manifest(draft)
    assert data["languages"] == {"fi": {"reviewed": True}, "sv": {"reviewed": False}}
    draft.reviewed["sv"] = True
    assert build_manifest(draft)["languages"]["sv"] == {"reviewed": True}
