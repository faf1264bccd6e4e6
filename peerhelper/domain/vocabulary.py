"""The controlled vocabularies of a support session, with labels in fi, sv and en.

Codes are stored and exported; labels are shown. Topic labels can be renamed
and new topics added by a coordinator (kept in the database); every other
vocabulary is fixed. Labels live here as data, not as Qt translations,
because a coordinator may change them per language.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from peerhelper.domain.languages import FALLBACK_LANGUAGE, UI_LANGUAGES


@dataclass(frozen=True)
class Term:
    code: str
    fi: str
    sv: str
    en: str
    # A picture-kit icon name (peerhelper.guides.kit.icons), shared with the guides.
    icon: str = ""

    def label(self, language: str) -> str:
        return getattr(self, language if language in UI_LANGUAGES else FALLBACK_LANGUAGE)


def _codes(terms: tuple[Term, ...]) -> tuple[str, ...]:
    return tuple(t.code for t in terms)


DEFAULT_TOPICS: tuple[Term, ...] = (
    Term("device_basics", "Laitteen perusteet", "Grunderna i apparaten", "Device basics", "phone"),
    Term("internet_wifi", "Netti ja Wi-Fi", "Internet och wifi", "Internet and Wi-Fi", "wifi"),
    Term("email", "Sähköposti", "E-post", "E-mail", "mail"),
    Term(
        "strong_id",
        "Vahva tunnistautuminen",
        "Stark autentisering",
        "Strong identification",
        "bank_id",
    ),
    Term("suomi_fi", "Suomi.fi", "Suomi.fi", "Suomi.fi", "login"),
    Term("kela", "Kela", "FPA", "Kela", "document"),
    Term("health", "Terveys ja OmaKanta", "Hälsa och MittKanta", "Health and OmaKanta", "health"),
    Term("tax", "Verotus", "Beskattning", "Taxes", "bill"),
    Term("banking", "Pankkiasiat", "Bankärenden", "Banking", "card"),
    Term("employment", "Työnhaku", "Jobbsökning", "Employment", "user"),
    Term(
        "transport",
        "Liikenne ja liput",
        "Trafik och biljetter",
        "Transport and tickets",
        "calendar",
    ),
    Term(
        "social_video",
        "Some ja videopuhelut",
        "Sociala medier och videosamtal",
        "Social media and video calls",
        "video",
    ),
    Term(
        "photos_documents",
        "Kuvat ja asiakirjat",
        "Bilder och dokument",
        "Photos and documents",
        "camera",
    ),
    Term("apps", "Sovellukset", "Appar", "Apps", "store"),
    Term(
        "security_scams",
        "Tietoturva ja huijaukset",
        "Datasäkerhet och bedrägerier",
        "Security and scams",
        "danger",
    ),
    Term("passwords", "Salasanat", "Lösenord", "Passwords", "lock"),
    Term("other", "Muu asia", "Annat", "Other", "question"),
)
TOPIC_CODES = _codes(DEFAULT_TOPICS)

MODES: tuple[Term, ...] = (
    Term("local", "Lähituki", "Närstöd", "Local support"),
    Term("remote", "Etätuki", "Distansstöd", "Remote support"),
    Term("training", "Koulutus", "Utbildning", "Training"),
)
CHANNELS: tuple[Term, ...] = (
    Term("service_point", "Palvelupiste", "Serviceställe", "Service point"),
    Term("home_visit", "Kotikäynti", "Hembesök", "Home visit"),
    Term("peer_group", "Vertaisryhmä", "Kamratgrupp", "Peer group"),
    Term("phone", "Puhelin", "Telefon", "Phone"),
    Term("chat", "Chat", "Chatt", "Chat"),
    Term("video", "Video", "Video", "Video"),
    Term("course", "Kurssi", "Kurs", "Course"),
    Term("other", "Muu", "Annat", "Other"),
)
DEVICES: tuple[Term, ...] = (
    Term("own_phone", "Oma puhelin", "Egen telefon", "Own phone"),
    Term("own_computer", "Oma tietokone", "Egen dator", "Own computer"),
    Term("site_device", "Toimipisteen laite", "Ställets apparat", "Site's device"),
    Term("none", "Ei laitetta", "Ingen apparat", "No device"),
    Term("other", "Muu", "Annan", "Other"),
)
AGE_BANDS: tuple[Term, ...] = (
    Term("under_30", "alle 30", "under 30", "under 30"),
    Term("30_64", "30–64", "30–64", "30–64"),
    Term("65_74", "65–74", "65–74", "65–74"),
    Term("75_plus", "75+", "75+", "75+"),
    Term("unknown", "Ei tiedossa", "Okänd", "Unknown"),
)
VISITS: tuple[Term, ...] = (
    Term("first", "Ensimmäinen kerta", "Första gången", "First visit"),
    Term("returning", "Palaava", "Återkommande", "Returning"),
    Term("unknown", "Ei tiedossa", "Okänt", "Unknown"),
)
OUTCOMES: tuple[Term, ...] = (
    Term("solved", "Ratkesi", "Löst", "Solved"),
    Term("partly", "Osittain", "Delvis", "Partly"),
    Term("referred", "Ohjattiin eteenpäin", "Hänvisad vidare", "Referred"),
    Term("not_solved", "Ei ratkennut", "Inte löst", "Not solved"),
)
INDEPENDENCE: tuple[Term, ...] = (
    Term("self", "Asiakas teki itse", "Kunden gjorde själv", "Client did it"),
    Term("guided", "Ohjattuna", "Med handledning", "Guided"),
    Term("on_behalf", "Tukija teki puolesta", "Stödpersonen gjorde det", "Done on behalf"),
)
BARRIERS: tuple[Term, ...] = (
    Term("no_device", "Ei laitetta", "Ingen apparat", "No device"),
    Term("no_connection", "Ei nettiyhteyttä", "Ingen internetanslutning", "No connection"),
    Term("no_bank_id", "Ei pankkitunnuksia", "Inga bankkoder", "No bank ID"),
    Term("language", "Kieli", "Språk", "Language"),
    Term("vision_hearing", "Näkö tai kuulo", "Syn eller hörsel", "Vision or hearing"),
    Term("motor", "Motoriikka", "Motorik", "Motor skills"),
    Term("memory", "Muisti", "Minne", "Memory"),
    Term("fear", "Pelko tai epävarmuus", "Rädsla eller osäkerhet", "Fear or insecurity"),
    Term("low_literacy", "Luku- ja kirjoitustaito", "Läs- och skrivkunnighet", "Low literacy"),
    Term("other", "Muu este", "Annat hinder", "Other"),
)

VOCABULARIES: dict[str, tuple[Term, ...]] = {
    "mode": MODES,
    "channel": CHANNELS,
    "device": DEVICES,
    "age_band": AGE_BANDS,
    "visit": VISITS,
    "outcome": OUTCOMES,
    "independence": INDEPENDENCE,
    "barriers": BARRIERS,
}


@cache  # asked for every field of every row of an import; the vocabularies never change
def codes_of(field: str) -> tuple[str, ...]:
    return _codes(VOCABULARIES[field])
