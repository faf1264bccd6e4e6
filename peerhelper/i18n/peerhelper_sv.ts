<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv">
<context>
    <name>Crash</name>
    <message>
        <location filename="../ui/crash.py" line="23" />
        <source>Something went wrong in PeerHelper. Everything you saved is safe.</source>
        <translation>Något gick fel i PeerHelper. Allt du har sparat finns kvar.</translation>
    </message>
    <message>
        <location filename="../ui/crash.py" line="27" />
        <source>The details were written to the log file:
%1</source>
        <translation>Detaljerna skrevs till loggfilen:
%1</translation>
    </message>
    <message>
        <location filename="../ui/crash.py" line="31" />
        <source>The details could not be written to a log file.</source>
        <translation>Detaljerna kunde inte skrivas till en loggfil.</translation>
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
        <translation>Välkommen till PeerHelper</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="121" />
        <source>Tell us about the place where you give digital support. These details are printed on handouts and signs. You can change them later in Settings.</source>
        <translation>Berätta om platsen där du ger digitalt stöd. Uppgifterna skrivs ut på utdelningsblad och skyltar. Du kan ändra dem senare under Inställningar.</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="131" />
        <source>* required</source>
        <translation>* obligatoriskt</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="136" />
        <source>&amp;Later</source>
        <translation>&amp;Senare</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../ui/pages/home.py" line="23" />
        <source>Hello! What are we helping with today?</source>
        <translation>Hej! Vad hjälper vi till med i dag?</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="28" />
        <source>Start a support session</source>
        <translation>Börja ett stödtillfälle</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="29" />
        <source>Find a picture guide</source>
        <translation>Hitta en bildguide</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="30" />
        <source>Print a handout</source>
        <translation>Skriv ut ett utdelningsblad</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="48" />
        <source>The site profile is not filled in yet. Handouts and signs show your site's name, address and opening hours.</source>
        <translation>Verksamhetsställets uppgifter är inte ifyllda ännu. Utdelningsblad och skyltar visar ställets namn, adress och öppettider.</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="53" />
        <source>Fill in the site &amp;profile</source>
        <translation>Fyll i verksamhetsställets &amp;uppgifter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.py" line="68" />
        <source>Coming soon in PeerHelper:</source>
        <translation>Kommer snart i PeerHelper:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="72" />
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="77" />
        <source>Session</source>
        <translation>Stödtillfälle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="79" />
        <source>Support session</source>
        <translation>Stödtillfälle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="80" />
        <source>Log what help was given, in seconds, without any personal data.</source>
        <translation>Anteckna vilket stöd som gavs, på några sekunder och utan personuppgifter.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="83" />
        <source>a running timer, topic tiles, quick tally and the session list.</source>
        <translation>tidtagning, ämnesrutor, snabbräkning och en lista över stödtillfällen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="88" />
        <source>Guides</source>
        <translation>Guider</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="90" />
        <source>Picture guides</source>
        <translation>Bildguider</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="91" />
        <source>Step-by-step comic guides shared by helpers and clients.</source>
        <translation>Serieguider steg för steg, ett gemensamt språk för stödpersoner och kunder.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="95" />
        <source>the guide library, search, and a full-screen mode to show the client.</source>
        <translation>guidebiblioteket, sökning och helskärmsläge för att visa kunden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="101" />
        <location filename="../ui/mainwindow.py" line="103" />
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="104" />
        <source>Handouts for clients who have no device of their own.</source>
        <translation>Utdelningsblad för kunder som inte har en egen apparat.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="107" />
        <source>picture handouts in the client's language, signs and tally sheets.</source>
        <translation>bildblad på kundens språk, skyltar och blanketter för streckräkning.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="112" />
        <location filename="../ui/mainwindow.py" line="114" />
        <source>Referrals</source>
        <translation>Hänvisning</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="115" />
        <source>Who helps with what, where and when.</source>
        <translation>Vem hjälper med vad, var och när.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="118" />
        <source>a searchable directory of services and printed referral slips.</source>
        <translation>en sökbar tjänstekatalog och utskrivna hänvisningslappar.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="123" />
        <location filename="../ui/mainwindow.py" line="125" />
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="126" />
        <source>Anonymous figures for funders and development work.</source>
        <translation>Anonyma siffror för finansiärer och utvecklingsarbete.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="130" />
        <source>a dashboard, monthly reports and exports. Small counts stay hidden.</source>
        <translation>en översikt, månadsrapporter och export. Små antal förblir dolda.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="136" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="144" />
        <source>PeerHelper</source>
        <translation>PeerHelper</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="159" />
        <source>Main sections</source>
        <translation>Huvudavsnitt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="178" />
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/pages/settings_page.py" line="42" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="52" />
        <source>Language and text size</source>
        <translation>Språk och textstorlek</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="55" />
        <source>Same as the computer</source>
        <translation>Samma som datorn</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="61" />
        <source>User interface language</source>
        <translation>Användargränssnittets språk</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="69" />
        <location filename="../ui/pages/settings_page.py" line="75" />
        <source>Text size</source>
        <translation>Textstorlek</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="85" />
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="87" />
        <source>&amp;Text size</source>
        <translation>&amp;Textstorlek</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="110" />
        <source>Site profile</source>
        <translation>Verksamhetsställets uppgifter</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="118" />
        <source>&amp;Save the site profile</source>
        <translation>&amp;Spara verksamhetsställets uppgifter</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="135" />
        <source>Organisation and site name are required.</source>
        <translation>Organisation och verksamhetsställets namn är obligatoriska.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="142" />
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="147" />
        <source>Data and backups</source>
        <translation>Data och säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="150" />
        <source>Your data is kept on this computer in:
