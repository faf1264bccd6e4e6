<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi">
<context>
    <name>Crash</name>
    <message>
        <location filename="../ui/crash.py" line="23" />
        <source>Something went wrong in PeerHelper. Everything you saved is safe.</source>
        <translation>PeerHelperissä tapahtui virhe. Kaikki tallentamasi on tallessa.</translation>
    </message>
    <message>
        <location filename="../ui/crash.py" line="27" />
        <source>The details were written to the log file:
%1</source>
        <translation>Tiedot virheestä kirjoitettiin lokitiedostoon:
%1</translation>
    </message>
    <message>
        <location filename="../ui/crash.py" line="31" />
        <source>The details could not be written to a log file.</source>
        <translation>Virheen tietoja ei voitu kirjoittaa lokitiedostoon.</translation>
    </message>
    <message>
        <location filename="../ui/crash.py" line="36" />
        <source>PeerHelper</source>
        <translation>PeerHelper</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ui/site_profile.py" line="115" />
        <location filename="../ui/site_profile.py" line="117" />
        <source>Welcome to PeerHelper</source>
        <translation>Tervetuloa PeerHelperiin</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="121" />
        <source>Tell us about the place where you give digital support. These details are printed on handouts and signs. You can change them later in Settings.</source>
        <translation>Kerro paikasta, jossa annat digitukea. Nämä tiedot tulostuvat asiakkaan monisteisiin ja kylteihin. Voit muuttaa niitä myöhemmin asetuksissa.</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="131" />
        <source>* required</source>
        <translation>* pakollinen</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="136" />
        <source>&amp;Later</source>
        <translation>&amp;Myöhemmin</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../ui/pages/home.py" line="23" />
        <source>Hello! What are we helping with today?</source>
        <translation>Hei! Missä autetaan tänään?</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="28" />
        <source>Start a support session</source>
        <translation>Aloita tukitilanne</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="29" />
        <source>Find a picture guide</source>
        <translation>Etsi kuvaopas</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="30" />
        <source>Print a handout</source>
        <translation>Tulosta moniste</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="48" />
        <source>The site profile is not filled in yet. Handouts and signs show your site's name, address and opening hours.</source>
        <translation>Toimipisteen tietoja ei ole vielä täytetty. Monisteissa ja kylteissä näkyvät toimipisteen nimi, osoite ja aukioloajat.</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="53" />
        <source>Fill in the site &amp;profile</source>
        <translation>Täytä toimipisteen &amp;tiedot</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.py" line="68" />
        <source>Coming soon in PeerHelper:</source>
        <translation>Tulossa PeerHelperiin:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="72" />
        <source>Home</source>
        <translation>Etusivu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="77" />
        <source>Session</source>
        <translation>Tukitilanne</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="79" />
        <source>Support session</source>
        <translation>Tukitilanne</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="80" />
        <source>Log what help was given, in seconds, without any personal data.</source>
        <translation>Kirjaa annettu tuki sekunneissa, ilman henkilötietoja.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="83" />
        <source>a running timer, topic tiles, quick tally and the session list.</source>
        <translation>ajastin, aihelaatat, pikakirjaus ja luettelo tukitilanteista.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="88" />
        <source>Guides</source>
        <translation>Oppaat</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="90" />
        <source>Picture guides</source>
        <translation>Kuvaoppaat</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="91" />
        <source>Step-by-step comic guides shared by helpers and clients.</source>
        <translation>Vaihe vaiheelta etenevät sarjakuvaoppaat, yhteinen kieli tukijalle ja asiakkaalle.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="95" />
        <source>the guide library, search, and a full-screen mode to show the client.</source>
        <translation>oppaiden kirjasto, haku ja koko näytön tila asiakkaalle näyttämiseen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="101" />
        <location filename="../ui/mainwindow.py" line="103" />
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="104" />
        <source>Handouts for clients who have no device of their own.</source>
        <translation>Monisteet asiakkaille, joilla ei ole omaa laitetta.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="107" />
        <source>picture handouts in the client's language, signs and tally sheets.</source>
        <translation>kuvamonisteet asiakkaan kielellä, kyltit ja paperiset tilastointilomakkeet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="112" />
        <location filename="../ui/mainwindow.py" line="114" />
        <source>Referrals</source>
        <translation>Ohjaus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="115" />
        <source>Who helps with what, where and when.</source>
        <translation>Kuka auttaa missäkin asiassa, missä ja milloin.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="118" />
        <source>a searchable directory of services and printed referral slips.</source>
        <translation>haettava palveluhakemisto ja tulostettavat ohjauslaput.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="123" />
        <location filename="../ui/mainwindow.py" line="125" />
        <source>Statistics</source>
        <translation>Tilastot</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="126" />
        <source>Anonymous figures for funders and development work.</source>
        <translation>Nimettömät luvut rahoittajille ja kehittämistyöhön.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="130" />
        <source>a dashboard, monthly reports and exports. Small counts stay hidden.</source>
        <translation>yleiskatsaus, kuukausiraportit ja vienti. Pienet määrät pysyvät piilossa.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="136" />
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="144" />
        <source>PeerHelper</source>
        <translation>PeerHelper</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="159" />
        <source>Main sections</source>
        <translation>Pääosiot</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="178" />
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/pages/settings_page.py" line="42" />
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="52" />
        <source>Language and text size</source>
        <translation>Kieli ja tekstin koko</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="55" />
        <source>Same as the computer</source>
        <translation>Sama kuin tietokoneessa</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="61" />
        <source>User interface language</source>
        <translation>Käyttöliittymän kieli</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="69" />
        <location filename="../ui/pages/settings_page.py" line="75" />
        <source>Text size</source>
        <translation>Tekstin koko</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="85" />
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="87" />
        <source>&amp;Text size</source>
        <translation>&amp;Tekstin koko</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="110" />
        <source>Site profile</source>
        <translation>Toimipisteen tiedot</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="118" />
        <source>&amp;Save the site profile</source>
        <translation>&amp;Tallenna toimipisteen tiedot</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="135" />
        <source>Organisation and site name are required.</source>
        <translation>Organisaatio ja toimipisteen nimi ovat pakollisia.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="142" />
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="147" />
        <source>Data and backups</source>
        <translation>Tiedot ja varmuuskopiot</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="150" />
        <source>Your data is kept on this computer in:
