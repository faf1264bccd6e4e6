"""Reading and saving the site profile (one row per installation).

Reading uses plain ``sqlite3``: the first screen shows the site's name and
must not wait for SQLAlchemy to load (see ``storage.database``). Saving goes
through the ORM like every other write.
"""

from __future__ import annotations

from peerhelper.domain.site import SiteProfileData
from peerhelper.storage.database import Database

_COLUMNS = "organisation, site_name, address, opening_hours, phone, languages"


def load_site_profile(db: Database) -> SiteProfileData | None:
    """The saved profile, or ``None`` before the first-run dialog has been answered.

    The organisation server's database has no profile of its own: ``None``.
    """
    if not db.is_site:
        return None
    connection = db.read_connection()
    try:
        row = connection.execute(
            f"SELECT {_COLUMNS} FROM site_profile ORDER BY id LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    if row is None:
        return None
    organisation, site_name, address, opening_hours, phone, languages = row
    return SiteProfileData(
        organisation=organisation,
        site_name=site_name,
        address=address,
        opening_hours=opening_hours,
        phone=phone,
        languages=languages.split(),
    )


def save_site_profile(db: Database, profile: SiteProfileData) -> None:
    from sqlalchemy import select

    from peerhelper.storage.models import SiteProfile

    profile = profile.cleaned()
    with db.session() as session:
        row = session.scalars(select(SiteProfile).order_by(SiteProfile.id)).first()
        if row is None:
            row = SiteProfile(device_id=db.device_id)
            session.add(row)
        row.organisation = profile.organisation
        row.site_name = profile.site_name
        row.address = profile.address
        row.opening_hours = profile.opening_hours
        row.phone = profile.phone
        row.languages = " ".join(profile.languages)
