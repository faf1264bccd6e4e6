"""The recurring icons: one drawing per idea, shared by every guide.

Each icon is drawn in a 100 x 100 box (see ``icon_drawings``) and placed
with :func:`icon`. The stroke is scaled back so an icon of any size keeps
the kit's one line weight. The names are the vocabulary guide authors use
in scenes.
"""

from __future__ import annotations

from collections.abc import Callable

from peerhelper.guides.kit import icon_drawings as d
from peerhelper.guides.kit import icon_drawings_extra as extra
from peerhelper.guides.kit import icon_drawings_travel as travel
from peerhelper.guides.kit import palette as p
from peerhelper.guides.kit.svg import group

Drawer = Callable[[str, float], str]

ICONS: dict[str, Drawer] = {
    "login": d.login,
    "logout": d.logout,
    "bank_id": d.bank_id,
    "attachment": d.attachment,
    "send": d.send,
    "danger": d.danger,
    "done": d.done,
    "wifi": d.wifi,
    "lock": d.lock,
    "key": d.key,
    "phone": d.phone,
    "laptop": d.laptop,
    "mail": d.mail,
    "camera": d.camera,
    "search": d.search,
    "settings": d.settings,
    "home": d.home,
    "back": d.back,
    "power": d.power,
    "volume": d.volume,
    "battery": d.battery,
    "battery_low": travel.battery_low,
    "charging": d.bolt,
    "question": d.question,
    "info": d.info,
    "video": d.video,
    "calendar": d.calendar,
    "medicine": d.medicine,
    "barcode": extra.barcode,
    "handset": extra.handset,
    "microphone": extra.microphone,
    "viewfinder": extra.viewfinder,
    "laptop_phone": extra.laptop_phone,
    "document": d.document,
    "user": d.user,
    "eye_off": d.eye_off,
    "store": d.store,
    "trash": d.trash,
    "message": d.message,
    "card": d.card,
    "card_reader": travel.card_reader,
    "ticket": travel.ticket,
    "qr_code": travel.qr_code,
    "globe": d.globe,
    "wait": d.hourglass,
    "bell": d.bell,
    "bill": d.bill,
    "health": d.health,
    "download": d.download,
    "chevron": d.chevron,
}

_DEFAULT_COLOURS = {"danger": p.RED, "done": p.GREEN, "health": p.RED}


def icon(name: str, cx: float, cy: float, size: float, color: str | None = None) -> str:
    """The icon ``name`` centred on (cx, cy), ``size`` pixels wide and high."""
    drawer = ICONS[name]
    colour = color or _DEFAULT_COLOURS.get(name, p.BLUE)
    scale = size / 100
    stroke = p.LINE / scale
    return group(
        [drawer(colour, stroke)],
        transform=f"translate({cx - size / 2:.1f} {cy - size / 2:.1f}) scale({scale:.3f})",
    )