%1</source>
        <translation>Dina data finns på den här datorn i mappen:
%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="158" />
        <source>PeerHelper backs up the data automatically once a day and keeps the last 7 daily and 4 weekly backups.</source>
        <translation>PeerHelper säkerhetskopierar data automatiskt en gång om dagen och sparar de 7 senaste dagliga och 4 veckovisa säkerhetskopiorna.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="164" />
        <source>&amp;Back up now</source>
        <translation>Säkerhets&amp;kopiera nu</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="166" />
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Återställ från en säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="183" />
        <source>Backup failed</source>
        <translation>Säkerhetskopieringen misslyckades</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="184" />
        <source>The backup failed: %1</source>
        <translation>Säkerhetskopieringen misslyckades: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="189" />
        <source>Backup made</source>
        <translation>Säkerhetskopia gjord</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="190" />
        <source>The backup was saved as:
%1</source>
        <translation>Säkerhetskopian sparades som:
%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="196" />
        <source>Choose a backup to restore</source>
        <translation>Välj en säkerhetskopia att återställa</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="198" />
        <source>PeerHelper databases (*.db)</source>
        <translation>PeerHelper-databaser (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="203" />
        <source>Replace the current data with the backup %1?

The current data is kept aside in the data folder, so nothing is lost.</source>
        <translation>Ersätta nuvarande data med säkerhetskopian %1?

Nuvarande data sparas separat i datamappen, så inget går förlorat.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="206" />
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="206" />
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="215" />
        <source>Restore failed</source>
        <translation>Återställningen misslyckades</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="216" />
        <source>The backup could not be restored; nothing was changed.
%1</source>
        <translation>Säkerhetskopian kunde inte återställas; inget ändrades.
%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="225" />
        <source>Backup restored</source>
        <translation>Säkerhetskopian återställd</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="226" />
        <source>The backup was restored. The previous data was kept as:
%1</source>
        <translation>Säkerhetskopian återställdes. Tidigare data sparades som:
%1</translation>
    </message>
</context>
<context>
    <name>SiteProfileForm</name>
    <message>
        <location filename="../ui/site_profile.py" line="47" />
        <source>e.g. Helsinki Parish Union</source>
        <translation>t.ex. Helsingfors kyrkliga samfällighet</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="48" />
        <source>e.g. Kallio food-aid point</source>
        <translation>t.ex. Berghälls mathjälp</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="49" />
        <source>e.g. Tue and Thu 10–14</source>
        <translation>t.ex. tis och tors 10–14</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="51" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="52" />
        <source>Site name</source>
        <translation>Verksamhetsställets namn</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="53" />
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="54" />
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="55" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="56" />
        <source>Languages spoken by the volunteers</source>
        <translation>Språk som de frivilliga talar</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="61" />
        <source>&amp;Organisation *</source>
        <translation>&amp;Organisation *</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="62" />
        <source>&amp;Site name *</source>
        <translation>Verksamhetsställets &amp;namn *</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="63" />
        <source>&amp;Address</source>
        <translation>&amp;Adress</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="64" />
        <source>Opening &amp;hours</source>
        <translation>Ö&amp;ppettider</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="65" />
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="66" />
        <source>&amp;Languages spoken by the volunteers</source>
        <translation>&amp;Språk som de frivilliga talar</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../app.py" line="55" />
        <source>PeerHelper cannot start</source>
        <translation>PeerHelper kan inte starta</translation>
    </message>
    <message>
        <location filename="../app.py" line="56" />
        <source>PeerHelper cannot save its data in the folder
%1

Reason: %2

Choose another folder with --data-dir, or ask someone to give you permission to write there.</source>
        <translation>PeerHelper kan inte spara sina data i mappen
%1

Orsak: %2

Välj en annan mapp med --data-dir eller be om skrivrättighet till mappen.</translation>
    </message>
    <message>
        <location filename="../app.py" line="68" />
        <source>The PeerHelper database is damaged and cannot be opened safely.</source>
        <translation>PeerHelpers databas är skadad och kan inte öppnas på ett säkert sätt.</translation>
    </message>
    <message>
        <location filename="../app.py" line="72" />
        <source>PeerHelper can restore the newest good backup. The damaged file is kept aside in the data folder; nothing is deleted.</source>
        <translation>PeerHelper kan återställa den senaste felfria säkerhetskopian. Den skadade filen sparas separat i datamappen; inget raderas.</translation>
    </message>
    <message>
        <location filename="../app.py" line="78" />
        <source>No good backup was found. The damaged file is in the data folder:
%1</source>
        <translation>Ingen felfri säkerhetskopia hittades. Den skadade filen finns i datamappen:
%1</translation>
    </message>
    <message>
        <location filename="../app.py" line="82" />
        <source>Damaged database</source>
        <translation>Skadad databas</translation>
    </message>
    <message>
        <location filename="../app.py" line="89" />
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Återställ den senaste säkerhetskopian</translation>
    </message>
    <message>
        <location filename="../app.py" line="92" />
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
</context>
</TS>