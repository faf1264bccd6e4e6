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
        <location filename="../ui/site_profile.py" line="116" />
        <location filename="../ui/site_profile.py" line="118" />
        <source>Welcome to PeerHelper</source>
        <translation>Välkommen till PeerHelper</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="122" />
        <source>Tell us about the place where you give digital support. These details are printed on handouts and signs. You can change them later in Settings.</source>
        <translation>Berätta om platsen där du ger digitalt stöd. Uppgifterna skrivs ut på utdelningsblad och skyltar. Du kan ändra dem senare under Inställningar.</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="132" />
        <source>* required</source>
        <translation>* obligatoriskt</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="137" />
        <source>&amp;Later</source>
        <translation>&amp;Senare</translation>
    </message>
</context>
<context>
    <name>GuideChooserDialog</name>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="161" />
        <source>Print a handout</source>
        <translation>Skriv ut ett utdelningsblad</translation>
    </message>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="164" />
        <source>Which guide does the client take home? Guides opened in this session and guides on its topics are listed first.</source>
        <translation>Vilken guide tar kunden med sig hem? Guider som öppnats under det här stödtillfället och guider om dess ämnen står först.</translation>
    </message>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="172" />
        <source>&amp;Choose languages and print…</source>
        <translation>&amp;Välj språk och skriv ut…</translation>
    </message>
</context>
<context>
    <name>GuidePicker</name>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="84" />
        <source>Search in any language, e.g. Wi-Fi, Kela, bank</source>
        <translation>Sök på vilket språk som helst, t.ex. Wi-Fi, FPA, bank</translation>
    </message>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="85" />
        <source>Search guides</source>
        <translation>Sök guider</translation>
    </message>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="91" />
        <source>Guides</source>
        <translation>Guider</translation>
    </message>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="105" />
        <source>No guide matches.</source>
        <translation>Ingen guide matchar.</translation>
    </message>
