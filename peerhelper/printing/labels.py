"""The fixed words printed on handouts, signs and tally sheets, in every caption language.

A handout in Somali must say "Notes" and "Page 1 of 3" in Somali, not in
the volunteer's interface language, so these words live here as data rather
than as Qt translations. Every bundled caption language has every handout
and sign label; the tally sheet is for volunteers and is printed in the
interface languages (fi, sv, en) only. A referral slip has its own words
(``slip_*``) in every handout language too. A missing label falls back to the
base language (``fi-selko`` → ``fi``) and then to English.
"""

from __future__ import annotations

from peerhelper.domain.languages import (
    FALLBACK_LANGUAGE,
    PRINTED_LABEL_LANGUAGES,
    UI_LANGUAGES,
    fallback_chain,
)
from peerhelper.printing.text import keep_ltr, text_direction

# Languages with every handout and sign label.
HANDOUT_LABEL_LANGUAGES = PRINTED_LABEL_LANGUAGES
TALLY_LANGUAGES = UI_LANGUAGES

LABELS: dict[str, dict[str, str]] = {
    "notes": {
        "fi": "Muistiinpanot",
        "sv": "Anteckningar",
        "en": "Notes",
        "fi-selko": "Muistiinpanot",
        "ar": "ملاحظات",
        "fa": "یادداشت\u200cها",
        "so": "Qoraallo",
        "ru": "Заметки",
        "uk": "Нотатки",
        "ckb": "تێبینییەکان",
    },
    "bring": {
        "fi": "Ota mukaan ensi kerralla",
        "sv": "Ta med nästa gång",
        "en": "Next time, bring",
        "fi-selko": "Ota nämä mukaan ensi kerralla",
        "ar": "أحضِر معك في المرة القادمة",
        "fa": "دفعهٔ بعد همراه بیاورید",
        "so": "Marka xigta soo qaado",
        "ru": "В следующий раз возьмите с собой",
        "uk": "Наступного разу візьміть із собою",
        "ckb": "جاری داهاتوو لەگەڵ خۆت بیهێنە",
    },
    # Before the guide's "what you need" line, in the line's own language.
    "needs": {
        "fi": "Tarvitset:",
        "sv": "Du behöver:",
        "en": "What you need:",
        "fi-selko": "Tarvitset:",
        "ar": "ما تحتاج إليه:",
        "fa": "آنچه لازم دارید:",
        "so": "Waxaad u baahan tahay:",
        "ru": "Что понадобится:",
        "uk": "Що знадобиться:",
        "ckb": "ئەوەی پێویستتە:",
    },
    "page": {
        "fi": "Sivu {page} / {pages}",
        "sv": "Sida {page} av {pages}",
        "en": "Page {page} of {pages}",
        "fi-selko": "Sivu {page} / {pages}",
        "ar": "صفحة {page} من {pages}",
        "fa": "صفحهٔ {page} از {pages}",
        "so": "Bogga {page} / {pages}",
        "ru": "Страница {page} из {pages}",
        "uk": "Сторінка {page} з {pages}",
        "ckb": "لاپەڕە {page} لە {pages}",
    },
    "guide_version": {
        "fi": "{title}, versio {version}",
        "sv": "{title}, version {version}",
        "en": "{title}, version {version}",
        "fi-selko": "{title}, versio {version}",
        "ar": "{title}، الإصدار {version}",
        "fa": "{title}، نسخهٔ {version}",
        "so": "{title}, nooca {version}",
        "ru": "{title}, версия {version}",
        "uk": "{title}, версія {version}",
        "ckb": "{title}، وەشانی {version}",
    },
    "sources_checked": {
        "fi": "Lähteet: {sources} · tarkistettu {date}",
        "sv": "Källor: {sources} · kontrollerad {date}",
        "en": "Sources: {sources} · checked {date}",
        "fi-selko": "Tiedot on tarkistettu {date}. Lähteet: {sources}",
        "ar": "المصادر: {sources} · تاريخ المراجعة {date}",
        "fa": "منابع: {sources} · بررسی‌شده در {date}",
        "so": "Ilaha: {sources} · la hubiyay {date}",
        "ru": "Источники: {sources} · проверено {date}",
        "uk": "Джерела: {sources} · перевірено {date}",
        "ckb": "سەرچاوەکان: {sources} · پشکنراوە لە {date}",
    },
    "digital_support_here": {
        "fi": "Täältä saat digitukea",
        "sv": "Här får du digistöd",
        "en": "Digital support here",
        "fi-selko": "Täältä saat apua digiasioihin",
        "ar": "الدعم الرقمي هنا",
        "fa": "پشتیبانی دیجیتال اینجاست",
        "so": "Caawimaad dijitaal ah halkan",
        "ru": "Здесь помогают с цифровыми услугами",
        "uk": "Тут допомагають з цифровими послугами",
        "ckb": "یارمەتیی دیجیتاڵی لێرەیە",
        "et": "Digitugi siin",
        "tr": "Dijital destek burada",
        "vi": "Hỗ trợ kỹ thuật số tại đây",
        "sq": "Mbështetje digjitale këtu",
        "es": "Apoyo digital aquí",
        "fr": "Aide numérique ici",
        "de": "Digitale Unterstützung hier",
    },
    "sign_subtitle": {
        "fi": "Apua puhelimen, tietokoneen ja verkkopalvelujen käyttöön",
        "sv": "Hjälp med telefon, dator och e-tjänster",
        "en": "Help with phones, computers and e-services",
        "fi-selko": "Apua puhelimen ja tietokoneen käyttöön",
        "ar": "مساعدة في استخدام الهاتف والحاسوب والخدمات الإلكترونية",
        "fa": "کمک برای کار با گوشی، رایانه و خدمات اینترنتی",
        "so": "Caawimaad taleefanka, kombiyuutarka iyo adeegyada internetka",
        "ru": "Помощь с телефоном, компьютером и электронными услугами",
        "uk": "Допомога з телефоном, комп\u2019ютером і електронними послугами",
        "ckb": "یارمەتی بۆ مۆبایل، کۆمپیوتەر و خزمەتگوزارییە ئەلیکترۆنییەکان",
        "et": "Abi telefoni, arvuti ja e-teenuste kasutamisel",
        "tr": "Telefon, bilgisayar ve e-hizmetler konusunda yardım",
        "vi": "Hỗ trợ sử dụng điện thoại, máy tính và dịch vụ điện tử",
        "sq": "Ndihmë me telefonin, kompjuterin dhe shërbimet elektronike",
        "es": "Ayuda con el teléfono, el ordenador y los servicios electrónicos",
        "fr": "Aide pour le téléphone, l’ordinateur et les services en ligne",
        "de": "Hilfe mit Telefon, Computer und Online-Diensten",
    },
    "slip_title": {
        "fi": "Ohjaus: mene tänne",
        "sv": "Hänvisning: gå hit",
        "en": "Referral: please go to",
        "fi-selko": "Mene tänne",
        "ar": "إحالة: يرجى التوجه إلى",
        "fa": "ارجاع: لطفاً به اینجا بروید",
        "so": "U gudbin: fadlan aad halkan",
        "ru": "Направление: обратитесь сюда",
        "uk": "Направлення: зверніться сюди",
        "ckb": "ڕەوانەکردن: تکایە بچۆ بۆ ئێرە",
    },
    "slip_address": {
        "fi": "Osoite",
        "sv": "Adress",
        "en": "Address",
        "fi-selko": "Osoite",
        "ar": "العنوان",
        "fa": "نشانی",
        "so": "Cinwaanka",
        "ru": "Адрес",
        "uk": "Адреса",
        "ckb": "ناونیشان",
    },
    "slip_hours": {
        "fi": "Aukioloajat",
        "sv": "Öppettider",
        "en": "Opening hours",
        "fi-selko": "Milloin auki",
        "ar": "ساعات العمل",
        "fa": "ساعات کاری",
        "so": "Saacadaha la furan yahay",
        "ru": "Часы работы",
        "uk": "Години роботи",
        "ckb": "کاتەکانی کارکردن",
    },
    "slip_phone": {
        "fi": "Puhelin",
        "sv": "Telefon",
        "en": "Phone",
        "fi-selko": "Puhelin",
        "ar": "الهاتف",
        "fa": "تلفن",
        "so": "Taleefan",
        "ru": "Телефон",
        "uk": "Телефон",
        "ckb": "تەلەفۆن",
    },
    "slip_web": {
        "fi": "Verkkosivu",
        "sv": "Webbplats",
        "en": "Website",
        "fi-selko": "Nettisivu",
        "ar": "الموقع الإلكتروني",
        "fa": "وب\u200cسایت",
        "so": "Bogga internetka",
        "ru": "Сайт",
        "uk": "Вебсайт",
        "ckb": "ماڵپەڕ",
    },
    "slip_languages": {
        "fi": "Palvelukielet",
        "sv": "Språk",
        "en": "Languages",
        "fi-selko": "Kielet",
        "ar": "اللغات",
        "fa": "زبان\u200cها",
        "so": "Luqadaha",
        "ru": "Языки",
        "uk": "Мови",
        "ckb": "زمانەکان",
    },
    "slip_ask": {
        "fi": "Kysy tätä",
        "sv": "Fråga om detta",
        "en": "Ask for this",
        "fi-selko": "Kysy tätä",
        "ar": "اسأل عن هذا",
        "fa": "این را بپرسید",
        "so": "Wax ka weydii tan",
        "ru": "Спросите об этом",
        "uk": "Запитайте про це",
        "ckb": "پرسیار لەمە بکە",
    },
    "slip_bring": {
        "fi": "Ota mukaan",
        "sv": "Ta med",
        "en": "Bring with you",
        "fi-selko": "Ota mukaan",
        "ar": "أحضِر معك",
        "fa": "همراه بیاورید",
        "so": "Soo qaado",
        "ru": "Возьмите с собой",
        "uk": "Візьміть із собою",
        "ckb": "لەگەڵ خۆت بیهێنە",
    },
    "slip_bring_default": {
        "fi": "Henkilöllisyystodistus (passi tai henkilökortti), tämä lappu ja oma puhelin, "
        "jos sinulla on.",
        "sv": "Identitetsbevis (pass eller id-kort), den här lappen och din telefon om du har en.",
        "en": "Proof of identity (passport or identity card), this slip, and your phone "
        "if you have one.",
        "fi-selko": "Passi tai henkilökortti, tämä lappu ja puhelin, jos sinulla on puhelin.",
        "ar": "وثيقة هوية (جواز السفر أو بطاقة الهوية)، وهذه الورقة، وهاتفك إن كان لديك هاتف.",
        "fa": "مدرک شناسایی (گذرنامه یا کارت شناسایی)، همین برگه، و گوشی\u200cتان اگر دارید.",
        "so": "Aqoonsi (baasaboor ama kaarka aqoonsiga), warqaddan, iyo taleefankaaga "
        "haddii aad leedahay.",
        "ru": "Документ, удостоверяющий личность (паспорт или удостоверение личности), "
        "этот листок и свой телефон, если он есть.",
        "uk": "Документ, що посвідчує особу (паспорт або посвідчення особи), цей листок "
        "і свій телефон, якщо він є.",
        "ckb": "بەڵگەنامەی ناسنامە (پاسپۆرت یان کارتی ناسنامە)، ئەم پەڕەیە، و مۆبایلەکەت "
        "ئەگەر هەتە.",
    },
    "slip_never_codes": {
        "fi": "Älä anna pankkitunnuksiasi tai salasanojasi kenellekään.",
        "sv": "Ge aldrig dina bankkoder eller lösenord till någon.",
        "en": "Never give your bank codes or passwords to anyone.",
        "fi-selko": "Älä anna pankkitunnuksia tai salasanoja kenellekään.",
        "ar": "لا تُعطِ رموزك البنكية أو كلمات المرور لأي شخص.",
        "fa": "رمزهای بانکی یا گذرواژه\u200cهای خود را هرگز به کسی ندهید.",
        "so": "Qofna ha siin koodhadhka bangigaaga ama furahaaga sirta ah.",
        "ru": "Никому не сообщайте свои банковские коды и пароли.",
        "uk": "Нікому не повідомляйте свої банківські коди та паролі.",
        "ckb": "هەرگیز کۆدەکانی بانک یان وشە نهێنییەکانت مەدە بە کەس.",
    },
    "tally_title": {
        "fi": "Digituki: päivän tukitilanteet",
        "sv": "Digistöd: dagens stödtillfällen",
        "en": "Digital support: the day's sessions",
    },
    "tally_hint": {
        "fi": "Vedä jokaisesta tukitilanteesta viiva jokaisen sen aiheen riville. "
        "Kirjaa summat PeerHelperiin päivän päätteeksi.",
        "sv": "Dra ett streck på raden för varje ämne som ett stödtillfälle gällde. "
        "För in summorna i PeerHelper i slutet av dagen.",
        "en": "For each session, draw one line on the row of every topic it was about. "
        "Enter the totals in PeerHelper at the end of the day.",
    },
    "date": {"fi": "Päivämäärä", "sv": "Datum", "en": "Date"},
    "site": {"fi": "Toimipiste", "sv": "Verksamhetsställe", "en": "Site"},
    "topic": {"fi": "Aihe", "sv": "Ämne", "en": "Topic"},
    "tally": {"fi": "Tukkimiehen viivat", "sv": "Streck", "en": "Tally marks"},
    "total": {"fi": "Yhteensä", "sv": "Totalt", "en": "Total"},
    "sessions_total": {
        "fi": "Tukitilanteita yhteensä",
        "sv": "Stödtillfällen totalt",
        "en": "Sessions in all",
    },
}


def label_language(key: str, lang: str) -> str:
    """The language the label ``key`` is actually printed in for ``lang``."""
    texts = LABELS[key]
    for code in fallback_chain(lang, (FALLBACK_LANGUAGE,)):
        if code in texts:
            return code
    raise KeyError(f"label {key!r} has no English text")


def label(key: str, lang: str, **values: object) -> str:
    """The label ``key`` in ``lang`` (or its fallback), with ``{names}`` filled in.

    In right-to-left languages each value is kept as one left-to-right unit,
    so a guide id such as "phone-basics" is not split by the bidi rules.
    """
    code = label_language(key, lang)
    text = LABELS[key][code]
    if not values:
        return text
    if text_direction(lang=code) == "rtl":
        values = {name: keep_ltr(str(value)) for name, value in values.items()}
    return text.format(**values)
