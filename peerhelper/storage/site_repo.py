"""Reading and saving the site profile (one row per installation)."""

from __future__ import annotations

from sqlalchemy import select

from peerhelper.domain.site import SiteProfileData
from peerhelper.storage.database import Database
from peerhelper.storage.models import SiteProfile


def load_site_profile(db: Database) -> SiteProfileData | None:
    """The saved profile, or ``None`` before the first-run dialog has been answered."""
    with db.session() as session:
        row = session.scalars(select(SiteProfile).order_by(SiteProfile.id)).first()
        if row is None:
            return None
        return SiteProfileData(
            organisation=row.organisation,
            site_name=row.site_name,
            address=row.address,
            opening_hours=row.opening_hours,
            phone=row.phone,
            languages=row.languages.split(),
        )


def save_site_profile(db: Database, profile: SiteProfileData) -> None:
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