%1</source>
        <translation>Tietosi säilytetään tällä tietokoneella kansiossa:
%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="158" />
        <source>PeerHelper backs up the data automatically once a day and keeps the last 7 daily and 4 weekly backups.</source>
        <translation>PeerHelper varmuuskopioi tiedot automaattisesti kerran päivässä ja säilyttää 7 viimeisintä päivittäistä ja 4 viikoittaista varmuuskopiota.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="164" />
        <source>&amp;Back up now</source>
        <translation>&amp;Varmuuskopioi nyt</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="166" />
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="183" />
        <source>Backup failed</source>
        <translation>Varmuuskopiointi epäonnistui</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="184" />
        <source>The backup failed: %1</source>
        <translation>Varmuuskopiointi epäonnistui: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="189" />
        <source>Backup made</source>
        <translation>Varmuuskopio tehty</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="190" />
        <source>The backup was saved as:
%1</source>
        <translation>Varmuuskopio tallennettiin nimellä:
%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="196" />
        <source>Choose a backup to restore</source>
        <translation>Valitse palautettava varmuuskopio</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="198" />
        <source>PeerHelper databases (*.db)</source>
        <translation>PeerHelper-tietokannat (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="203" />
        <source>Replace the current data with the backup %1?

The current data is kept aside in the data folder, so nothing is lost.</source>
        <translation>Korvataanko nykyiset tiedot varmuuskopiolla %1?

Nykyiset tiedot säilytetään erikseen tietokansiossa, joten mitään ei katoa.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="206" />
        <source>Restore a backup</source>
        <translation>Palauta varmuuskopio</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="206" />
        <source>&amp;Restore</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="215" />
        <source>Restore failed</source>
        <translation>Palautus epäonnistui</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="216" />
        <source>The backup could not be restored; nothing was changed.
%1</source>
        <translation>Varmuuskopiota ei voitu palauttaa; mitään ei muutettu.
%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="225" />
        <source>Backup restored</source>
        <translation>Varmuuskopio palautettu</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="226" />
        <source>The backup was restored. The previous data was kept as:
%1</source>
        <translation>Varmuuskopio palautettiin. Aiemmat tiedot säilytettiin nimellä:
%1</translation>
    </message>
</context>
<context>
    <name>SiteProfileForm</name>
    <message>
        <location filename="../ui/site_profile.py" line="47" />
        <source>e.g. Helsinki Parish Union</source>
        <translation>esim. Helsingin seurakuntayhtymä</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="48" />
        <source>e.g. Kallio food-aid point</source>
        <translation>esim. Kallion ruoka-apu</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="49" />
        <source>e.g. Tue and Thu 10–14</source>
        <translation>esim. ti ja to 10–14</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="51" />
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="52" />
        <source>Site name</source>
        <translation>Toimipisteen nimi</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="53" />
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="54" />
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="55" />
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="56" />
        <source>Languages spoken by the volunteers</source>
        <translation>Vapaaehtoisten puhumat kielet</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="61" />
        <source>&amp;Organisation *</source>
        <translation>&amp;Organisaatio *</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="62" />
        <source>&amp;Site name *</source>
        <translation>Toimipisteen &amp;nimi *</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="63" />
        <source>&amp;Address</source>
        <translation>Oso&amp;ite</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="64" />
        <source>Opening &amp;hours</source>
        <translation>&amp;Aukioloajat</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="65" />
        <source>&amp;Phone</source>
        <translation>&amp;Puhelin</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="66" />
        <source>&amp;Languages spoken by the volunteers</source>
        <translation>Vapaaehtoisten puhumat &amp;kielet</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../app.py" line="55" />
        <source>PeerHelper cannot start</source>
        <translation>PeerHelper ei voi käynnistyä</translation>
    </message>
    <message>
        <location filename="../app.py" line="56" />
        <source>PeerHelper cannot save its data in the folder
%1

Reason: %2

Choose another folder with --data-dir, or ask someone to give you permission to write there.</source>
        <translation>PeerHelper ei voi tallentaa tietojaan kansioon
%1

Syy: %2

Valitse toinen kansio valitsimella --data-dir tai pyydä kirjoitusoikeus tähän kansioon.</translation>
    </message>
    <message>
        <location filename="../app.py" line="68" />
        <source>The PeerHelper database is damaged and cannot be opened safely.</source>
        <translation>PeerHelperin tietokanta on vahingoittunut, eikä sitä voi avata turvallisesti.</translation>
    </message>
    <message>
        <location filename="../app.py" line="72" />
        <source>PeerHelper can restore the newest good backup. The damaged file is kept aside in the data folder; nothing is deleted.</source>
        <translation>PeerHelper voi palauttaa uusimman ehjän varmuuskopion. Vahingoittunut tiedosto säilytetään erikseen tietokansiossa; mitään ei poisteta.</translation>
    </message>
    <message>
        <location filename="../app.py" line="78" />
        <source>No good backup was found. The damaged file is in the data folder:
%1</source>
        <translation>Ehjää varmuuskopiota ei löytynyt. Vahingoittunut tiedosto on tietokansiossa:
%1</translation>
    </message>
    <message>
        <location filename="../app.py" line="82" />
        <source>Damaged database</source>
        <translation>Vahingoittunut tietokanta</translation>
    </message>
    <message>
        <location filename="../app.py" line="89" />
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Palauta uusin varmuuskopio</translation>
    </message>
    <message>
        <location filename="../app.py" line="92" />
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
</context>
</TS>