</context>
<context>
    <name>GuideSuggestions</name>
    <message>
        <location filename="../ui/session/suggestions.py" line="35" />
        <source>Choose topics to see guides for them.</source>
        <translation>Välj ämnen för att se guider till dem.</translation>
    </message>
    <message>
        <location filename="../ui/session/suggestions.py" line="41" />
        <source>No guide for these topics yet.</source>
        <translation>Det finns ingen guide för de här ämnena ännu.</translation>
    </message>
    <message>
        <location filename="../ui/session/suggestions.py" line="45" />
        <source>Open the guide: %1</source>
        <translation>Öppna guiden: %1</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <location filename="../ui/guides/guide_view.py" line="115" />
        <source>All guides</source>
        <translation>Alla guider</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="116" />
        <source>Back to all guides</source>
        <translation>Tillbaka till alla guider</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="117" />
        <source>Back to all guides (Esc)</source>
        <translation>Tillbaka till alla guider (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="119" />
        <source>&amp;Show to the client</source>
        <translation>&amp;Visa för kunden</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="122" />
        <source>Full screen, one step at a time (F5)</source>
        <translation>Helskärm, ett steg i taget (F5)</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="123" />
        <source>Show to the client</source>
        <translation>Visa för kunden</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="125" />
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="127" />
        <source>Print a handout for the client (Ctrl+P)</source>
        <translation>Skriv ut ett utdelningsblad åt kunden (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="128" />
        <source>Print a handout</source>
        <translation>Skriv ut ett utdelningsblad</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="153" />
        <source>Note for the helper</source>
        <translation>Att observera för hjälparen</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="156" />
        <source>Language of the captions</source>
        <translation>Bildtexternas språk</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="157" />
        <source>Second language under the captions</source>
        <translation>Andra språk under bildtexterna</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="158" />
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="160" />
        <source>Language of the words in the pictures</source>
        <translation>Språk för orden i bilderna</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="176" />
        <source>&amp;Captions in</source>
        <translation>&amp;Bildtexter på</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="177" />
        <source>&amp;Words in the pictures</source>
        <translation>&amp;Ord i bilderna</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="178" />
        <source>Second &amp;language</source>
        <translation>Andra &amp;språk</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="185" />
        <source>This translation has not yet been checked by a native speaker. Use it together with the pictures.</source>
        <translation>Den här översättningen har ännu inte granskats av en person med språket som modersmål. Använd den tillsammans med bilderna.</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="236" />
        <source>Steps: %1</source>
        <translation>Steg: %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="237" />
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="241" />
        <source>checked %1</source>
        <translation>kontrollerad %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="249" />
        <source>Sources: %1</source>
        <translation>Källor: %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="302" />
        <source>The picture cannot be shown.</source>
        <translation>Bilden kan inte visas.</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <location filename="../ui/guides/library_page.py" line="76" />
        <source>Picture guides</source>
        <translation>Bildguider</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="77" />
        <source>Step-by-step picture guides to look at together with the client.</source>
        <translation>Bildguider steg för steg att titta på tillsammans med kunden.</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="103" />
        <source>No guide matches. Try another word, or show all topics and languages.</source>
        <translation>Ingen guide matchar. Prova ett annat ord eller visa alla ämnen och språk.</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="107" />
        <source>Show &amp;all guides</source>
        <translation>Visa &amp;alla guider</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="132" />
        <source>Search in any language, e.g. Wi-Fi, Kela, bank</source>
        <translation>Sök på vilket språk som helst, t.ex. Wi-Fi, FPA, bank</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="133" />
        <source>Search guides</source>
        <translation>Sök guider</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="143" />
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="144" />
        <source>All topics</source>
        <translation>Alla ämnen</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="150" />
        <source>Language of the guide</source>
        <translation>Guidens språk</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="151" />
        <source>All languages</source>
        <translation>Alla språk</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="158" />
        <source>&amp;Topic</source>
        <translation>Ä&amp;mne</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="159" />
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="176" />
        <source>Guides</source>
        <translation>Guider</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="196" />
        <source>&amp;Open the guide</source>
        <translation>Ö&amp;ppna guiden</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="199" />
        <source>&amp;Show to the client</source>
        <translation>&amp;Visa för kunden</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="200" />
        <source>Full screen, one step at a time (F5)</source>
        <translation>Helskärm, ett steg i taget (F5)</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="253" />
        <source>Showing %1 of %2 guides</source>
        <translation>Visar %1 av %2 guider</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="259" />
        <source>No guides are installed.</source>
        <translation>Inga guider är installerade.</translation>
    </message>
</context>
<context>
    <name>HandoutOptionsWidget</name>
    <message>
        <location filename="../ui/printing/options.py" line="55" />
        <source>The client's language</source>
        <translation>Kundens språk</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="56" />
        <source>Second language on the handout</source>
        <translation>Utdelningsbladets andra språk</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="57" />
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="61" />
        <source>Language of the words in the pictures</source>
        <translation>Språket i bildernas ord</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="64" />
        <source>&amp;Large print: bigger text and pictures</source>
        <translation>Stor s&amp;til: större text och bilder</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="65" />
        <source>Large print</source>
        <translation>Stor stil</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="66" />
        <source>Paper size</source>
        <translation>Pappersstorlek</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="70" />
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="70" />
        <source>Printed in the notes area, e.g. the time of the next visit</source>
        <translation>Skrivs ut i anteckningsfältet, t.ex. tiden för nästa besök</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="73" />
        <source>Next time, bring</source>
        <translation>Ta med nästa gång</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="74" />
        <source>e.g. your phone and its charger, the letter you received</source>
        <translation>t.ex. din telefon och laddaren, brevet du fått</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="114" />
        <source>&amp;Client's language</source>
        <translation>&amp;Kundens språk</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="115" />
        <source>&amp;Second language</source>
        <translation>&amp;Andra språk</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="116" />
        <source>&amp;Words in the pictures</source>
        <translation>&amp;Ord i bilderna</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="117" />
        <source>Paper si&amp;ze</source>
        <translation>Pappers&amp;storlek</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="131" />
        <source>&amp;Note</source>
        <translation>Ante&amp;ckning</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="131" />
        <source>&amp;Bring next time</source>
        <translation>Ta med &amp;nästa gång</translation>
    </message>
</context>
<context>
    <name>HandoutPrintDialog</name>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="65" />
        <source>Print a handout: %1</source>
        <translation>Skriv ut ett utdelningsblad: %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="86" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="87" />
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="89" />
        <source>Choose a printer and print (Ctrl+P)</source>
        <translation>Välj en skrivare och skriv ut (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="90" />
        <source>Save as P&amp;DF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="91" />
        <source>Save the handout as a PDF file (Ctrl+S)</source>
        <translation>Spara utdelningsbladet som en PDF-fil (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="92" />
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="138" />
        <source>Choose the client's language and what else to print. The preview shows the pages exactly as they will be printed.</source>
        <translation>Välj kundens språk och vad mer som ska skrivas ut. Förhandsvisningen visar sidorna precis som de skrivs ut.</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="171" />
        <source>The handout cannot be made with these choices: %1</source>
        <translation>Utdelningsbladet kan inte göras med de här valen: %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="177" />
        <source>The handout could not be made. The details are in the log file; try other choices or another guide.</source>
        <translation>Utdelningsbladet kunde inte göras. Detaljerna finns i loggfilen. Prova andra val eller en annan guide.</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="199" />
        <source>Preparing the handout…</source>
        <translation>Utdelningsbladet förbereds…</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="212" />
        <source>The handout was sent to the printer.</source>
        <translation>Utdelningsbladet skickades till skrivaren.</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="224" />
        <source>Saved as %1.</source>
        <translation>Sparad som %1.</translation>
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
        <location filename="../ui/mainwindow.py" line="67" />
        <source>Coming soon in PeerHelper:</source>
        <translation>Kommer snart i PeerHelper:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="71" />
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="74" />
        <source>Session</source>
        <translation>Stödtillfälle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="75" />
        <source>Guides</source>
        <translation>Guider</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="76" />
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="79" />
        <location filename="../ui/mainwindow.py" line="81" />
        <source>Referrals</source>
        <translation>Hänvisning</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="82" />
        <source>Who helps with what, where and when.</source>
        <translation>Vem hjälper med vad, var och när.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="85" />
        <source>a searchable directory of services and printed referral slips.</source>
        <translation>en sökbar tjänstekatalog och utskrivna hänvisningslappar.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="90" />
        <location filename="../ui/mainwindow.py" line="92" />
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="93" />
        <source>Anonymous figures for funders and development work.</source>
        <translation>Anonyma siffror för finansiärer och utvecklingsarbete.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="97" />
        <source>a dashboard, monthly reports and exports. Small counts stay hidden.</source>
        <translation>en översikt, månadsrapporter och export. Små antal förblir dolda.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="103" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="160" />
        <source>PeerHelper</source>
        <translation>PeerHelper</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="174" />
        <source>Main sections</source>
        <translation>Huvudavsnitt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="224" />
        <source>Start a support session</source>
        <translation>Börja ett stödtillfälle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="228" />
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>PaperTally</name>
    <message>
        <location filename="../ui/session/paper_tally.py" line="37" />
        <source>For days when the laptop was not there: type the number of marks per topic from the paper tally sheet.</source>
        <translation>För dagar då datorn inte var med: skriv in antalet streck per ämne från pappersblanketten.</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="47" />
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="48" />
        <location filename="../ui/session/paper_tally.py" line="55" />
        <source>Mode</source>
        <translation>Stödform</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="52" />
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="64" />
        <source>&amp;Record the counts</source>
        <translation>&amp;Registrera antalen</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="81" />
        <source>Sessions in all: %1</source>
        <translation>Stödtillfällen sammanlagt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/paper_tally.py" line="90" />
        <source>Record %n session(s) for %1?</source>
        <translation>
            <numerusform>Registrera %n stödtillfälle för %1?</numerusform>
            <numerusform>Registrera %n stödtillfällen för %1?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="93" />
        <location filename="../ui/session/paper_tally.py" line="100" />
        <location filename="../ui/session/paper_tally.py" line="105" />
        <source>Paper tally sheet</source>
        <translation>Pappersblankett</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="93" />
        <source>&amp;Record</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="105" />
        <source>The counts were recorded.</source>
        <translation>Antalen registrerades.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../ui/printing/preview.py" line="102" />
        <source>Preview of the printed pages</source>
        <translation>Förhandsvisning av sidorna som skrivs ut</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview.py" line="111" />
        <source>Preparing the preview…</source>
        <translation>Förhandsvisningen förbereds…</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview.py" line="131" />
        <source>The preview cannot be shown.</source>
        <translation>Förhandsvisningen kan inte visas.</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview.py" line="134" />
        <source>Pages: %1</source>
        <translation>Sidor: %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview.py" line="141" />
        <source>Updating the preview…</source>
        <translation>Förhandsvisningen uppdateras…</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <location filename="../ui/session/privacy_text.py" line="14" />
        <source>a personal identity code</source>
        <translation>en personbeteckning</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="17" />
        <source>a phone number</source>
        <translation>ett telefonnummer</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="18" />
        <source>an e-mail address</source>
        <translation>en e-postadress</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="19" />
        <source>a bank account number</source>
        <translation>ett kontonummer</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="20" />
        <source>a payment card number</source>
        <translation>ett betalkortsnummer</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="29" />
        <source>This looks like personal data (%1). PeerHelper does not store it: remove it before saving.</source>
        <translation>Det här ser ut som personuppgifter (%1). PeerHelper sparar inte personuppgifter: ta bort det innan du sparar.</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../ui/printing/printer.py" line="96" />
        <location filename="../ui/printing/printer.py" line="119" />
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="120" />
        <source>The pages could not be sent to the printer. Check the printer and try again.</source>
        <translation>Sidorna kunde inte skickas till skrivaren. Kontrollera skrivaren och försök igen.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="128" />
        <source>Sending the pages to the printer…</source>
        <translation>Sidorna skickas till skrivaren…</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="169" />
        <location filename="../ui/printing/printer.py" line="181" />
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="171" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="182" />
        <source>The file %1 could not be saved: %2</source>
        <translation>Filen %1 kunde inte sparas: %2</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../ui/printing/print_page.py" line="48" />
        <location filename="../ui/printing/print_page.py" line="126" />
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="50" />
        <source>Handouts for clients to take home, the “Digital support here” sign and the paper tally sheet.</source>
        <translation>Utdelningsblad som kunden tar med sig hem, skylten ”Här får du digistöd” och pappersblanketten.</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="74" />
        <source>&amp;Find a guide:</source>
        <translation>&amp;Hitta en guide:</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="76" />
        <source>Print a &amp;handout…</source>
        <translation>Skriv ut ett &amp;utdelningsblad…</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="86" />
        <source>Handout of a picture guide</source>
        <translation>Utdelningsblad av en bildguide</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="90" />
        <source>Choose a guide, then the client's language, large print and a note. The client takes the paper home.</source>
        <translation>Välj en guide och sedan kundens språk, stor stil och en anteckning. Kunden tar med sig papperet hem.</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="125" />
        <source>There is no guide %1.</source>
        <translation>Det finns ingen guide %1.</translation>
    </message>
</context>
<context>
    <name>PrintoutCard</name>
    <message>
        <location filename="../ui/printing/printout_card.py" line="174" />
        <source>This cannot be printed: %1</source>
        <translation>Det här kan inte skrivas ut: %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="176" />
        <source>This could not be made. The details are in the log file.</source>
        <translation>Det här kunde inte göras. Detaljerna finns i loggfilen.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="177" />
        <source>No preview</source>
        <translation>Ingen förhandsvisning</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="188" />
        <source>The preview is still being made; try again in a moment.</source>
        <translation>Förhandsvisningen görs fortfarande. Försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="198" />
        <source>Sent to the printer.</source>
        <translation>Skickat till skrivaren.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="207" />
        <source>Saved as %1.</source>
        <translation>Sparad som %1.</translation>
    </message>
</context>
<context>
    <name>ProblemsNotice</name>
    <message>
        <location filename="../ui/guides/problems_notice.py" line="27" />
        <source>Guides that could not be loaded: %1.</source>
        <translation>Guider som inte kunde läsas in: %1.</translation>
    </message>
    <message>
        <location filename="../ui/guides/problems_notice.py" line="29" />
        <source>Warnings: %1.</source>
        <translation>Varningar: %1.</translation>
    </message>
    <message>
        <location filename="../ui/guides/problems_notice.py" line="33" />
        <location filename="../ui/guides/problems_notice.py" line="54" />
        <source>Show &amp;details</source>
        <translation>Visa &amp;detaljer</translation>
    </message>
    <message>
        <location filename="../ui/guides/problems_notice.py" line="54" />
        <source>Hide &amp;details</source>
        <translation>Dölj &amp;detaljer</translation>
    </message>
</context>
<context>
    <name>QuickTally</name>
    <message>
        <location filename="../ui/session/quick_tally.py" line="35" />
        <source>One tap records a session with its topic, mode and time. Add details later from the session list.</source>
        <translation>Ett tryck registrerar ett stödtillfälle med ämne, stödform och tid. Lägg till detaljer senare i listan.</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="41" />
        <source>Mode</source>
        <translation>Stödform</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="50" />
        <source>Record: %1</source>
        <translation>Registrera: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="55" />
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="78" />
        <source>Recorded: %1 at %2.</source>
        <translation>Registrerat: %1 kl. %2.</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="83" />
        <location filename="../ui/session/quick_tally.py" line="98" />
        <source>Recorded here this time: %1</source>
        <translation>Registrerade den här gången: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="96" />
        <source>The last tap was undone.</source>
        <translation>Det senaste trycket ångrades.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../ui/session/form.py" line="74" />
        <source>Time spent</source>
        <translation>Använd tid</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="78" />
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="81" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="82" />
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="85" />
        <source>Mode</source>
        <translation>Stödform</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="87" />
        <source>Channel: not chosen</source>
        <translation>Kanal: inte vald</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="90" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="97" />
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="104" />
        <source>Language of the session</source>
        <translation>Stödtillfällets språk</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="105" />
        <location filename="../ui/session/form.py" line="204" />
        <source>Device</source>
        <translation>Apparat</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="107" />
        <location filename="../ui/session/form.py" line="205" />
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="110" />
        <location filename="../ui/session/form.py" line="206" />
        <source>Who did it</source>
        <translation>Vem gjorde det</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="112" />
        <location filename="../ui/session/form.py" line="207" />
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="114" />
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="117" />
        <source>Barriers</source>
        <translation>Hinder</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="120" />
        <source>Referred to</source>
        <translation>Hänvisad till</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="121" />
        <source>Service or place the client was sent to</source>
        <translation>Tjänst eller plats dit kunden hänvisades</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="124" />
        <source>&amp;Print a handout…</source>
        <translation>Skriv ut ett &amp;utdelningsblad…</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="130" />
        <location filename="../ui/session/form.py" line="227" />
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="134" />
        <source>What was done, briefly. No names, identity codes, phone numbers or other personal data.</source>
        <translation>Kort om vad som gjordes. Inga namn, personbeteckningar, telefonnummer eller andra personuppgifter.</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="141" />
        <source>&amp;Remove it from the note</source>
        <translation>&amp;Ta bort det ur anteckningen</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="145" />
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="147" />
        <source>Save and keep mode, channel and language (Ctrl+S)</source>
        <translation>Spara och behåll stödform, kanal och språk (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="148" />
        <source>Save and c&amp;lear</source>
        <translation>Spara och t&amp;öm</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="149" />
        <source>Save and start an empty form (Ctrl+Shift+S)</source>
        <translation>Spara och börja med ett tomt formulär (Ctrl+Skift+S)</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="150" />
        <source>&amp;Discard</source>
        <translation>&amp;Kasta</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="181" />
        <source>S&amp;tarted</source>
        <translation>&amp;Började</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="182" />
        <source>M&amp;inutes</source>
        <translation>M&amp;inuter</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="195" />
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="196" />
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="203" />
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="208" />
        <source>Age (optional)</source>
        <translation>Ålder (frivilligt)</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="209" />
        <source>Barriers met</source>
        <translation>Hinder</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="210" />
        <source>&amp;Referred to</source>
        <translation>&amp;Hänvisad till</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="211" />
        <source>Guides</source>
        <translation>Guider</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="212" />
        <source>Suggested guides</source>
        <translation>Föreslagna guider</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="218" />
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="221" />
        <source>Do not write names, identity codes, phone numbers, addresses or other personal data in the note.</source>
        <translation>Skriv inte namn, personbeteckningar, telefonnummer, adresser eller andra personuppgifter i anteckningen.</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="287" />
        <source>Editing a saved session</source>
        <translation>Ett sparat stödtillfälle redigeras</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="400" />
        <source>Guides you open or print are added here.</source>
        <translation>Guider som du öppnar eller skriver ut läggs till här.</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="411" />
        <source>Saved at %1.</source>
        <translation>Sparat kl. %1.</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="423" />
        <source>Choose how the support was given (local, remote or training).</source>
        <translation>Välj hur stödet gavs (närstöd, distansstöd eller utbildning).</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="426" />
        <source>Choose at least one topic.</source>
        <translation>Välj minst ett ämne.</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="428" />
        <source>The language is not a language code (such as fi or ar).</source>
        <translation>Språket är ingen språkkod (till exempel fi eller ar).</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="439" />
        <source>The form was cleared.</source>
        <translation>Formuläret tömdes.</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../ui/session/session_list.py" line="54" />
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="54" />
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="59" />
        <source>All topics</source>
        <translation>Alla ämnen</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="62" />
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="64" />
        <source>All outcomes</source>
        <translation>Alla resultat</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="67" />
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="69" />
        <location filename="../ui/session/session_list.py" line="70" />
        <source>Search the notes</source>
        <translation>Sök i anteckningarna</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="81" />
        <source>Sessions</source>
        <translation>Stödtillfällen</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="84" />
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="85" />
        <source>De&amp;lete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="86" />
        <source>&amp;Undo delete</source>
        <translation>Å&amp;ngra borttagningen</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="91" />
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importera CSV…</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="92" />
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportera CSV…</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="102" />
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="102" />
        <source>&amp;To</source>
        <translation>T&amp;ill</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session_list.py" line="146" />
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n stödtillfälle</numerusform>
            <numerusform>%n stödtillfällen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session_list.py" line="261" />
        <source>%n session(s) were saved to %1.</source>
        <translation>
            <numerusform>%n stödtillfälle sparades i %1.</numerusform>
            <numerusform>%n stödtillfällen sparades i %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="168" />
        <source>Delete a session</source>
        <translation>Ta bort ett stödtillfälle</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="169" />
        <source>Delete the selected session? You can undo this.</source>
        <translation>Ta bort det valda stödtillfället? Du kan ångra det.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="170" />
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="192" />
        <location filename="../ui/session/session_list.py" line="210" />
        <location filename="../ui/session/session_list.py" line="230" />
        <source>Import sessions</source>
        <translation>Importera stödtillfällen</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="194" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="200" />
        <source>Importing sessions…</source>
        <translation>Stödtillfällen importeras…</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="211" />
        <source>Imported: %1 new, %2 updated, %3 already up to date.</source>
        <translation>Importerade: %1 nya, %2 uppdaterade, %3 redan aktuella.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="224" />
        <source>… and %1 more.</source>
        <translation>… och %1 till.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="231" />
        <source>The file was not imported; nothing was changed.</source>
        <translation>Filen importerades inte; inget ändrades.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="241" />
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="250" />
        <location filename="../ui/session/session_list.py" line="260" />
        <location filename="../ui/session/session_list.py" line="265" />
        <source>Export sessions</source>
        <translation>Exportera stödtillfällen</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="250" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="256" />
        <source>Exporting sessions…</source>
        <translation>Stödtillfällen exporteras…</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="266" />
        <source>The sessions could not be saved: %1</source>
        <translation>Stödtillfällena kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../ui/session/list_model.py" line="42" />
        <source>When</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="43" />
        <source>Minutes</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="44" />
        <source>Mode</source>
        <translation>Stödform</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="45" />
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="46" />
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="47" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="48" />
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../ui/session/page.py" line="22" />
        <source>Support session</source>
        <translation>Stödtillfälle</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="30" />
        <source>New session</source>
        <translation>Nytt stödtillfälle</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="31" />
        <source>Quick tally</source>
        <translation>Snabbräkning</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="32" />
        <source>Session list</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="33" />
        <source>Paper tally sheet</source>
        <translation>Pappersblankett</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/pages/settings_page.py" line="44" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="56" />
        <source>Language and text size</source>
        <translation>Språk och textstorlek</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="60" />
        <source>Same as the computer</source>
        <translation>Samma som datorn</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="66" />
        <source>User interface language</source>
        <translation>Användargränssnittets språk</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="74" />
        <location filename="../ui/pages/settings_page.py" line="80" />
        <source>Text size</source>
        <translation>Textstorlek</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="90" />
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="92" />
        <source>&amp;Text size</source>
        <translation>&amp;Textstorlek</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="115" />
        <source>Site profile</source>
        <translation>Verksamhetsställets uppgifter</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="123" />
        <source>&amp;Save the site profile</source>
        <translation>&amp;Spara verksamhetsställets uppgifter</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="140" />
        <source>Organisation and site name are required.</source>
        <translation>Organisation och verksamhetsställets namn är obligatoriska.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="147" />
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="152" />
        <location filename="../ui/pages/settings_page.py" line="202" />
        <source>Digital-support symbol</source>
        <translation>Symbolen för digitalt stöd</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="159" />
        <source>Use the &amp;official file…</source>
        <translation>Använd den &amp;officiella filen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="161" />
        <source>Use PeerHelper's &amp;own</source>
        <translation>Använd PeerHelpers &amp;egen</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="182" />
        <source>Signs and handouts use the file you chose.</source>
        <translation>Skyltar och utdelningsblad använder filen du valde.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="185" />
        <source>Signs and handouts use PeerHelper's own drawing of the symbol. You may use the official file instead (SVG or PNG).</source>
        <translation>Skyltar och utdelningsblad använder PeerHelpers egen teckning av symbolen. Du kan använda den officiella filen i stället (SVG eller PNG).</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="193" />
        <source>Choose the symbol file</source>
        <translation>Välj symbolens fil</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="193" />
        <source>Pictures (*.svg *.png)</source>
        <translation>Bilder (*.svg *.png)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="203" />
        <source>This file cannot be used: %1</source>
        <translation>Filen kan inte användas: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="214" />
        <source>Session topics</source>
        <translation>Ämnen för stödtillfällen</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="216" />
        <source>Coordinators can add topics, rename them and retire old ones.</source>
        <translation>Koordinatorer kan lägga till ämnen, byta namn på dem och ta gamla ur bruk.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="219" />
        <source>Edit the &amp;topics…</source>
        <translation>Redigera ä&amp;mnena…</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="237" />
        <source>Data and backups</source>
        <translation>Data och säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="240" />
        <source>Your data is kept on this computer in:
%1</source>
        <translation>Dina data finns på den här datorn i mappen:
%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="248" />
        <source>PeerHelper backs up the data automatically once a day and keeps the last 7 daily and 4 weekly backups.</source>
        <translation>PeerHelper säkerhetskopierar data automatiskt en gång om dagen och sparar de 7 senaste dagliga och 4 veckovisa säkerhetskopiorna.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="254" />
        <source>&amp;Back up now</source>
        <translation>Säkerhets&amp;kopiera nu</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="256" />
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Återställ från en säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="274" />
        <source>Backup failed</source>
        <translation>Säkerhetskopieringen misslyckades</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="275" />
        <source>The backup failed: %1</source>
        <translation>Säkerhetskopieringen misslyckades: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="280" />
        <source>Backup made</source>
        <translation>Säkerhetskopia gjord</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="281" />
        <source>The backup was saved as:
%1</source>
        <translation>Säkerhetskopian sparades som:
%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="287" />
        <source>Choose a backup to restore</source>
        <translation>Välj en säkerhetskopia att återställa</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="289" />
        <source>PeerHelper databases (*.db)</source>
        <translation>PeerHelper-databaser (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="294" />
        <source>Replace the current data with the backup %1?

The current data is kept aside in the data folder, so nothing is lost.</source>
        <translation>Ersätta nuvarande data med säkerhetskopian %1?

Nuvarande data sparas separat i datamappen, så inget går förlorat.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="297" />
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="297" />
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="306" />
        <source>Restore failed</source>
        <translation>Återställningen misslyckades</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="307" />
        <source>The backup could not be restored; nothing was changed.
%1</source>
        <translation>Säkerhetskopian kunde inte återställas; inget ändrades.
%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="316" />
        <source>Backup restored</source>
        <translation>Säkerhetskopian återställd</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="317" />
        <source>The backup was restored. The previous data was kept as:
%1</source>
        <translation>Säkerhetskopian återställdes. Tidigare data sparades som:
%1</translation>
    </message>
</context>
<context>
    <name>ShowToClientWindow</name>
    <message>
        <location filename="../ui/guides/show_client.py" line="75" />
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <location filename="../ui/guides/show_client.py" line="76" />
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location filename="../ui/guides/show_client.py" line="77" />
        <source>Close (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/guides/show_client.py" line="129" />
        <source>The picture cannot be shown.</source>
        <translation>Bilden kan inte visas.</translation>
    </message>
    <message>
        <location filename="../ui/guides/show_client.py" line="135" />
        <source>Step %1 of %2</source>
        <translation>Steg %1 av %2</translation>
    </message>
</context>
<context>
    <name>SignCard</name>
    <message>
        <location filename="../ui/printing/printout_card.py" line="214" />
        <source>“Digital support here” sign</source>
        <translation>Skylten ”Här får du digistöd”</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="216" />
        <source>A poster for the door or the wall: the digital-support symbol, the words in the site's languages, the opening hours and the place, from the site profile.</source>
        <translation>En affisch för dörren eller väggen: digistödssymbolen, texten på verksamhetsställets språk, öppettiderna och platsen från uppgifterna om verksamhetsstället.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="219" />
        <source>Print the &amp;sign…</source>
        <translation>Skriv ut &amp;skylten…</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="220" />
        <source>Save the sign as PDF…</source>
        <translation>Spara skylten som PDF…</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="225" />
        <source>P&amp;aper:</source>
        <translation>P&amp;apper:</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="225" />
        <source>Paper size of the sign</source>
        <translation>Skyltens pappersstorlek</translation>
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
        <location filename="../ui/site_profile.py" line="62" />
        <source>&amp;Organisation *</source>
        <translation>&amp;Organisation *</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="63" />
        <source>&amp;Site name *</source>
        <translation>Verksamhetsställets &amp;namn *</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="64" />
        <source>&amp;Address</source>
        <translation>&amp;Adress</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="65" />
        <source>Opening &amp;hours</source>
        <translation>Ö&amp;ppettider</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="66" />
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="67" />
        <source>&amp;Languages spoken by the volunteers</source>
        <translation>&amp;Språk som de frivilliga talar</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../app.py" line="63" />
        <source>PeerHelper cannot start</source>
        <translation>PeerHelper kan inte starta</translation>
    </message>
    <message>
        <location filename="../app.py" line="64" />
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
        <location filename="../app.py" line="76" />
        <source>The PeerHelper database is damaged and cannot be opened safely.</source>
        <translation>PeerHelpers databas är skadad och kan inte öppnas på ett säkert sätt.</translation>
    </message>
    <message>
        <location filename="../app.py" line="80" />
        <source>PeerHelper can restore the newest good backup. The damaged file is kept aside in the data folder; nothing is deleted.</source>
        <translation>PeerHelper kan återställa den senaste felfria säkerhetskopian. Den skadade filen sparas separat i datamappen; inget raderas.</translation>
    </message>
    <message>
        <location filename="../app.py" line="86" />
        <source>No good backup was found. The damaged file is in the data folder:
%1</source>
        <translation>Ingen felfri säkerhetskopia hittades. Den skadade filen finns i datamappen:
%1</translation>
    </message>
    <message>
        <location filename="../app.py" line="90" />
        <location filename="../app.py" line="123" />
        <source>Damaged database</source>
        <translation>Skadad databas</translation>
    </message>
    <message>
        <location filename="../app.py" line="97" />
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Återställ den senaste säkerhetskopian</translation>
    </message>
    <message>
        <location filename="../app.py" line="100" />
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../app.py" line="124" />
        <source>The backup could not be restored. Nothing was deleted.
%1</source>
        <translation>Säkerhetskopian kunde inte återställas. Inget raderades.
%1</translation>
    </message>
    <message>
        <location filename="../app.py" line="198" />
        <source>A support session from %1 was not saved when PeerHelper closed. Continue with it?</source>
        <translation>Ett stödtillfälle från %1 sparades inte när PeerHelper stängdes. Fortsätta med det?</translation>
    </message>
    <message>
        <location filename="../app.py" line="204" />
        <source>Unsaved session</source>
        <translation>Osparat stödtillfälle</translation>
    </message>
    <message>
        <location filename="../app.py" line="209" />
        <source>&amp;Continue</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <location filename="../app.py" line="212" />
        <source>&amp;Discard it</source>
        <translation>&amp;Kasta det</translation>
    </message>
</context>
<context>
    <name>TallyCard</name>
    <message>
        <location filename="../ui/printing/printout_card.py" line="240" />
        <source>Paper tally sheet</source>
        <translation>Pappersblankett</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="242" />
        <source>For days without the laptop: count the sessions by topic with pen strokes, then enter the totals on the Session screen under “Paper tally sheet”.</source>
        <translation>För dagar utan dator: räkna stödtillfällena per ämne med streck och för sedan in summorna på fliken ”Pappersblankett” i vyn Stödtillfälle.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="245" />
        <source>Print the &amp;tally sheet…</source>
        <translation>Skriv ut &amp;blanketten…</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="246" />
        <source>Save the tally sheet as PDF…</source>
        <translation>Spara blanketten som PDF…</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="252" />
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="252" />
        <source>Language of the tally sheet</source>
        <translation>Blankettens språk</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="256" />
        <source>Pap&amp;er:</source>
        <translation>Papp&amp;er:</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="256" />
        <source>Paper size of the tally sheet</source>
        <translation>Blankettens pappersstorlek</translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <location filename="../ui/topics_dialog.py" line="34" />
        <source>Session topics</source>
        <translation>Ämnen för stödtillfällen</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="37" />
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="39" />
        <location filename="../ui/topics_dialog.py" line="48" />
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="40" />
        <source>e.g. library_card</source>
        <translation>t.ex. bibliotekskort</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="43" />
        <source>Name in Finnish</source>
        <translation>Namn på finska</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="44" />
        <source>Name in Swedish</source>
        <translation>Namn på svenska</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="45" />
        <source>Name in English</source>
        <translation>Namn på engelska</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="52" />
        <source>&amp;Save topic</source>
        <translation>&amp;Spara ämnet</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="54" />
        <source>&amp;New topic</source>
        <translation>&amp;Nytt ämne</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="55" />
        <location filename="../ui/topics_dialog.py" line="110" />
        <source>&amp;Retire</source>
        <translation>&amp;Ta ur bruk</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="60" />
        <source>Retired topics are hidden from the tiles but kept in old sessions and statistics. You can bring them back.</source>
        <translation>Ämnen som tagits ur bruk döljs bland rutorna men finns kvar i gamla stödtillfällen och i statistiken. Du kan ta dem i bruk igen.</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="91" />
        <source>%1 (retired)</source>
        <translation>%1 (ur bruk)</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="110" />
        <source>&amp;Bring back</source>
        <translation>&amp;Ta i bruk igen</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="125" />
        <source>Give the topic a name in at least one language.</source>
        <translation>Ge ämnet ett namn på minst ett språk.</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="130" />
        <source>The code may contain only letters, digits and _.</source>
        <translation>Koden får bara innehålla bokstäver, siffror och _.</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="132" />
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
</TS>