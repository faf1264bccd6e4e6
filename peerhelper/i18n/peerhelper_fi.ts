<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>Ask</name>
    <message>
        <location filename="../ui/ask.py" line="63"/>
        <source>%1 is inside PeerHelper&apos;s data folder, where it could replace the database or its backups. Save it somewhere else, such as your Documents folder.</source>
        <translation>%1 on PeerHelperin tietokansiossa, jossa se voisi korvata tietokannan tai sen varmuuskopiot. Tallenna se muualle, esimerkiksi Tiedostot-kansioon.</translation>
    </message>
</context>
<context>
    <name>CommonPath</name>
    <message>
        <location filename="../ui/session/common_path.py" line="37"/>
        <source>Mode</source>
        <translation>Tukimuoto</translation>
    </message>
    <message>
        <location filename="../ui/session/common_path.py" line="39"/>
        <source>Channel: not chosen</source>
        <translation>Kanava: ei valittu</translation>
    </message>
    <message>
        <location filename="../ui/session/common_path.py" line="42"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../ui/session/common_path.py" line="48"/>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../ui/session/common_path.py" line="51"/>
        <location filename="../ui/session/common_path.py" line="70"/>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../ui/session/common_path.py" line="68"/>
        <source>How</source>
        <translation>Miten</translation>
    </message>
    <message>
        <location filename="../ui/session/common_path.py" line="69"/>
        <source>Topics</source>
        <translation>Aiheet</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../ui/crash.py" line="25"/>
        <source>Something went wrong in PeerHelper. Everything you saved is safe.</source>
        <translation>PeerHelperissä tapahtui virhe. Kaikki tallentamasi on tallessa.</translation>
    </message>
    <message>
        <location filename="../ui/crash.py" line="29"/>
        <source>The details were written to the log file:
%1</source>
        <translation>Tiedot virheestä kirjoitettiin lokitiedostoon:
%1</translation>
    </message>
    <message>
        <location filename="../ui/crash.py" line="33"/>
        <source>The details could not be written to a log file.</source>
        <translation>Virheen tietoja ei voitu kirjoittaa lokitiedostoon.</translation>
    </message>
    <message>
        <location filename="../ui/crash.py" line="38"/>
        <source>PeerHelper</source>
        <translation>PeerHelper</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="66"/>
        <source>Edit a service</source>
        <translation>Muokkaa palvelua</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="66"/>
        <source>Add a service</source>
        <translation>Lisää palvelu</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="67"/>
        <location filename="../ui/referrals/entry_dialog.py" line="242"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="69"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="77"/>
        <source>Helps with</source>
        <translation>Auttaa asioissa</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="80"/>
        <source>Languages served</source>
        <translation>Palvelukielet</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="88"/>
        <location filename="../ui/referrals/entry_dialog.py" line="244"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="89"/>
        <location filename="../ui/referrals/entry_dialog.py" line="245"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="90"/>
        <location filename="../ui/referrals/entry_dialog.py" line="246"/>
        <source>Web address</source>
        <translation>Verkko-osoite</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="91"/>
        <location filename="../ui/referrals/entry_dialog.py" line="247"/>
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="92"/>
        <location filename="../ui/referrals/entry_dialog.py" line="248"/>
        <source>Accessibility</source>
        <translation>Esteettömyys</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="93"/>
        <source>e.g. step-free entrance, induction loop</source>
        <translation>esim. esteetön sisäänkäynti, induktiosilmukka</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="95"/>
        <source>Free or paid</source>
        <translation>Maksuton vai maksullinen</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="96"/>
        <source>Not recorded</source>
        <translation>Ei merkitty</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="101"/>
        <location filename="../ui/referrals/entry_dialog.py" line="106"/>
        <location filename="../ui/referrals/entry_dialog.py" line="243"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="103"/>
        <source>For volunteers: what they help with, how to book. No personal data.</source>
        <translation>Tukijoille: missä he auttavat, miten ajan saa. Ei henkilötietoja.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="107"/>
        <source>Details checked on</source>
        <translation>Tiedot tarkistettu</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="112"/>
        <source>Day the details were checked</source>
        <translation>Päivä, jolloin tiedot tarkistettiin</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="113"/>
        <source>Checked &amp;today</source>
        <translation>Tarkistettu &amp;tänään</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="149"/>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="150"/>
        <source>&amp;Kind</source>
        <translation>T&amp;yyppi</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="151"/>
        <source>Helps &amp;with</source>
        <translation>Auttaa a&amp;sioissa</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="152"/>
        <source>&amp;Languages served</source>
        <translation>&amp;Palvelukielet</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="153"/>
        <source>&amp;Address</source>
        <translation>&amp;Osoite</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="154"/>
        <source>&amp;Phone</source>
        <translation>P&amp;uhelin</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="155"/>
        <source>&amp;Web address</source>
        <translation>&amp;Verkko-osoite</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="156"/>
        <source>&amp;Opening hours</source>
        <translation>&amp;Aukioloajat</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="157"/>
        <source>Accessi&amp;bility</source>
        <translation>&amp;Esteettömyys</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="158"/>
        <source>&amp;Free or paid</source>
        <translation>&amp;Maksuton vai maksullinen</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="159"/>
        <source>N&amp;otes</source>
        <translation>Muist&amp;iinpanot</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="160"/>
        <source>Checked</source>
        <translation>Tarkistettu</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="206"/>
        <source>Details from: %1</source>
        <translation>Tietojen lähde: %1</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="258"/>
        <source>Give the service a name.</source>
        <translation>Anna palvelulle nimi.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="260"/>
        <source>Another service already has this name.</source>
        <translation>Toisella palvelulla on jo tämä nimi.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="262"/>
        <source>The web address is not one, such as www.kela.fi.</source>
        <translation>Verkko-osoite ei ole oikean muotoinen (esimerkiksi www.kela.fi).</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../ui/errors.py" line="58"/>
        <source>The disk is full, so %1 was not saved. Nothing was half-written. Free some space and try again.</source>
        <translation>Levy on täynnä, joten kohdetta %1 ei tallennettu. Mitään ei jäänyt puolittain kirjoitetuksi. Vapauta levytilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="63"/>
        <source>The disk is full. Nothing was half-written. Free some space and try again.</source>
        <translation>Levy on täynnä. Mitään ei jäänyt puolittain kirjoitetuksi. Vapauta levytilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="67"/>
        <source>The database %1 is damaged and cannot be used safely. Close PeerHelper and start it again: it offers to restore the newest good backup, and nothing is deleted.</source>
        <translation>Tietokanta %1 on vioittunut, eikä sitä voi käyttää turvallisesti. Sulje PeerHelper ja käynnistä se uudelleen: se tarjoutuu palauttamaan uusimman ehjän varmuuskopion, eikä mitään poisteta.</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="74"/>
        <source>PeerHelper cannot save its data in the folder %1.

Reason: %2</source>
        <translation>PeerHelper ei voi tallentaa tietojaan kansioon %1.

Syy: %2</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="84"/>
        <source>The file %1 could not be used: %2</source>
        <translation>Tiedostoa %1 ei voitu käyttää: %2</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="88"/>
        <source>A file could not be used: %1</source>
        <translation>Tiedostoa ei voitu käyttää: %1</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="108"/>
        <source>PeerHelper cannot use this; nothing was changed.</source>
        <translation>PeerHelper ei voi käyttää tätä, eikä mitään muutettu.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ui/site_profile.py" line="118"/>
        <location filename="../ui/site_profile.py" line="119"/>
        <source>Welcome to PeerHelper</source>
        <translation>Tervetuloa PeerHelperiin</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="123"/>
        <source>Tell us about the place where you give digital support. These details are printed on handouts and signs. You can change them later in Settings.</source>
        <translation>Kerro paikasta, jossa annat digitukea. Nämä tiedot tulostuvat asiakkaan monisteisiin ja kylteihin. Voit muuttaa niitä myöhemmin asetuksissa.</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="133"/>
        <source>* required</source>
        <translation>* pakollinen</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="138"/>
        <source>&amp;Later</source>
        <translation>&amp;Myöhemmin</translation>
    </message>
</context>
<context>
    <name>GuardedField</name>
    <message>
        <location filename="../ui/privacy_guard.py" line="36"/>
        <source>Remove it from “%1”</source>
        <translation>Poista se kentästä ”%1”</translation>
    </message>
</context>
<context>
    <name>GuideChooserDialog</name>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="178"/>
        <source>Print a handout</source>
        <translation>Tulosta moniste</translation>
    </message>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="181"/>
        <source>Which guide does the client take home? Guides opened in this session and guides on its topics are listed first.</source>
        <translation>Minkä oppaan asiakas vie kotiin? Tässä tukitilanteessa avatut oppaat ja sen aiheiden oppaat ovat listan alussa.</translation>
    </message>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="189"/>
        <source>&amp;Choose languages and print…</source>
        <translation>&amp;Valitse kielet ja tulosta…</translation>
    </message>
