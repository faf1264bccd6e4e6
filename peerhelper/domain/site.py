"""The site profile: who gives support, where and when.

It is printed on handouts and signs, so it holds only the site's public
facts, never anything about a client.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Languages commonly spoken by volunteers and clients in Finland, most common first.
# Each code is BCP 47; the names are the languages' own names so that anyone
# can find theirs whatever the user-interface language.
COMMON_LANGUAGES: tuple[tuple[str, str], ...] = (
    ("fi", "suomi"),
    ("sv", "svenska"),
    ("en", "English"),
    ("ru", "русский"),
    ("uk", "українська"),
    ("et", "eesti"),
    ("ar", "العربية"),
    ("so", "Soomaali"),
    ("fa", "فارسی"),
    ("ckb", "کوردی"),
    ("tr", "Türkçe"),
    ("zh", "中文"),
    ("vi", "Tiếng Việt"),
    ("th", "ไทย"),
    ("sq", "shqip"),
    ("es", "español"),
    ("fr", "français"),
    ("de", "Deutsch"),
    ("se", "davvisámegiella"),
    ("fit", "meänkieli"),
    ("fi-selko", "selkosuomi"),
)
LANGUAGE_NAMES = dict(COMMON_LANGUAGES)


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
