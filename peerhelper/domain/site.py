"""The site profile: who gives support, where and when.

It is printed on handouts and signs, so it holds only the site's public
facts, never anything about a client.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SiteProfileData:
    organisation: str = ""
    site_name: str = ""
    address: str = ""
    opening_hours: str = ""
    phone: str = ""
    languages: list[str] = field(default_factory=list)

    def cleaned(self) -> SiteProfileData:
        """Trimmed text and unique language codes in their given order."""
        seen: list[str] = []
        for code in self.languages:
            code = code.strip()
            if code and code not in seen:
                seen.append(code)
        return SiteProfileData(
            organisation=self.organisation.strip(),
            site_name=self.site_name.strip(),
            address=self.address.strip(),
            opening_hours=self.opening_hours.strip(),
            phone=self.phone.strip(),
            languages=seen,
        )

    def missing_required(self) -> list[str]:
        """Names of the fields a profile cannot be saved without."""
        return [name for name in ("organisation", "site_name") if not getattr(self, name).strip()]