</context>
<context>
    <name>GuideEditorDialog</name>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="57"/>
        <source>New guide</source>
        <translation>Uusi opas</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="65"/>
        <source>The language you write in</source>
        <translation>Kieli, jolla kirjoitat</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="66"/>
        <source>Language being written</source>
        <translation>Kieli, jota kirjoitetaan nyt</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="67"/>
        <source>Checked by a native speaker</source>
        <translation>Äidinkielisen puhujan tarkistama</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="70"/>
        <source>&amp;Your language:</source>
        <translation>&amp;Oma kielesi:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="71"/>
        <source>&amp;Writing in:</source>
        <translation>&amp;Kirjoituskieli:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="81"/>
        <source>About the guide</source>
        <translation>Tietoja oppaasta</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="82"/>
        <location filename="../ui/guides/editor/dialog.py" line="164"/>
        <source>Steps</source>
        <translation>Vaiheet</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="89"/>
        <source>Show as the &amp;client sees it</source>
        <translation>Näytä &amp;asiakkaan näkymänä</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="90"/>
        <source>Preview the &amp;handout…</source>
        <translation>&amp;Esikatsele tulostetta…</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="91"/>
        <source>&amp;Save the guide</source>
        <translation>&amp;Tallenna opas</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="93"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="145"/>
        <source>&amp;Title:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="146"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Lyhyt kuvaus:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="147"/>
        <source>&amp;Id (letters a–z, digits, hyphens):</source>
        <translation>T&amp;unnus (kirjaimet a–z, numerot, yhdysmerkit):</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="148"/>
        <source>T&amp;opic:</source>
        <translation>Ai&amp;he:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="149"/>
        <source>Ser&amp;vice or device:</source>
        <translation>&amp;Palvelu tai laite:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="150"/>
        <source>Or&amp;ganisation:</source>
        <translation>O&amp;rganisaatio:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="151"/>
        <source>Words on the scr&amp;eens are in:</source>
        <translation>Näyttöjen &amp;sanojen kieli:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="152"/>
        <source>Source page&apos;s tit&amp;le:</source>
        <translation>Lähdesivun ots&amp;ikko:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="153"/>
        <source>Source&apos;s &amp;publisher:</source>
        <translation>Lähteen &amp;julkaisija:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="154"/>
        <source>Source&apos;s &amp;address:</source>
        <translation>Lähteen &amp;verkko-osoite:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="166"/>
        <source>Add a screensh&amp;ot or photo…</source>
        <translation>Lisää kuvakaappaus tai &amp;valokuva…</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="167"/>
        <source>Add a &amp;kit picture</source>
        <translation>Lisää &amp;piirroskuva</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="168"/>
        <source>&amp;Remove the step</source>
        <translation>Poista vai&amp;he</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="169"/>
        <source>Move u&amp;p</source>
        <translation>Siirrä &amp;ylös</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="170"/>
        <source>Mo&amp;ve down</source>
        <translation>Siirrä a&amp;las</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="235"/>
        <source>Add a screenshot or photo</source>
        <translation>Lisää kuvakaappaus tai valokuva</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="236"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Kuvat (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="279"/>
        <location filename="../ui/guides/editor/dialog.py" line="320"/>
        <source>Step %1: %2</source>
        <translation>Vaihe %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="314"/>
        <source>Fix these before saving:</source>
        <translation>Korjaa nämä ennen tallentamista:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="361"/>
        <source>Save the guide</source>
        <translation>Tallenna opas</translation>
    </message>
</context>
<context>
    <name>GuideLibraryModel</name>
    <message>
        <location filename="../ui/guides/library_model.py" line="82"/>
        <source>Local</source>
        <translation>Oma</translation>
    </message>
</context>
<context>
    <name>GuidePicker</name>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="84"/>
        <source>Search in any language, e.g. Wi-Fi, Kela, bank</source>
        <translation>Hae millä tahansa kielellä, esim. Wi-Fi, Kela, pankki</translation>
    </message>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="85"/>
        <source>Search guides</source>
        <translation>Hae oppaita</translation>
    </message>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="91"/>
        <source>Guides</source>
        <translation>Oppaat</translation>
    </message>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="100"/>
        <source>No guide matches.</source>
        <translation>Yksikään opas ei vastaa hakua.</translation>
    </message>
</context>
<context>
    <name>GuideSuggestions</name>
    <message>
        <location filename="../ui/session/suggestions.py" line="56"/>
        <source>Choose topics to see guides for them.</source>
        <translation>Valitse aiheet, niin näet niihin sopivat oppaat.</translation>
    </message>
    <message>
        <location filename="../ui/session/suggestions.py" line="62"/>
        <source>No guide for these topics yet.</source>
        <translation>Näihin aiheisiin ei ole vielä opasta.</translation>
    </message>
    <message>
        <location filename="../ui/session/suggestions.py" line="68"/>
        <source>Open the guide: %1</source>
        <translation>Avaa opas: %1</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <location filename="../ui/guides/guide_view.py" line="128"/>
        <source>All guides</source>
        <translation>Kaikki oppaat</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="129"/>
        <source>Back to all guides</source>
        <translation>Takaisin kaikkiin oppaisiin</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="130"/>
        <source>Back to all guides (Esc)</source>
        <translation>Takaisin kaikkiin oppaisiin (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="132"/>
        <source>&amp;Show to the client</source>
        <translation>&amp;Näytä asiakkaalle</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="134"/>
        <source>Full screen, one step at a time (F5)</source>
        <translation>Koko näyttö, vaihe kerrallaan (F5)</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="135"/>
        <source>Show to the client</source>
        <translation>Näytä asiakkaalle</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="137"/>
        <source>&amp;Print…</source>
        <translation>T&amp;ulosta…</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="138"/>
        <source>Print a handout for the client (Ctrl+P)</source>
        <translation>Tulosta asiakkaalle moniste (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="139"/>
        <source>Print a handout</source>
        <translation>Tulosta moniste</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="153"/>
        <source>What you need: %1</source>
        <translation>Tarvitset: %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="168"/>
        <source>Note for the helper</source>
        <translation>Huomio auttajalle</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="172"/>
        <source>Second language under the captions</source>
        <translation>Toinen kieli kuvatekstien alla</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="173"/>
        <source>None</source>
        <translation>Ei mitään</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="175"/>
        <source>Language of the words in the pictures</source>
        <translation>Kuvissa näkyvien sanojen kieli</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="197"/>
        <source>&amp;Words in the pictures</source>
        <translation>&amp;Sanat kuvissa</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="196"/>
        <source>Second &amp;language</source>
        <translation>&amp;Toinen kieli</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="171"/>
        <source>The client&apos;s language</source>
        <translation>Asiakkaan kieli</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="195"/>
        <source>&amp;Client&apos;s language</source>
        <translation>&amp;Asiakkaan kieli</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="204"/>
        <source>This translation has not yet been checked by a native speaker. Use it together with the pictures.</source>
        <translation>Tätä käännöstä ei ole vielä tarkistanut kieltä äidinkielenään puhuva. Käytä sitä yhdessä kuvien kanssa.</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="256"/>
        <source>Steps: %1</source>
        <translation>Vaiheita: %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="257"/>
        <source>Version %1</source>
        <translation>Versio %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="261"/>
        <source>checked %1</source>
        <translation>tarkistettu %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="270"/>
        <source>Sources: %1</source>
        <translation>Lähteet: %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="327"/>
        <source>The picture cannot be shown.</source>
        <translation>Kuvaa ei voi näyttää.</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <location filename="../ui/guides/library_page.py" line="81"/>
        <source>Picture guides</source>
        <translation>Kuvaoppaat</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="82"/>
        <source>Step-by-step picture guides to look at together with the client.</source>
        <translation>Vaihe vaiheelta eteneviä kuvaoppaita, joita katsotaan yhdessä asiakkaan kanssa.</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="115"/>
        <source>No guide matches. Try another word, or show all topics and languages.</source>
        <translation>Mikään opas ei vastaa hakua. Kokeile toista sanaa tai näytä kaikki aiheet ja kielet.</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="119"/>
        <source>Show &amp;all guides</source>
        <translation>Näytä ka&amp;ikki oppaat</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="148"/>
        <source>Search in any language, e.g. Wi-Fi, Kela, bank</source>
        <translation>Hae millä tahansa kielellä, esim. Wi-Fi, Kela, pankki</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="149"/>
        <source>Search guides</source>
        <translation>Hae oppaita</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="172"/>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="160"/>
        <source>All topics</source>
        <translation>Kaikki aiheet</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="174"/>
        <source>Language of the guide</source>
        <translation>Oppaan kieli</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="165"/>
        <source>All languages</source>
        <translation>Kaikki kielet</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="182"/>
        <source>&amp;Topic</source>
        <translation>Ai&amp;he</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="183"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="197"/>
        <source>Guides</source>
        <translation>Oppaat</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="219"/>
        <source>&amp;Open the guide</source>
        <translation>&amp;Avaa opas</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="222"/>
        <source>&amp;Show to the client</source>
        <translation>&amp;Näytä asiakkaalle</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="223"/>
        <source>Full screen, one step at a time (F5)</source>
        <translation>Koko näyttö, vaihe kerrallaan (F5)</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="275"/>
        <source>Showing %1 of %2 guides</source>
        <translation>Näytetään %1 / %2 opasta</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="281"/>
        <source>No guides are installed.</source>
        <translation>Oppaita ei ole asennettu.</translation>
    </message>
</context>
<context>
    <name>HandoutOptionsWidget</name>
    <message>
        <location filename="../ui/printing/options.py" line="58"/>
        <source>The client&apos;s language</source>
        <translation>Asiakkaan kieli</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="59"/>
        <source>Second language on the handout</source>
        <translation>Monisteen toinen kieli</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="60"/>
        <source>None</source>
        <translation>Ei mitään</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="64"/>
        <source>Language of the words in the pictures</source>
        <translation>Kuvissa olevien sanojen kieli</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="67"/>
        <source>&amp;Large print</source>
        <translation>&amp;Isot kirjaimet</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="68"/>
        <source>Large print</source>
        <translation>Isot kirjaimet</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="70"/>
        <source>Bigger text and pictures, on more pages.</source>
        <translation>Suurempi teksti ja kuvat, useammalla sivulla.</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="74"/>
        <source>Paper size</source>
        <translation>Paperikoko</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="78"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="78"/>
        <source>Printed in the notes area, e.g. the time of the next visit</source>
        <translation>Tulostuu muistiinpanoalueelle, esim. seuraavan käynnin aika</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="81"/>
        <source>Next time, bring</source>
        <translation>Ota mukaan ensi kerralla</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="82"/>
        <source>e.g. your phone and its charger, the letter you received</source>
        <translation>esim. puhelin ja sen laturi, saamasi kirje</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="127"/>
        <source>&amp;Client&apos;s language</source>
        <translation>&amp;Asiakkaan kieli</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="128"/>
        <source>&amp;Second language</source>
        <translation>&amp;Toinen kieli</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="129"/>
        <source>&amp;Words in the pictures</source>
        <translation>&amp;Sanat kuvissa</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="130"/>
        <source>Paper si&amp;ze</source>
        <translation>Paperin &amp;koko</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="143"/>
        <source>&amp;Note</source>
        <translation>&amp;Muistiinpano</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="143"/>
        <source>&amp;Bring next time</source>
        <translation>Ota mukaan &amp;ensi kerralla</translation>
    </message>
</context>
<context>
    <name>HandoutPrintDialog</name>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="65"/>
        <source>Print a handout: %1</source>
        <translation>Tulosta moniste: %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="86"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="87"/>
        <source>&amp;Print…</source>
        <translation>T&amp;ulosta…</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="89"/>
        <source>Choose a printer and print (Ctrl+P)</source>
        <translation>Valitse tulostin ja tulosta (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="90"/>
        <source>Save as P&amp;DF…</source>
        <translation>Tallenna &amp;PDF-tiedostona…</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="91"/>
        <source>Save the handout as a PDF file (Ctrl+S)</source>
        <translation>Tallenna moniste PDF-tiedostona (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="92"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="130"/>
        <source>Choose the client&apos;s language and what else to print. The preview shows the pages exactly as they will be printed.</source>
        <translation>Valitse asiakkaan kieli ja mitä muuta tulostetaan. Esikatselu näyttää sivut juuri sellaisina kuin ne tulostuvat.</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="162"/>
        <source>The handout cannot be made with these choices: %1</source>
        <translation>Monistetta ei voi tehdä näillä valinnoilla: %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="168"/>
        <source>The handout could not be made. The details are in the log file; try other choices or another guide.</source>
        <translation>Monistetta ei voitu tehdä. Tarkemmat tiedot ovat lokitiedostossa. Kokeile muita valintoja tai toista opasta.</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="190"/>
        <source>Preparing the handout…</source>
        <translation>Monistetta valmistellaan…</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="204"/>
        <source>The handout was sent to the printer.</source>
        <translation>Moniste lähetettiin tulostimelle.</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="216"/>
        <source>Saved as %1.</source>
        <translation>Tallennettu: %1.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../ui/pages/home.py" line="22"/>
        <source>Hello! What are we helping with today?</source>
        <translation>Hei! Missä autetaan tänään?</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="27"/>
        <source>Start a support session</source>
        <translation>Aloita tukitilanne</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="28"/>
        <source>Find a picture guide</source>
        <translation>Etsi kuvaopas</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="29"/>
        <source>Print a handout</source>
        <translation>Tulosta moniste</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="47"/>
        <source>The site profile is not filled in yet. Handouts and signs show your site&apos;s name, address and opening hours.</source>
        <translation>Toimipisteen tietoja ei ole vielä täytetty. Monisteissa ja kylteissä näkyvät toimipisteen nimi, osoite ja aukioloajat.</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="52"/>
        <source>Fill in the site &amp;profile</source>
        <translation>Täytä toimipisteen &amp;tiedot</translation>
    </message>
</context>
<context>
    <name>KnownErrors</name>
    <message>
        <location filename="../ui/known_errors.py" line="22"/>
        <source>The file %1 cannot be found.</source>
        <translation>Tiedostoa %1 ei löydy.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="23"/>
        <source>%1 is the database in use; choose a backup instead.</source>
        <translation>%1 on käytössä oleva tietokanta. Valitse sen sijaan varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="26"/>
        <source>%1 is not a PeerHelper backup: it is not a database file.</source>
        <translation>%1 ei ole PeerHelperin varmuuskopio: se ei ole tietokantatiedosto.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="29"/>
        <source>%1 is damaged and cannot be restored.</source>
        <translation>%1 on vahingoittunut, eikä sitä voi palauttaa.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="32"/>
        <source>%1 is not a PeerHelper backup: parts of PeerHelper&apos;s data are missing from it.</source>
        <translation>%1 ei ole PeerHelperin varmuuskopio: siitä puuttuu osa PeerHelperin tiedoista.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="36"/>
        <source>%1 was made by a newer version of PeerHelper. Restore it with that version or a later one.</source>
        <translation>%1 on tehty PeerHelperin uudemmalla versiolla. Palauta se sillä versiolla tai uudemmalla.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="60"/>
        <source>The disk is full, so %1 could not be written. Everything saved before is unchanged; free some space and try again.</source>
        <translation>Levy on täynnä, joten tiedostoa %1 ei voitu kirjoittaa. Kaikki aiemmin tallennettu on ennallaan. Vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="66"/>
        <source>Another PeerHelper program (an import, a backup or a restore) is using the data folder. Nothing was changed; try again when it has finished.</source>
        <translation>Toinen PeerHelper-ohjelma (tuonti, varmuuskopiointi tai palautus) käyttää tietokansiota. Mitään ei muutettu. Yritä uudelleen, kun se on valmis.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="72"/>
        <source>The database is still in use by another program, so it cannot be replaced now. Nothing was changed.</source>
        <translation>Tietokanta on vielä toisen ohjelman käytössä, joten sitä ei voi nyt korvata. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="78"/>
        <source>The data was saved by a newer version of PeerHelper. Start that version or a later one; nothing was changed.</source>
        <translation>Tiedot on tallennettu PeerHelperin uudemmalla versiolla. Käynnistä se versio tai uudempi. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="84"/>
        <source>The database is busy: another program kept it locked for too long. Nothing was lost; try again in a moment.</source>
        <translation>Tietokanta on varattu: toinen ohjelma piti sitä lukittuna liian kauan. Mitään ei menetetty. Yritä hetken kuluttua uudelleen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.py" line="80"/>
        <source>Home</source>
        <translation>Etusivu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="83"/>
        <source>Session</source>
        <translation>Tukitilanne</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="84"/>
        <source>Guides</source>
        <translation>Oppaat</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="85"/>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="86"/>
        <source>Referrals</source>
        <translation>Ohjaus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="87"/>
        <source>Statistics</source>
        <translation>Tilastot</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="90"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="192"/>
        <source>PeerHelper</source>
        <translation>PeerHelper</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="206"/>
        <source>Main sections</source>
        <translation>Pääosiot</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="265"/>
        <source>Start a support session</source>
        <translation>Aloita tukitilanne</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="269"/>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
</context>
<context>
    <name>OrganisationServerBox</name>
    <message>
        <location filename="../ui/organisation_server.py" line="35"/>
        <location filename="../ui/organisation_server.py" line="146"/>
        <location filename="../ui/organisation_server.py" line="169"/>
        <source>Organisation server</source>
        <translation>Organisaation palvelin</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="51"/>
        <source>Server address</source>
        <translation>Palvelimen osoite</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="54"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="56"/>
        <source>Kept in a password file in the data folder, never in the settings.</source>
        <translation>Tallennetaan datakansion salasanatiedostoon, ei koskaan asetuksiin.</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="58"/>
        <source>Server addr&amp;ess</source>
        <translation>Palvelimen osoite</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="59"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Salasana</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="62"/>
        <source>Save a&amp;ddress</source>
        <translation>Tallenna osoite</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="64"/>
        <source>Test co&amp;nnection</source>
        <translation>Kokeile &amp;yhteyttä</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="66"/>
        <source>S&amp;ync now</source>
        <translation>Synk&amp;ronoi nyt</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="85"/>
        <source>No organisation server is set.</source>
        <translation>Organisaation palvelinta ei ole asetettu.</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="87"/>
        <source>Not synced yet.</source>
        <translation>Ei vielä synkronoitu.</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="94"/>
        <source>Last sync %1:</source>
        <translation>Viimeisin synkronointi %1:</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="97"/>
        <source>Last sync %1: %2</source>
        <translation>Viimeisin synkronointi %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="91"/>
        <source>Last sync %1 failed: %2</source>
        <translation>Viimeisin synkronointi %1 epäonnistui: %2</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="40"/>
        <source>Sites of one organisation can send their sessions to the organisation&apos;s PostgreSQL server, take its topic list, and share the referral directory and the local guides. Leave the address empty to work on this computer alone: PeerHelper then never connects to a network.</source>
        <translation>Saman organisaation toimipisteet voivat lähettää tukitilanteensa organisaation PostgreSQL-palvelimelle, ottaa sieltä aiheluettelon sekä jakaa keskenään ohjausrekisterin ja omat oppaat. Jätä osoite tyhjäksi, jos työskentelet vain tällä tietokoneella: PeerHelper ei silloin koskaan ota yhteyttä verkkoon.</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="112"/>
        <source>Sessions sent: %1 (new: %2, updated: %3)</source>
        <translation>Lähetetyt tukitilanteet: %1 (uusia %2, päivitettyjä %3)</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="117"/>
        <source>Topics added: %1</source>
        <translation>Lisätyt aiheet: %1</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="119"/>
        <source>Directory entries received: %1, sent: %2</source>
        <translation>Ohjausrekisterin palveluja vastaanotettu: %1, lähetetty: %2</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="123"/>
        <source>Guides received: %1, sent: %2</source>
        <translation>Oppaita vastaanotettu: %1, lähetetty: %2</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="126"/>
        <source>Left out, and why:</source>
        <translation>Pois jätetyt ja syyt:</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="170"/>
        <source>The server answers: %1</source>
        <translation>Palvelin vastaa: %1</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="173"/>
        <source>Connecting to the organisation server…</source>
        <translation>Yhdistetään organisaation palvelimeen…</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="174"/>
        <source>Test connection</source>
        <translation>Kokeile yhteyttä</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="186"/>
        <location filename="../ui/organisation_server.py" line="198"/>
        <source>Sync now</source>
        <translation>Synkronoi nyt</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="197"/>
        <source>Syncing with the organisation server…</source>
        <translation>Synkronoidaan organisaation palvelimen kanssa…</translation>
    </message>
</context>
<context>
    <name>PaperTally</name>
    <message>
        <location filename="../ui/session/paper_tally.py" line="39"/>
        <source>For days when the laptop was not there: type the number of marks per topic from the paper tally sheet.</source>
        <translation>Päiville, joina tietokone ei ollut mukana: kirjoita paperilomakkeen merkintöjen määrä aiheittain.</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="51"/>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="52"/>
        <location filename="../ui/session/paper_tally.py" line="59"/>
        <source>Mode</source>
        <translation>Tukimuoto</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="56"/>
        <source>&amp;Day</source>
        <translation>&amp;Päivä</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="68"/>
        <source>&amp;Record the counts</source>
        <translation>&amp;Kirjaa määrät</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="85"/>
        <source>Sessions in all: %1</source>
        <translation>Tukitilanteita yhteensä: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/paper_tally.py" line="95"/>
        <source>Record %n session(s) for %1?</source>
        <translation>
            <numerusform>Kirjataanko %n tukitilanne päivälle %1?</numerusform>
            <numerusform>Kirjataanko %n tukitilannetta päivälle %1?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="98"/>
        <location filename="../ui/session/paper_tally.py" line="105"/>
        <location filename="../ui/session/paper_tally.py" line="110"/>
        <source>Paper tally sheet</source>
        <translation>Paperilomake</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="98"/>
        <source>&amp;Record</source>
        <translation>&amp;Kirjaa</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="110"/>
        <source>The counts were recorded.</source>
        <translation>Määrät kirjattiin.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../ui/printing/preview.py" line="103"/>
        <source>Preview of the printed pages</source>
        <translation>Tulostettavien sivujen esikatselu</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview.py" line="112"/>
        <source>Preparing the preview…</source>
        <translation>Esikatselua valmistellaan…</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview.py" line="132"/>
        <source>The preview cannot be shown.</source>
        <translation>Esikatselua ei voi näyttää.</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview.py" line="135"/>
        <source>Pages: %1</source>
        <translation>Sivuja: %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview.py" line="142"/>
        <source>Updating the preview…</source>
        <translation>Esikatselu päivittyy…</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <location filename="../ui/session/privacy_text.py" line="18"/>
        <source>a personal identity code</source>
        <translation>henkilötunnus</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="21"/>
        <source>a phone number</source>
        <translation>puhelinnumero</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="22"/>
        <source>an e-mail address</source>
        <translation>sähköpostiosoite</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="23"/>
        <source>a bank account number</source>
        <translation>tilinumero</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="24"/>
        <source>a payment card number</source>
        <translation>maksukortin numero</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="34"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="35"/>
        <source>Referred to</source>
        <translation>Ohjattu muualle</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="36"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="37"/>
        <source>Guides</source>
        <translation>Oppaat</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="48"/>
        <source>“%1” seems to contain personal data (%2). PeerHelper does not store it: remove it before saving.</source>
        <translation>Kentässä ”%1” näyttää olevan henkilötietoja (%2). PeerHelper ei tallenna henkilötietoja: poista ne ennen tallennusta.</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="58"/>
        <source>Column “%1” seems to contain personal data (%2).</source>
        <translation>Sarakkeessa ”%1” näyttää olevan henkilötietoja (%2).</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="66"/>
        <source>“%1” is too long: at most %2 characters.</source>
        <translation>Kenttä ”%1” on liian pitkä: enintään %2 merkkiä.</translation>
    </message>
</context>
<context>
    <name>PictureMessages</name>
    <message>
        <location filename="../ui/picture_messages.py" line="18"/>
        <source>The file does not exist.</source>
        <translation>Tiedostoa ei ole olemassa.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="19"/>
        <source>The file cannot be read.</source>
        <translation>Tiedostoa ei voi lukea.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="20"/>
        <source>Only SVG, PNG and JPEG pictures can be used.</source>
        <translation>Vain SVG-, PNG- ja JPEG-kuvia voi käyttää.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="23"/>
        <source>The symbol must be an SVG or PNG file.</source>
        <translation>Tunnuksen täytyy olla SVG- tai PNG-tiedosto.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="26"/>
        <source>The file is larger than %1 MB.</source>
        <translation>Tiedosto on suurempi kuin %1 Mt.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="29"/>
        <source>The file is not a %1 picture, although its name says so.</source>
        <translation>Tiedosto ei ole %1-kuva, vaikka sen nimi niin kertoo.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="32"/>
        <source>The picture is damaged or incomplete. Save or copy it again and try once more.</source>
        <translation>Kuva on vioittunut tai keskeneräinen. Tallenna tai kopioi se uudelleen ja yritä vielä kerran.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="36"/>
        <source>The picture is too large to print: %1 × %2 pixels, when at most %3 million pixels are allowed. Make it smaller in a picture editor.</source>
        <translation>Kuva on liian suuri tulostettavaksi: %1 × %2 pikseliä, kun enintään %3 miljoonaa pikseliä on sallittu. Pienennä se kuvankäsittelyohjelmassa.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="41"/>
        <source>The picture is too large to print: %1 × %2 pixels, when no side may be longer than %3 pixels. Make it smaller in a picture editor.</source>
        <translation>Kuva on liian suuri tulostettavaksi: %1 × %2 pikseliä, kun mikään sivu ei saa olla yli %3 pikseliä. Pienennä se kuvankäsittelyohjelmassa.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="46"/>
        <source>The picture has far too many pixels to print. Make it smaller in a picture editor.</source>
        <translation>Kuvassa on aivan liian monta pikseliä tulostettavaksi. Pienennä se kuvankäsittelyohjelmassa.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="50"/>
        <source>The SVG file has a DOCTYPE, entities or processing instructions, which are not accepted. Save it again as plain SVG.</source>
        <translation>SVG-tiedostossa on DOCTYPE-määrittely, entiteettejä tai käsittelyohjeita, joita ei hyväksytä. Tallenna se uudelleen tavallisena SVG-tiedostona.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="55"/>
        <source>The SVG file is not valid: %1</source>
        <translation>SVG-tiedosto ei ole kelvollinen: %1</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="58"/>
        <source>The file is not an SVG picture.</source>
        <translation>Tiedosto ei ole SVG-kuva.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="61"/>
        <source>The SVG picture does not say its size: it needs a width and a height, or a viewBox.</source>
        <translation>SVG-kuvasta puuttuu koko: siinä täytyy olla leveys ja korkeus tai viewBox.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="65"/>
        <source>The SVG picture is nested more than %1 levels deep.</source>
        <translation>SVG-kuvan osat ovat sisäkkäin yli %1 tason syvyydeltä.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="68"/>
        <source>The SVG picture has more than %1 parts.</source>
        <translation>SVG-kuvassa on yli %1 osaa.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="71"/>
        <source>The SVG picture contains a script or other active content (%1), which is not accepted.</source>
        <translation>SVG-kuvassa on komentosarja tai muuta aktiivista sisältöä (%1), jota ei hyväksytä.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="76"/>
        <source>The SVG picture uses something outside itself (%1). Put the pictures it needs inside the file.</source>
        <translation>SVG-kuva käyttää jotakin itsensä ulkopuolelta (%1). Sisällytä sen tarvitsemat kuvat tiedostoon.</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../ui/printing/printer.py" line="103"/>
        <location filename="../ui/printing/printer.py" line="125"/>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="135"/>
        <source>The pages could not be sent to the printer. Check the printer and try again.</source>
        <translation>Sivuja ei voitu lähettää tulostimelle. Tarkista tulostin ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="148"/>
        <source>Sending the pages to the printer…</source>
        <translation>Sivuja lähetetään tulostimelle…</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="179"/>
        <source>Save as PDF</source>
        <translation>Tallenna PDF-tiedostona</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="184"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="192"/>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 on jo olemassa. Haluatko korvata sen?</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="196"/>
        <source>&amp;Replace</source>
        <translation>&amp;Korvaa</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="208"/>
        <source>The file %1 could not be saved: %2</source>
        <translation>Tiedostoa %1 ei voitu tallentaa: %2</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../ui/printing/print_page.py" line="51"/>
        <location filename="../ui/printing/print_page.py" line="140"/>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="53"/>
        <source>Handouts for clients to take home, the “Digital support here” sign and the paper tally sheet.</source>
        <translation>Monisteet, jotka asiakas vie kotiin, ”Täältä saat digitukea” -kyltti ja paperilomake.</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="78"/>
        <source>&amp;Find a guide:</source>
        <translation>&amp;Etsi opas:</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="80"/>
        <source>Print a &amp;handout…</source>
        <translation>Tulosta &amp;moniste…</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="90"/>
        <source>Handout of a picture guide</source>
        <translation>Kuvaoppaan moniste</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="94"/>
        <source>Choose a guide, then the client&apos;s language, large print and a note. The client takes the paper home.</source>
        <translation>Valitse opas ja sitten asiakkaan kieli, isot kirjaimet ja muistiinpano. Asiakas vie paperin kotiin.</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="139"/>
        <source>There is no guide %1.</source>
        <translation>Opasta %1 ei ole.</translation>
    </message>
</context>
<context>
    <name>PrintoutCard</name>
    <message>
        <location filename="../ui/printing/printout_card.py" line="179"/>
        <source>This cannot be printed: %1</source>
        <translation>Tätä ei voi tulostaa: %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="182"/>
        <source>This could not be made. The details are in the log file.</source>
        <translation>Tätä ei voitu tehdä. Tarkemmat tiedot ovat lokitiedostossa.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="183"/>
        <source>No preview</source>
        <translation>Ei esikatselua</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="194"/>
        <source>The preview is still being made; try again in a moment.</source>
        <translation>Esikatselu on vielä tekeillä. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="205"/>
        <source>Sent to the printer.</source>
        <translation>Lähetetty tulostimelle.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="216"/>
        <source>Saved as %1.</source>
        <translation>Tallennettu: %1.</translation>
    </message>
</context>
<context>
    <name>ProblemsNotice</name>
    <message>
        <location filename="../ui/guides/problems_notice.py" line="50"/>
        <source>Guides that could not be loaded: %1.</source>
        <translation>Oppaita, joita ei voitu ladata: %1.</translation>
    </message>
    <message>
        <location filename="../ui/guides/problems_notice.py" line="52"/>
        <source>Warnings: %1.</source>
        <translation>Varoituksia: %1.</translation>
    </message>
    <message>
        <location filename="../ui/guides/problems_notice.py" line="25"/>
        <location filename="../ui/guides/problems_notice.py" line="59"/>
        <source>Show &amp;details</source>
        <translation>Näytä &amp;tiedot</translation>
    </message>
    <message>
        <location filename="../ui/guides/problems_notice.py" line="59"/>
        <source>Hide &amp;details</source>
        <translation>Piilota &amp;tiedot</translation>
    </message>
</context>
<context>
    <name>QuickTally</name>
    <message>
        <location filename="../ui/session/quick_tally.py" line="35"/>
        <source>One tap records a session with its topic, mode and time. Add details later from the session list.</source>
        <translation>Yksi napautus kirjaa tukitilanteen aiheen, tukimuodon ja ajan kanssa. Lisää tiedot myöhemmin luettelosta.</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="41"/>
        <source>Mode</source>
        <translation>Tukimuoto</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="50"/>
        <source>Record: %1</source>
        <translation>Kirjaa: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="55"/>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="78"/>
        <source>Recorded: %1 at %2.</source>
        <translation>Kirjattu: %1 klo %2.</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="83"/>
        <location filename="../ui/session/quick_tally.py" line="98"/>
        <source>Recorded here this time: %1</source>
        <translation>Kirjattu tällä kertaa: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="96"/>
        <source>The last tap was undone.</source>
        <translation>Viimeisin napautus kumottiin.</translation>
    </message>
</context>
<context>
    <name>ReferralPicker</name>
    <message>
        <location filename="../ui/session/referral_picker.py" line="39"/>
        <source>Search the referral directory</source>
        <translation>Hae ohjausrekisteristä</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_picker.py" line="40"/>
        <source>Type a service&apos;s name, e.g. Kela</source>
        <translation>Kirjoita palvelun nimi, esim. Kela</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_picker.py" line="112"/>
        <source>No service of that name; pick one from the list, or write it below.</source>
        <translation>Sen nimistä palvelua ei ole. Valitse luettelosta tai kirjoita paikka alle.</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_picker.py" line="139"/>
        <source>Slip…</source>
        <translation>Ohjauslappu…</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_picker.py" line="140"/>
        <source>Print a referral slip: %1</source>
        <translation>Tulosta ohjauslappu: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_picker.py" line="141"/>
        <source>Print a referral slip for the client</source>
        <translation>Tulosta asiakkaalle ohjauslappu</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_picker.py" line="144"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_picker.py" line="145"/>
        <source>Remove the referral: %1</source>
        <translation>Poista ohjaus: %1</translation>
    </message>
</context>
<context>
    <name>ReferralRow</name>
    <message>
        <location filename="../ui/session/referral_row.py" line="37"/>
        <source>Referred to</source>
        <translation>Ohjattu muualle</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_row.py" line="38"/>
        <source>Service or place the client was sent to</source>
        <translation>Palvelu tai paikka, johon asiakas ohjattiin</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../ui/referrals/page.py" line="63"/>
        <location filename="../ui/referrals/page.py" line="171"/>
        <source>Referrals</source>
        <translation>Ohjaus</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="65"/>
        <source>Who helps with what, where and when. Find the right place, then print a slip the client can follow.</source>
        <translation>Kuka auttaa missäkin asiassa, missä ja milloin. Etsi oikea paikka ja tulosta asiakkaalle ohjauslappu mukaan.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="81"/>
        <source>Search by any word</source>
        <translation>Hae millä tahansa sanalla</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="82"/>
        <source>Search the directory</source>
        <translation>Hae palveluista</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="85"/>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="86"/>
        <source>All topics</source>
        <translation>Kaikki aiheet</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="90"/>
        <source>Language served</source>
        <translation>Palvelukieli</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="91"/>
        <source>All languages</source>
        <translation>Kaikki kielet</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="94"/>
        <source>Show retired</source>
        <translation>Näytä käytöstä poistetut</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="96"/>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="103"/>
        <source>Details of the service</source>
        <translation>Palvelun tiedot</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="106"/>
        <source>&amp;Print a referral slip…</source>
        <translation>&amp;Tulosta ohjauslappu…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="108"/>
        <source>&amp;Add a service…</source>
        <translation>&amp;Lisää palvelu…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="109"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="110"/>
        <location filename="../ui/referrals/page.py" line="236"/>
        <source>&amp;Retire</source>
        <translation>Poista &amp;käytöstä</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="111"/>
        <source>De&amp;lete…</source>
        <translation>Poista &amp;pysyvästi…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="112"/>
        <source>&amp;Import…</source>
        <translation>T&amp;uo…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="113"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="121"/>
        <source>&amp;Search</source>
        <translation>&amp;Hae</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="122"/>
        <source>&amp;Topic</source>
        <translation>&amp;Aihe</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="123"/>
        <source>Lan&amp;guage</source>
        <translation>K&amp;ieli</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="200"/>
        <source>Not checked for over a year: check before referring.</source>
        <translation>Tarkistettu yli vuosi sitten: tarkista tiedot ennen kuin ohjaat asiakkaan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/referrals/page.py" line="205"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n palvelu</numerusform>
            <numerusform>%n palvelua</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="213"/>
        <source>retired</source>
        <translation>poistettu käytöstä</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="215"/>
        <source>not checked for over a year</source>
        <translation>tarkistettu yli vuosi sitten</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="234"/>
        <source>No service matches. Try fewer words, or add one.</source>
        <translation>Yksikään palvelu ei vastaa hakua. Kokeile vähemmillä sanoilla tai lisää palvelu.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="236"/>
        <source>&amp;Restore</source>
        <translation>Palauta &amp;käyttöön</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="243"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="244"/>
        <source>Helps with</source>
        <translation>Auttaa asioissa</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="246"/>
        <source>Languages served</source>
        <translation>Palvelukielet</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="249"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="250"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="251"/>
        <source>Web address</source>
        <translation>Verkko-osoite</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="252"/>
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="253"/>
        <source>Accessibility</source>
        <translation>Esteettömyys</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="254"/>
        <source>Free or paid</source>
        <translation>Maksuton vai maksullinen</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="255"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="256"/>
        <source>Details from</source>
        <translation>Tietojen lähde</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="261"/>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="264"/>
        <source>over a year ago: check before referring</source>
        <translation>yli vuosi sitten: tarkista ennen ohjaamista</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="265"/>
        <source>Checked</source>
        <translation>Tarkistettu</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="306"/>
        <source>Retire</source>
        <translation>Poista käytöstä</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="316"/>
        <source>Delete a service</source>
        <translation>Poista palvelu</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/referrals/page.py" line="323"/>
        <source>%n session(s) refer to “%1”, so it cannot be deleted. Retire it instead: it is then no longer offered, and old sessions keep their meaning.</source>
        <translation>
            <numerusform>%n tukitilanne viittaa palveluun ”%1”, joten sitä ei voi poistaa. Poista se sen sijaan käytöstä: sitä ei enää tarjota, ja vanhat tukitilanteet säilyttävät merkityksensä.</numerusform>
            <numerusform>%n tukitilannetta viittaa palveluun ”%1”, joten sitä ei voi poistaa. Poista se sen sijaan käytöstä: sitä ei enää tarjota, ja vanhat tukitilanteet säilyttävät merkityksensä.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="331"/>
        <source>Delete “%1” from the directory? This cannot be undone.</source>
        <translation>Poistetaanko ”%1” palveluista? Tätä ei voi perua.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="337"/>
        <source>This computer syncs with the organisation server, which keeps the service: the next sync brings it back. To take it out on every site, retire it instead.</source>
        <translation>Tämä tietokone synkronoi organisaation palvelimen kanssa, ja palvelin säilyttää palvelun: seuraava synkronointi tuo sen takaisin. Jos haluat poistaa sen kaikista toimipisteistä, poista se käytöstä.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="341"/>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="351"/>
        <source>Import services</source>
        <translation>Tuo palveluja</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="353"/>
        <source>Directory files (*.csv *.json);;All files (*)</source>
        <translation>Palvelutiedostot (*.csv *.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="362"/>
        <source>The file was not imported; nothing was changed.</source>
        <translation>Tiedostoa ei tuotu, eikä mitään muutettu.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="365"/>
        <source>Importing services…</source>
        <translation>Tuodaan palveluja…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="373"/>
        <source>Imported: %1 new, %2 updated, %3 already up to date.</source>
        <translation>Tuotu: %1 uutta, %2 päivitetty, %3 jo ajan tasalla.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="382"/>
        <source>Export services</source>
        <translation>Vie palvelut</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="387"/>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-tiedostot (*.csv);;JSON-tiedostot (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/referrals/page.py" line="399"/>
        <source>%n service(s) were saved to %1.</source>
        <translation>
            <numerusform>%n palvelu tallennettiin tiedostoon %1.</numerusform>
            <numerusform>%n palvelua tallennettiin tiedostoon %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="402"/>
        <source>The directory was not saved.</source>
        <translation>Palveluja ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>ScreenshotCanvas</name>
    <message>
        <location filename="../ui/guides/editor/canvas.py" line="46"/>
        <source>Screenshot</source>
        <translation>Kuvakaappaus</translation>
    </message>
</context>
<context>
    <name>SessionClock</name>
    <message>
        <location filename="../ui/session/session_clock.py" line="29"/>
        <source>Time spent</source>
        <translation>Käytetty aika</translation>
    </message>
    <message>
        <location filename="../ui/session/session_clock.py" line="34"/>
        <source>Start time</source>
        <translation>Alkamisaika</translation>
    </message>
    <message>
        <location filename="../ui/session/session_clock.py" line="37"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/session/session_clock.py" line="38"/>
        <source>Minutes</source>
        <translation>Minuutit</translation>
    </message>
    <message>
        <location filename="../ui/session/session_clock.py" line="47"/>
        <source>S&amp;tarted</source>
        <translation>&amp;Alkoi</translation>
    </message>
    <message>
        <location filename="../ui/session/session_clock.py" line="48"/>
        <source>M&amp;inutes</source>
        <translation>&amp;Minuutit</translation>
    </message>
    <message>
        <location filename="../ui/session/session_clock.py" line="67"/>
        <source>Editing a saved session</source>
        <translation>Muokataan tallennettua tukitilannetta</translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <location filename="../ui/session/details.py" line="47"/>
        <source>&amp;Print a handout…</source>
        <translation>T&amp;ulosta moniste…</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="53"/>
        <source>Language of the session</source>
        <translation>Tukitilanteen kieli</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="59"/>
        <location filename="../ui/session/details.py" line="95"/>
        <source>Device</source>
        <translation>Laite</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="60"/>
        <location filename="../ui/session/details.py" line="96"/>
        <source>Who did it</source>
        <translation>Kuka teki</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="61"/>
        <location filename="../ui/session/details.py" line="97"/>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="62"/>
        <source>Age</source>
        <translation>Ikä</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="63"/>
        <source>Barriers</source>
        <translation>Esteet</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="67"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="71"/>
        <source>What was done, briefly. No names, identity codes, phone numbers or other personal data.</source>
        <translation>Lyhyesti mitä tehtiin. Ei nimiä, henkilötunnuksia, puhelinnumeroita tai muita henkilötietoja.</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="92"/>
        <source>Suggested guides</source>
        <translation>Ehdotetut oppaat</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="93"/>
        <source>Guides</source>
        <translation>Oppaat</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="94"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="98"/>
        <source>Age (optional)</source>
        <translation>Ikä (vapaaehtoinen)</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="99"/>
        <source>Barriers met</source>
        <translation>Esteet</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="100"/>
        <source>Referred to a ser&amp;vice</source>
        <translation>Ohjattu &amp;palveluun</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="101"/>
        <source>&amp;Referred to</source>
        <translation>&amp;Ohjattu muualle</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="110"/>
        <source>Do not write names, identity codes, phone numbers, addresses or other personal data in the note.</source>
        <translation>Älä kirjoita muistiinpanoon nimiä, henkilötunnuksia, puhelinnumeroita, osoitteita tai muita henkilötietoja.</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="116"/>
        <source>&amp;Note</source>
        <translation>Mu&amp;istiinpano</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="145"/>
        <source>Guides you open or print are added here.</source>
        <translation>Avaamasi tai tulostamasi oppaat lisätään tähän.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../ui/session/form.py" line="80"/>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="82"/>
        <source>Save and keep mode, channel and language (Ctrl+S)</source>
        <translation>Tallenna ja pidä tukimuoto, kanava ja kieli (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="83"/>
        <source>Save and c&amp;lear</source>
        <translation>Tallenna ja t&amp;yhjennä</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="84"/>
        <source>Save and start an empty form (Ctrl+Shift+S)</source>
        <translation>Tallenna ja aloita tyhjä lomake (Ctrl+Vaihto+S)</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="85"/>
        <source>&amp;Discard</source>
        <translation>&amp;Hylkää</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="161"/>
        <source>More details</source>
        <translation>Lisätietoja</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="338"/>
        <source>The disk is full, so the session was not saved. It is still in the form: free some space on the disk and save again.</source>
        <translation>Levy on täynnä, joten tukitilannetta ei tallennettu. Tiedot ovat yhä lomakkeella: vapauta levyltä tilaa ja tallenna uudelleen.</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="346"/>
        <source>Saved at %1.</source>
        <translation>Tallennettu klo %1.</translation>
    </message>
    <message>
        <location filename="../ui/session/form_problems.py" line="25"/>
        <source>Choose how the support was given (local, remote or training).</source>
        <translation>Valitse, miten tukea annettiin (lähituki, etätuki tai koulutus).</translation>
    </message>
    <message>
        <location filename="../ui/session/form_problems.py" line="30"/>
        <source>Choose at least one topic.</source>
        <translation>Valitse vähintään yksi aihe.</translation>
    </message>
    <message>
        <location filename="../ui/session/form_problems.py" line="33"/>
        <source>The date must be in the years %1–%2.</source>
        <translation>Päivämäärän täytyy olla vuosien %1–%2 välillä.</translation>
    </message>
    <message>
        <location filename="../ui/session/form_problems.py" line="39"/>
        <source>The language is not a language code (such as fi or ar).</source>
        <translation>Kieli ei ole kielikoodi (kuten fi tai ar).</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="361"/>
        <source>Stop editing? Your changes are lost; the saved session stays as it was.</source>
        <translation>Lopetetaanko muokkaus? Muutoksesi menetetään, mutta tallennettu tukitilanne säilyy ennallaan.</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="364"/>
        <source>Clear the form? What you entered for this session is lost.</source>
        <translation>Tyhjennetäänkö lomake? Tähän tukitilanteeseen kirjaamasi tiedot menetetään.</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="366"/>
        <source>Discard the session</source>
        <translation>Hylkää tukitilanne</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="366"/>
        <source>&amp;Clear the form</source>
        <translation>&amp;Tyhjennä lomake</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="370"/>
        <source>The form was cleared.</source>
        <translation>Lomake tyhjennettiin.</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../ui/session/session_list.py" line="123"/>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="123"/>
        <source>To</source>
        <translation>Päättyen</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="129"/>
        <source>All topics</source>
        <translation>Kaikki aiheet</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="132"/>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="134"/>
        <source>All outcomes</source>
        <translation>Kaikki tulokset</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="137"/>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="139"/>
        <location filename="../ui/session/session_list.py" line="140"/>
        <source>Search the notes</source>
        <translation>Hae muistiinpanoista</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="159"/>
        <source>Sessions</source>
        <translation>Tukitilanteet</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="162"/>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="163"/>
        <source>De&amp;lete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="164"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Kumoa poisto</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="169"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Tuo CSV…</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="183"/>
        <source>&amp;From</source>
        <translation>&amp;Alkaen</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="183"/>
        <source>&amp;To</source>
        <translation>Pä&amp;ättyen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session_list.py" line="228"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n tukitilanne</numerusform>
            <numerusform>%n tukitilannetta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session_list.py" line="363"/>
        <source>%n session(s) were saved to %1.</source>
        <translation>
            <numerusform>%n tukitilanne tallennettiin tiedostoon %1.</numerusform>
            <numerusform>%n tukitilannetta tallennettiin tiedostoon %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="250"/>
        <source>Delete a session</source>
        <translation>Poista tukitilanne</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="170"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="172"/>
        <source>Save the sessions shown as a CSV file or an Excel workbook</source>
        <translation>Tallenna näytetyt käynnit CSV-tiedostoksi tai Excel-työkirjaksi</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="251"/>
        <source>Delete the selected session? You can undo this.</source>
        <translation>Poistetaanko valittu tukitilanne? Voit kumota poiston.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="252"/>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="274"/>
        <location filename="../ui/session/session_list.py" line="292"/>
        <location filename="../ui/session/session_list.py" line="304"/>
        <location filename="../ui/session/session_list.py" line="317"/>
        <source>Import sessions</source>
        <translation>Tuo tukitilanteita</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="276"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-tiedostot (*.csv);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="285"/>
        <source>Importing sessions…</source>
        <translation>Tuodaan tukitilanteita…</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="293"/>
        <source>Imported: %1 new, %2 updated, %3 already up to date.</source>
        <translation>Tuotiin: %1 uutta, %2 päivitettyä, %3 jo ajan tasalla.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="313"/>
        <source>… and %1 more.</source>
        <translation>… ja %1 muuta.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="306"/>
        <location filename="../ui/session/session_list.py" line="318"/>
        <source>The file was not imported; nothing was changed.</source>
        <translation>Tiedostoa ei tuotu; mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="328"/>
        <source>Line %1: %2</source>
        <translation>Rivi %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="337"/>
        <location filename="../ui/session/session_list.py" line="362"/>
        <location filename="../ui/session/session_list.py" line="367"/>
        <source>Export sessions</source>
        <translation>Vie tukitilanteet</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="339"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="339"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="369"/>
        <source>The sessions were not saved.</source>
        <translation>Tukitilanteita ei tallennettu.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="372"/>
        <source>Exporting sessions…</source>
        <translation>Viedään tukitilanteita…</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../ui/session/list_model.py" line="41"/>
        <source>Form</source>
        <translation>Lomake</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="42"/>
        <source>Quick tally</source>
        <translation>Pikakirjaus</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="43"/>
        <source>Paper tally</source>
        <translation>Paperilomake</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="44"/>
        <source>Imported</source>
        <translation>Tuotu</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="51"/>
        <source>Entered on the session form.</source>
        <translation>Kirjattu tukitilannelomakkeella.</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="52"/>
        <source>Counted with the quick tally: only the topic, mode and time are known.</source>
        <translation>Laskettu pikakirjauksella: vain aihe, tukimuoto ja aika tiedetään.</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="56"/>
        <source>Counted from a paper tally sheet: only the day, topic and mode are known.</source>
        <translation>Laskettu paperilomakkeelta: vain päivä, aihe ja tukimuoto tiedetään.</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="60"/>
        <source>Imported from a CSV file.</source>
        <translation>Tuotu CSV-tiedostosta.</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="77"/>
        <source>When</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="78"/>
        <source>Minutes</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="79"/>
        <source>Mode</source>
        <translation>Tukimuoto</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="80"/>
        <source>Topics</source>
        <translation>Aiheet</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="81"/>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="82"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="83"/>
        <source>Recorded with</source>
        <translation>Kirjaustapa</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="84"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../ui/session/page.py" line="86"/>
        <source>Support session</source>
        <translation>Tukitilanne</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="95"/>
        <source>New session</source>
        <translation>Uusi tukitilanne</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="95"/>
        <source>New</source>
        <comment>short tab name</comment>
        <translation>Uusi</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="96"/>
        <source>Quick tally</source>
        <translation>Pikakirjaus</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="96"/>
        <source>Tally</source>
        <comment>short tab name</comment>
        <translation>Pikakirjaus</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="97"/>
        <source>Session list</source>
        <translation>Luettelo</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="97"/>
        <source>List</source>
        <comment>short tab name</comment>
        <translation>Luettelo</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="99"/>
        <source>Paper tally sheet</source>
        <translation>Paperilomake</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="99"/>
        <source>Paper</source>
        <comment>short tab name</comment>
        <translation>Paperi</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/pages/settings_page.py" line="44"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="60"/>
        <source>Language and text size</source>
        <translation>Kieli ja tekstin koko</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="64"/>
        <source>Same as the computer</source>
        <translation>Sama kuin tietokoneessa</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="70"/>
        <source>User interface language</source>
        <translation>Käyttöliittymän kieli</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="78"/>
        <location filename="../ui/pages/settings_page.py" line="84"/>
        <source>Text size</source>
        <translation>Tekstin koko</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="94"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="96"/>
        <source>&amp;Text size</source>
        <translation>&amp;Tekstin koko</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="119"/>
        <source>Site profile</source>
        <translation>Toimipisteen tiedot</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="144"/>
        <source>Organisation and site name are required.</source>
        <translation>Organisaatio ja toimipisteen nimi ovat pakollisia.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="151"/>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="156"/>
        <location filename="../ui/pages/settings_page.py" line="206"/>
        <source>Digital-support symbol</source>
        <translation>Digituen symboli</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="165"/>
        <source>&amp;Use PeerHelper&apos;s own</source>
        <translation>Käytä PeerHelperin o&amp;maa</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="186"/>
        <source>Signs and handouts use the file you chose.</source>
        <translation>Kylteissä ja monisteissa käytetään valitsemaasi tiedostoa.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="189"/>
        <source>Signs and handouts use PeerHelper&apos;s own drawing of the symbol. You may use the official file instead (SVG or PNG).</source>
        <translation>Kylteissä ja monisteissa käytetään PeerHelperin omaa piirrosta symbolista. Voit käyttää sen sijaan virallista tiedostoa (SVG tai PNG).</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="197"/>
        <source>Choose the symbol file</source>
        <translation>Valitse symbolin tiedosto</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="197"/>
        <source>Pictures (*.svg *.png)</source>
        <translation>Kuvat (*.svg *.png)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="208"/>
        <source>This file cannot be used.</source>
        <translation>Tätä tiedostoa ei voi käyttää.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="224"/>
        <source>Edit the top&amp;ics…</source>
        <translation>Muokkaa ai&amp;heita…</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="277"/>
        <source>No backup was made.</source>
        <translation>Varmuuskopiota ei tehty.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="310"/>
        <source>The backup could not be restored; nothing was changed.</source>
        <translation>Varmuuskopiota ei voitu palauttaa; mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="219"/>
        <source>Session topics</source>
        <translation>Tukitilanteiden aiheet</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="127"/>
        <source>Sa&amp;ve the site profile</source>
        <translation>Tallenna toimipisteen tie&amp;dot</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="163"/>
        <source>Use the o&amp;fficial file…</source>
        <translation>Käytä &amp;virallista tiedostoa…</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="221"/>
        <source>Coordinators can add topics, rename them and retire old ones.</source>
        <translation>Koordinaattori voi lisätä aiheita, nimetä niitä uudelleen ja poistaa vanhoja käytöstä.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="242"/>
        <source>Data and backups</source>
        <translation>Tiedot ja varmuuskopiot</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="245"/>
        <source>Your data is kept on this computer in:
%1</source>
        <translation>Tietosi säilytetään tällä tietokoneella kansiossa:
%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="253"/>
        <source>PeerHelper backs up the data automatically once a day and keeps the last 7 daily and 4 weekly backups.</source>
        <translation>PeerHelper varmuuskopioi tiedot automaattisesti kerran päivässä ja säilyttää 7 viimeisintä päivittäistä ja 4 viikoittaista varmuuskopiota.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="259"/>
        <source>&amp;Back up now</source>
        <translation>Varm&amp;uuskopioi nyt</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="261"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Pa&amp;lauta varmuuskopiosta…</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="277"/>
        <source>Backup failed</source>
        <translation>Varmuuskopiointi epäonnistui</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="281"/>
        <source>Backup made</source>
        <translation>Varmuuskopio tehty</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="282"/>
        <source>The backup was saved as:
%1</source>
        <translation>Varmuuskopio tallennettiin nimellä:
%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="288"/>
        <source>Choose a backup to restore</source>
        <translation>Valitse palautettava varmuuskopio</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="290"/>
        <source>PeerHelper databases (*.db)</source>
        <translation>PeerHelper-tietokannat (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="295"/>
        <source>Replace the current data with the backup %1?

The current data is kept aside in the data folder, so nothing is lost.</source>
        <translation>Korvataanko nykyiset tiedot varmuuskopiolla %1?

Nykyiset tiedot säilytetään erikseen tietokansiossa, joten mitään ei katoa.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="298"/>
        <source>Restore a backup</source>
        <translation>Palauta varmuuskopio</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="298"/>
        <source>&amp;Restore</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="308"/>
        <source>Restore failed</source>
        <translation>Palautus epäonnistui</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="316"/>
        <source>Backup restored</source>
        <translation>Varmuuskopio palautettu</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="317"/>
        <source>The backup was restored. The previous data was kept as:
%1</source>
        <translation>Varmuuskopio palautettiin. Aiemmat tiedot säilytettiin nimellä:
%1</translation>
    </message>
</context>
<context>
    <name>SharingBar</name>
    <message>
        <location filename="../ui/guides/sharing.py" line="45"/>
        <source>Save as &amp;pack…</source>
        <translation>Tallenna &amp;paketiksi…</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="47"/>
        <source>Save the selected guides in one file to give to other sites</source>
        <translation>Tallenna valitut oppaat yhteen tiedostoon, jonka voi antaa muille toimipisteille</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="50"/>
        <source>Add guides from a pac&amp;k…</source>
        <translation>&amp;Lisää oppaita paketista…</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="52"/>
        <source>&amp;Remove local guide…</source>
        <translation>Poista &amp;oma opas…</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="54"/>
        <source>&amp;New guide…</source>
        <translation>&amp;Uusi opas…</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="55"/>
        <source>Make a guide of your own from screenshots or photos</source>
        <translation>Tee oma opas kuvakaappauksista tai valokuvista</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="90"/>
        <source>Save as pack</source>
        <translation>Tallenna paketiksi</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="93"/>
        <location filename="../ui/guides/sharing.py" line="124"/>
        <source>Guide packs (*.zip)</source>
        <translation>Opaspaketit (*.zip)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/guides/sharing.py" line="106"/>
        <source>%n guide(s) saved in the pack %1.</source>
        <translation>
            <numerusform>%n opas tallennettiin pakettiin %1.</numerusform>
            <numerusform>%n opasta tallennettiin pakettiin %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="116"/>
        <source>Saving the guide pack…</source>
        <translation>Opaspakettia tallennetaan…</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="123"/>
        <source>Add guides from a pack</source>
        <translation>Lisää oppaita paketista</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="130"/>
        <source>The pack was not added; nothing was changed.</source>
        <translation>Pakettia ei lisätty, eikä mitään muutettu.</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="138"/>
        <source>Checking the guides of the pack…</source>
        <translation>Paketin oppaita tarkistetaan…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/guides/sharing.py" line="144"/>
        <source>Added: %n guide(s)</source>
        <translation>
            <numerusform>Lisättiin: %n opas</numerusform>
            <numerusform>Lisättiin: %n opasta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/guides/sharing.py" line="145"/>
        <source>Updated to a newer version: %n</source>
        <translation>
            <numerusform>Päivitettiin uudempaan versioon: %n</numerusform>
            <numerusform>Päivitettiin uudempaan versioon: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/guides/sharing.py" line="146"/>
        <source>Already up to date: %n</source>
        <translation>
            <numerusform>Jo ajan tasalla: %n</numerusform>
            <numerusform>Jo ajan tasalla: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/guides/sharing.py" line="147"/>
        <source>Already in the program: %n</source>
        <translation>
            <numerusform>Jo ohjelmassa valmiina: %n</numerusform>
            <numerusform>Jo ohjelmassa valmiina: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="153"/>
        <source>The older versions were copied to %1.</source>
        <translation>Vanhemmat versiot kopioitiin tiedostoon %1.</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="158"/>
        <source>Nothing was changed.</source>
        <translation>Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="162"/>
        <source>Guide pack: %1</source>
        <translation>Opaspaketti: %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="174"/>
        <source>Remove local guide</source>
        <translation>Poista oma opas</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="177"/>
        <source>Remove the guide “%1” from this computer? A copy is kept in the backups folder.</source>
        <translation>Poistetaanko opas ”%1” tältä tietokoneelta? Siitä jää kopio varmuuskopiokansioon.</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="182"/>
        <source>This computer syncs with the organisation server, which keeps the guide: the next sync brings it back.</source>
        <translation>Tämä tietokone synkronoi organisaation palvelimen kanssa, ja palvelin säilyttää oppaan: seuraava synkronointi tuo sen takaisin.</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="185"/>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
</context>
<context>
    <name>ShowToClientWindow</name>
    <message>
        <location filename="../ui/guides/show_client.py" line="75"/>
        <source>Previous</source>
        <translation>Edellinen</translation>
    </message>
    <message>
        <location filename="../ui/guides/show_client.py" line="76"/>
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <location filename="../ui/guides/show_client.py" line="77"/>
        <source>Close (Esc)</source>
        <translation>Sulje (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/guides/show_client.py" line="153"/>
        <source>The picture cannot be shown.</source>
        <translation>Kuvaa ei voi näyttää.</translation>
    </message>
    <message>
        <location filename="../ui/guides/show_client.py" line="161"/>
        <source>Step %1 of %2</source>
        <translation>Vaihe %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/guides/show_client.py" line="163"/>
        <source>the last step</source>
        <translation>viimeinen vaihe</translation>
    </message>
</context>
<context>
    <name>SignCard</name>
    <message>
        <location filename="../ui/printing/printout_card.py" line="223"/>
        <source>“Digital support here” sign</source>
        <translation>”Täältä saat digitukea” -kyltti</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="225"/>
        <source>A poster for the door or the wall: the digital-support symbol, the words in the site&apos;s languages, the opening hours and the place, from the site profile.</source>
        <translation>Juliste oveen tai seinälle: digituen symboli, teksti toimipisteen kielillä, aukioloajat ja paikka toimipisteen tiedoista.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="228"/>
        <source>Print the &amp;sign…</source>
        <translation>Tulosta &amp;kyltti…</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="229"/>
        <source>Save the sign as PDF…</source>
        <translation>Tallenna kyltti PDF-tiedostona…</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="234"/>
        <source>P&amp;aper:</source>
        <translation>P&amp;aperi:</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="234"/>
        <source>Paper size of the sign</source>
        <translation>Kyltin paperikoko</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="247"/>
        <source>Not on the sign: %1.</source>
        <translation>Kyltissä ei ole: %1.</translation>
    </message>
</context>
<context>
    <name>SiteProfileForm</name>
    <message>
        <location filename="../ui/site_profile.py" line="49"/>
        <source>e.g. Helsinki Parish Union</source>
        <translation>esim. Helsingin seurakuntayhtymä</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="50"/>
        <source>e.g. Kallio food-aid point</source>
        <translation>esim. Kallion ruoka-apu</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="51"/>
        <source>e.g. Tue and Thu 10–14</source>
        <translation>esim. ti ja to 10–14</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="53"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="54"/>
        <source>Site name</source>
        <translation>Toimipisteen nimi</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="55"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="56"/>
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="57"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="58"/>
        <source>Languages spoken by the volunteers</source>
        <translation>Vapaaehtoisten puhumat kielet</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="64"/>
        <source>&amp;Organisation *</source>
        <translation>&amp;Organisaatio *</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="65"/>
        <source>&amp;Site name *</source>
        <translation>Toimipisteen &amp;nimi *</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="66"/>
        <source>&amp;Address</source>
        <translation>Oso&amp;ite</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="67"/>
        <source>Opening &amp;hours</source>
        <translation>&amp;Aukioloajat</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="68"/>
        <source>&amp;Phone</source>
        <translation>&amp;Puhelin</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="69"/>
        <source>Languages spo&amp;ken by the volunteers</source>
        <translation>Vapaaehtoisten puhumat ki&amp;elet</translation>
    </message>
</context>
<context>
    <name>SitesBar</name>
    <message>
        <location filename="../ui/statistics/sites.py" line="50"/>
        <source>This site</source>
        <translation>Tämä toimipiste</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="51"/>
        <source>The whole organisation</source>
        <translation>Koko organisaatio</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="52"/>
        <source>Whose figures</source>
        <translation>Kenen luvut</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="54"/>
        <source>Figures &amp;of</source>
        <translation>&amp;Näytä luvut</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="57"/>
        <source>&amp;Combine site logs…</source>
        <translation>&amp;Yhdistä toimipisteiden kirjaukset…</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="59"/>
        <source>Merge site bundles from other sites into this log.</source>
        <translation>Yhdistä muiden toimipisteiden siirtopaketit tämän toimipisteen kirjauksiin.</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="112"/>
        <location filename="../ui/statistics/sites.py" line="128"/>
        <source>Combine site logs</source>
        <translation>Yhdistä toimipisteiden kirjaukset</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="114"/>
        <source>Site bundles (*.zip)</source>
        <translation>Toimipisteiden siirtopaketit (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="127"/>
        <source>Combining site logs…</source>
        <translation>Yhdistetään toimipisteiden kirjauksia…</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="133"/>
        <source>%1: %2 new, %3 updated, %4 unchanged</source>
        <translation>%1: %2 uutta, %3 päivitetty, %4 ennallaan</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="142"/>
        <source>In all: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Yhteensä: %1 uutta, %2 päivitetty, %3 ennallaan.</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="148"/>
        <source>Topics added: %1</source>
        <translation>Lisätyt aiheet: %1</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="149"/>
        <source>Site logs combined</source>
        <translation>Toimipisteiden kirjaukset yhdistetty</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="63"/>
        <source>Print a referral slip: %1</source>
        <translation>Tulosta ohjauslappu: %1</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="64"/>
        <source>The client&apos;s language</source>
        <translation>Asiakkaan kieli</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="65"/>
        <source>Second language on the slip</source>
        <translation>Lapun toinen kieli</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="66"/>
        <source>None</source>
        <translation>Ei mitään</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="74"/>
        <source>Paper</source>
        <translation>Paperi</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="75"/>
        <source>A5, one slip</source>
        <translation>A5, yksi lappu</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="76"/>
        <source>A4, two slips to cut apart</source>
        <translation>A4, kaksi leikattavaa lappua</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="78"/>
        <source>What to ask for</source>
        <translation>Mitä kysyä</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="79"/>
        <source>e.g. help with the housing allowance application</source>
        <translation>esim. apua asumistukihakemuksen tekemiseen</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="86"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="87"/>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="89"/>
        <source>Choose a printer and print (Ctrl+P)</source>
        <translation>Valitse tulostin ja tulosta (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="90"/>
        <source>Save as P&amp;DF…</source>
        <translation>Tallenna P&amp;DF:ksi…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="91"/>
        <source>Save the slip as a PDF file (Ctrl+S)</source>
        <translation>Tallenna lappu PDF-tiedostoksi (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="92"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="123"/>
        <source>&amp;Client&apos;s language</source>
        <translation>&amp;Asiakkaan kieli</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="124"/>
        <source>&amp;Second language</source>
        <translation>T&amp;oinen kieli</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="125"/>
        <source>Pape&amp;r</source>
        <translation>Pap&amp;eri</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="126"/>
        <source>&amp;What to ask for</source>
        <translation>&amp;Mitä kysyä</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="184"/>
        <source>The slip cannot be made with these choices: %1</source>
        <translation>Lappua ei voi tehdä näillä valinnoilla: %1</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="189"/>
        <source>The slip could not be made. The details are in the log file.</source>
        <translation>Lappua ei voitu tehdä. Tarkemmat tiedot ovat lokitiedostossa.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="198"/>
        <source>Preparing the slip…</source>
        <translation>Lappua valmistellaan…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="213"/>
        <source>The slip was sent to the printer.</source>
        <translation>Lappu lähetettiin tulostimelle.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="221"/>
        <source>Saved as %1.</source>
        <translation>Tallennettu: %1.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../app.py" line="116"/>
        <location filename="../ui/startup_folder.py" line="181"/>
        <source>PeerHelper cannot start</source>
        <translation>PeerHelper ei voi käynnistyä</translation>
    </message>
    <message>
        <location filename="../app.py" line="84"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 on tiedosto eikä kansio.</translation>
    </message>
    <message>
        <location filename="../app.py" line="87"/>
        <source>PeerHelper keeps its data in a folder. Move or rename that file, or choose another folder with --data-dir.</source>
        <translation>PeerHelper säilyttää tietonsa kansiossa. Siirrä tiedosto muualle tai nimeä se uudelleen, tai valitse toinen kansio valitsimella --data-dir.</translation>
    </message>
    <message>
        <location filename="../app.py" line="95"/>
        <source>The disk is full.</source>
        <translation>Levy on täynnä.</translation>
    </message>
    <message>
        <location filename="../app.py" line="96"/>
        <source>Free some space on the disk (for example, empty the wastebasket), then start PeerHelper again.</source>
        <translation>Vapauta levyltä tilaa (esimerkiksi tyhjentämällä roskakori) ja käynnistä PeerHelper sitten uudelleen.</translation>
    </message>
    <message>
        <location filename="../app.py" line="104"/>
        <source>You have no permission to write there.</source>
        <translation>Sinulla ei ole oikeutta kirjoittaa sinne.</translation>
    </message>
    <message>
        <location filename="../app.py" line="105"/>
        <source>Choose another folder with --data-dir, or ask someone to give you permission to write there.</source>
        <translation>Valitse toinen kansio valitsimella --data-dir tai pyydä joltakulta oikeus kirjoittaa sinne.</translation>
    </message>
    <message>
        <location filename="../app.py" line="117"/>
        <source>PeerHelper cannot save its data in the folder
%1

Reason: %2

%3</source>
        <translation>PeerHelper ei voi tallentaa tietojaan kansioon
%1

Syy: %2

%3</translation>
    </message>
    <message>
        <location filename="../app.py" line="127"/>
        <source>The PeerHelper database is damaged and cannot be opened safely.</source>
        <translation>PeerHelperin tietokanta on vahingoittunut, eikä sitä voi avata turvallisesti.</translation>
    </message>
    <message>
        <location filename="../app.py" line="131"/>
        <source>PeerHelper can restore the newest good backup. The damaged file is kept aside in the data folder; nothing is deleted.</source>
        <translation>PeerHelper voi palauttaa uusimman ehjän varmuuskopion. Vahingoittunut tiedosto säilytetään erikseen tietokansiossa; mitään ei poisteta.</translation>
    </message>
    <message>
        <location filename="../app.py" line="137"/>
        <source>No good backup was found. The damaged file is in the data folder:
%1</source>
        <translation>Ehjää varmuuskopiota ei löytynyt. Vahingoittunut tiedosto on tietokansiossa:
%1</translation>
    </message>
    <message>
        <location filename="../app.py" line="141"/>
        <location filename="../ui/startup_folder.py" line="149"/>
        <source>Damaged database</source>
        <translation>Vahingoittunut tietokanta</translation>
    </message>
    <message>
        <location filename="../app.py" line="148"/>
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Palauta uusin varmuuskopio</translation>
    </message>
    <message>
        <location filename="../app.py" line="151"/>
        <location filename="../ui/startup_folder.py" line="111"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../app.py" line="230"/>
        <source>The automatic backup could not be made: %1 Your data is safe.</source>
        <translation>Automaattista varmuuskopiota ei voitu tehdä: %1 Tietosi ovat tallessa.</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="43"/>
        <source>PeerHelper is already open</source>
        <translation>PeerHelper on jo auki</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="44"/>
        <source>PeerHelper is already open with the data folder
%1</source>
        <translation>PeerHelper on jo auki tietokansiolla
%1</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="49"/>
        <source>Only one PeerHelper window can use a data folder at a time.</source>
        <translation>Vain yksi PeerHelper-ikkuna voi käyttää tietokansiota kerrallaan.</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="54"/>
        <source>&amp;Show the open window</source>
        <translation>&amp;Näytä avoin ikkuna</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="58"/>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="78"/>
        <source>The data is missing</source>
        <translation>Tiedot puuttuvat</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="79"/>
        <source>PeerHelper found no database in
%1
but found copies left by a restore that was interrupted. Nothing has been deleted.</source>
        <translation>PeerHelper ei löytänyt tietokantaa kansiosta
%1
mutta löysi kopioita, jotka keskeytynyt palautus jätti. Mitään ei ole poistettu.</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="87"/>
        <source>PeerHelper can put back the newest good copy, %1. The copies stay as they are.</source>
        <translation>PeerHelper voi palauttaa uusimman ehjän kopion, %1. Kopiot säilyvät ennallaan.</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="94"/>
        <source>None of the copies can be used. Ask for help before starting with empty data.</source>
        <translation>Mitään kopioista ei voi käyttää. Pyydä apua ennen kuin aloitat tyhjillä tiedoilla.</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="103"/>
        <source>&amp;Put the copy back</source>
        <translation>&amp;Palauta kopio</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="108"/>
        <source>Start with &amp;empty data</source>
        <translation>Aloita &amp;tyhjillä tiedoilla</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="150"/>
        <source>The backup could not be restored. Nothing was deleted.
%1</source>
        <translation>Varmuuskopiota ei voitu palauttaa. Mitään ei poistettu.
%1</translation>
    </message>
    <message>
        <location filename="../app.py" line="254"/>
        <source>A support session from %1 was not saved when PeerHelper closed. Continue with it?</source>
        <translation>Tukitilannetta ajalta %1 ei tallennettu, kun PeerHelper suljettiin. Jatketaanko sitä?</translation>
    </message>
    <message>
        <location filename="../app.py" line="260"/>
        <source>Unsaved session</source>
        <translation>Tallentamaton tukitilanne</translation>
    </message>
    <message>
        <location filename="../app.py" line="265"/>
        <source>&amp;Continue</source>
        <translation>&amp;Jatka</translation>
    </message>
    <message>
        <location filename="../app.py" line="268"/>
        <source>&amp;Discard it</source>
        <translation>&amp;Hylkää se</translation>
    </message>
</context>
<context>
    <name>StatisticsFilters</name>
    <message>
        <location filename="../ui/statistics/filters.py" line="48"/>
        <source>This week</source>
        <translation>Tämä viikko</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="49"/>
        <source>This month</source>
        <translation>Tämä kuukausi</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="50"/>
        <source>Last month</source>
        <translation>Edellinen kuukausi</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="51"/>
        <source>This year</source>
        <translation>Tämä vuosi</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="52"/>
        <source>Custom range</source>
        <translation>Oma aikaväli</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="63"/>
        <source>All topics</source>
        <translation>Kaikki aiheet</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="67"/>
        <source>All modes</source>
        <translation>Kaikki tukimuodot</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="71"/>
        <source>All languages</source>
        <translation>Kaikki kielet</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="75"/>
        <source>All sites</source>
        <translation>Kaikki toimipisteet</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="77"/>
        <source>&amp;Period</source>
        <translation>&amp;Ajanjakso</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="78"/>
        <source>&amp;From</source>
        <translation>A&amp;lkaen</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="79"/>
        <source>&amp;To</source>
        <translation>&amp;Päättyen</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="80"/>
        <source>T&amp;opic</source>
        <translation>A&amp;ihe</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="81"/>
        <source>&amp;Mode</source>
        <translation>&amp;Tukimuoto</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="82"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="83"/>
        <source>&amp;Site</source>
        <translation>T&amp;oimipiste</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="151"/>
        <source>This site</source>
        <translation>Tämä toimipiste</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../ui/statistics/page.py" line="77"/>
        <location filename="../ui/statistics/page.py" line="192"/>
        <source>Statistics</source>
        <translation>Tilastot</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="79"/>
        <source>Anonymous figures for funders and development work. On this screen the counts are exact; the report and saved charts show counts under five as &lt;5.</source>
        <translation>Nimettömät luvut rahoittajille ja kehittämistyöhön. Tällä näytöllä luvut ovat tarkkoja; raportissa ja tallennetuissa kaavioissa alle viiden luvut näkyvät muodossa &lt;5.</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="122"/>
        <source>Save &amp;report as PDF…</source>
        <translation>Tallenna &amp;raportti (PDF)…</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="124"/>
        <source>Pr&amp;int report…</source>
        <translation>T&amp;ulosta raportti…</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="126"/>
        <source>E&amp;xport to Excel…</source>
        <translation>Vie E&amp;xceliin…</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="175"/>
        <source>Counting…</source>
        <translation>Lasketaan…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statistics/page.py" line="203"/>
        <source>%n support session(s), %1 volunteer hours</source>
        <translation>
            <numerusform>%n tukitilanne, %1 vapaaehtoistuntia</numerusform>
            <numerusform>%n tukitilannetta, %1 vapaaehtoistuntia</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="208"/>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="208"/>
        <source>Sessions</source>
        <translation>Tukitilanteita</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="208"/>
        <source>Share</source>
        <translation>Osuus</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="120"/>
        <source>Show as ta&amp;bles</source>
        <translation>N&amp;äytä taulukkoina</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="160"/>
        <source>This site</source>
        <translation>Tämä toimipiste</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="212"/>
        <source>Save as image…</source>
        <translation>Tallenna kuvana…</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="241"/>
        <location filename="../ui/statistics/page.py" line="252"/>
        <source>Save chart as image</source>
        <translation>Tallenna kaavio kuvana</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="243"/>
        <source>SVG picture (*.svg)</source>
        <translation>SVG-kuva (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="271"/>
        <source>statistics-report</source>
        <translation>tilastoraportti</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="276"/>
        <location filename="../ui/statistics/page.py" line="300"/>
        <source>Making the report…</source>
        <translation>Raporttia tehdään…</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="277"/>
        <source>Save report as PDF</source>
        <translation>Tallenna raportti PDF-tiedostoksi</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="282"/>
        <source>The report was saved to %1.</source>
        <translation>Raportti tallennettiin tiedostoon %1.</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="286"/>
        <source>The report was sent to the printer.</source>
        <translation>Raportti lähetettiin tulostimelle.</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="293"/>
        <source>Statistics report</source>
        <translation>Tilastoraportti</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="312"/>
        <location filename="../ui/statistics/page.py" line="327"/>
        <location filename="../ui/statistics/page.py" line="332"/>
        <source>Export to Excel</source>
        <translation>Vie Exceliin</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="313"/>
        <source>sessions</source>
        <translation>tukitilanteet</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="314"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statistics/page.py" line="328"/>
        <source>%n session(s) were saved to %1.</source>
        <translation>
            <numerusform>%n tukitilanne tallennettiin tiedostoon %1.</numerusform>
            <numerusform>%n tukitilannetta tallennettiin tiedostoon %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="331"/>
        <source>Exporting sessions…</source>
        <translation>Tukitilanteita viedään…</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="58"/>
        <source>Caption</source>
        <translation>Kuvateksti</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="60"/>
        <source>One action, with the button&apos;s name, e.g. Tap Print.</source>
        <translation>Yksi toiminto ja painikkeen nimi, esim. Napauta Tulosta.</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="63"/>
        <source>Description of the picture</source>
        <translation>Kuvan kuvaus</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="64"/>
        <source>What the picture shows, for those who cannot see it</source>
        <translation>Mitä kuvassa näkyy, niille jotka eivät näe kuvaa</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="66"/>
        <source>Capt&amp;ion:</source>
        <translation>Kuvatek&amp;sti:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="67"/>
        <source>Picture &amp;description:</source>
        <translation>Kuvan k&amp;uvaus:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="83"/>
        <source>Crop</source>
        <translation>Rajaa</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="84"/>
        <source>Cov&amp;er (black box)</source>
        <translation>Pe&amp;itä (musta laatikko)</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="85"/>
        <source>Rin&amp;g</source>
        <translation>&amp;Rengas</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="86"/>
        <source>&amp;Arrow</source>
        <translation>&amp;Nuoli</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="87"/>
        <source>&amp;Number</source>
        <translation>Nu&amp;mero</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="96"/>
        <source>&amp;Undo the last mark</source>
        <translation>Peru viimeisin merkint&amp;ä</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="109"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="109"/>
        <source>Laptop</source>
        <translation>Kannettava tietokone</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="112"/>
        <source>Title on the screen</source>
        <translation>Näytön otsikko</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="116"/>
        <source>Devic&amp;e:</source>
        <translation>&amp;Laite:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="117"/>
        <source>&amp;Title on the screen:</source>
        <translation>Näytön ots&amp;ikko:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="120"/>
        <location filename="../ui/guides/editor/step_form.py" line="135"/>
        <source>Button %1</source>
        <translation>Painike %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="121"/>
        <source>Icon of button %1</source>
        <translation>Painikkeen %1 kuvake</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="123"/>
        <source>no icon</source>
        <translation>ei kuvaketta</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="127"/>
        <source>Button %1:</source>
        <translation>Painike %1:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="133"/>
        <location filename="../ui/guides/editor/step_form.py" line="140"/>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="136"/>
        <source>The h&amp;and points at it</source>
        <translation>&amp;Näytä osoittava käsi</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="140"/>
        <source>Done (green)</source>
        <translation>Valmis (vihreä)</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="140"/>
        <source>Danger (red)</source>
        <translation>Vaara (punainen)</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="144"/>
        <source>Rin&amp;g around:</source>
        <translation>&amp;Rengas kohteen ympärillä:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="146"/>
        <source>Sticker (&amp;badge):</source>
        <translation>&amp;Merkkitarra:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="207"/>
        <source>This picture cannot be drawn yet.</source>
        <translation>Tätä kuvaa ei voi vielä piirtää.</translation>
    </message>
</context>
<context>
    <name>TallyCard</name>
    <message>
        <location filename="../ui/printing/printout_card.py" line="263"/>
        <source>Paper tally sheet</source>
        <translation>Paperilomake</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="265"/>
        <source>For days without the laptop: count the sessions by topic with pen strokes, then enter the totals on the Session screen under “Paper tally sheet”.</source>
        <translation>Päiviin ilman tietokonetta: merkitse tukitilanteet aiheittain viivoilla ja kirjaa summat Tukitilanne-näkymän välilehdelle ”Paperilomake”.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="268"/>
        <source>Print the &amp;tally sheet…</source>
        <translation>Tulosta &amp;lomake…</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="269"/>
        <source>Save the tally sheet as PDF…</source>
        <translation>Tallenna lomake PDF-tiedostona…</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="275"/>
        <source>&amp;Language:</source>
        <translation>K&amp;ieli:</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="275"/>
        <source>Language of the tally sheet</source>
        <translation>Lomakkeen kieli</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="279"/>
        <source>Pap&amp;er:</source>
        <translation>Pape&amp;ri:</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="279"/>
        <source>Paper size of the tally sheet</source>
        <translation>Lomakkeen paperikoko</translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <location filename="../ui/topics_dialog.py" line="36"/>
        <source>Session topics</source>
        <translation>Tukitilanteiden aiheet</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="38"/>
        <source>Topics</source>
        <translation>Aiheet</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="40"/>
        <location filename="../ui/topics_dialog.py" line="49"/>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="41"/>
        <source>e.g. library_card</source>
        <translation>esim. kirjastokortti</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="44"/>
        <source>Name in Finnish</source>
        <translation>Nimi suomeksi</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="45"/>
        <source>Name in Swedish</source>
        <translation>Nimi ruotsiksi</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="46"/>
        <source>Name in English</source>
        <translation>Nimi englanniksi</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="53"/>
        <source>&amp;Save topic</source>
        <translation>&amp;Tallenna aihe</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="55"/>
        <source>&amp;New topic</source>
        <translation>&amp;Uusi aihe</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="56"/>
        <location filename="../ui/topics_dialog.py" line="116"/>
        <source>&amp;Retire</source>
        <translation>&amp;Poista käytöstä</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="61"/>
        <source>Retired topics are hidden from the tiles but kept in old sessions and statistics. You can bring them back.</source>
        <translation>Käytöstä poistetut aiheet piilotetaan laatoista, mutta ne säilyvät vanhoissa tukitilanteissa ja tilastoissa. Voit palauttaa ne.</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="97"/>
        <source>%1 (retired)</source>
        <translation>%1 (ei käytössä)</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="116"/>
        <source>&amp;Bring back</source>
        <translation>&amp;Palauta käyttöön</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="131"/>
        <source>Give the topic a name in at least one language.</source>
        <translation>Anna aiheelle nimi ainakin yhdellä kielellä.</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="136"/>
        <source>The code may contain only letters, digits and _.</source>
        <translation>Koodissa saa olla vain kirjaimia, numeroita ja alaviivoja (_).</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="138"/>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
</context>
</TS>
