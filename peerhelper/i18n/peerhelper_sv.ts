<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>Ask</name>
    <message>
        <location filename="../ui/ask.py" line="63"/>
        <source>%1 is inside PeerHelper&apos;s data folder, where it could replace the database or its backups. Save it somewhere else, such as your Documents folder.</source>
        <translation>%1 ligger i PeerHelpers datamapp, där den kunde ersätta databasen eller dess säkerhetskopior. Spara den någon annanstans, till exempel i mappen Dokument.</translation>
    </message>
</context>
<context>
    <name>CommonPath</name>
    <message>
        <location filename="../ui/session/common_path.py" line="37"/>
        <source>Mode</source>
        <translation>Stödform</translation>
    </message>
    <message>
        <location filename="../ui/session/common_path.py" line="39"/>
        <source>Channel: not chosen</source>
        <translation>Kanal: inte vald</translation>
    </message>
    <message>
        <location filename="../ui/session/common_path.py" line="42"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/session/common_path.py" line="48"/>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../ui/session/common_path.py" line="51"/>
        <location filename="../ui/session/common_path.py" line="70"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../ui/session/common_path.py" line="68"/>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <location filename="../ui/session/common_path.py" line="69"/>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../ui/crash.py" line="25"/>
        <source>Something went wrong in PeerHelper. Everything you saved is safe.</source>
        <translation>Något gick fel i PeerHelper. Allt du har sparat finns kvar.</translation>
    </message>
    <message>
        <location filename="../ui/crash.py" line="29"/>
        <source>The details were written to the log file:
%1</source>
        <translation>Detaljerna skrevs till loggfilen:
%1</translation>
    </message>
    <message>
        <location filename="../ui/crash.py" line="33"/>
        <source>The details could not be written to a log file.</source>
        <translation>Detaljerna kunde inte skrivas till en loggfil.</translation>
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
        <translation>Redigera en tjänst</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="66"/>
        <source>Add a service</source>
        <translation>Lägg till en tjänst</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="67"/>
        <location filename="../ui/referrals/entry_dialog.py" line="242"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="69"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="77"/>
        <source>Helps with</source>
        <translation>Hjälper med</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="80"/>
        <source>Languages served</source>
        <translation>Betjäningsspråk</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="88"/>
        <location filename="../ui/referrals/entry_dialog.py" line="244"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="89"/>
        <location filename="../ui/referrals/entry_dialog.py" line="245"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="90"/>
        <location filename="../ui/referrals/entry_dialog.py" line="246"/>
        <source>Web address</source>
        <translation>Webbadress</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="91"/>
        <location filename="../ui/referrals/entry_dialog.py" line="247"/>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="92"/>
        <location filename="../ui/referrals/entry_dialog.py" line="248"/>
        <source>Accessibility</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="93"/>
        <source>e.g. step-free entrance, induction loop</source>
        <translation>t.ex. trappfri ingång, hörslinga</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="95"/>
        <source>Free or paid</source>
        <translation>Avgiftsfri eller avgiftsbelagd</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="96"/>
        <source>Not recorded</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="101"/>
        <location filename="../ui/referrals/entry_dialog.py" line="106"/>
        <location filename="../ui/referrals/entry_dialog.py" line="243"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="103"/>
        <source>For volunteers: what they help with, how to book. No personal data.</source>
        <translation>För stödpersonerna: vad de hjälper med, hur man bokar tid. Inga personuppgifter.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="107"/>
        <source>Details checked on</source>
        <translation>Uppgifterna kontrollerade</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="112"/>
        <source>Day the details were checked</source>
        <translation>Dagen då uppgifterna kontrollerades</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="113"/>
        <source>Checked &amp;today</source>
        <translation>Kontrollerade i &amp;dag</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="149"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="150"/>
        <source>&amp;Kind</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="151"/>
        <source>Helps &amp;with</source>
        <translation>Hjälper &amp;med</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="152"/>
        <source>&amp;Languages served</source>
        <translation>&amp;Betjäningsspråk</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="153"/>
        <source>&amp;Address</source>
        <translation>&amp;Adress</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="154"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="155"/>
        <source>&amp;Web address</source>
        <translation>&amp;Webbadress</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="156"/>
        <source>&amp;Opening hours</source>
        <translation>&amp;Öppettider</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="157"/>
        <source>Accessi&amp;bility</source>
        <translation>T&amp;illgänglighet</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="158"/>
        <source>&amp;Free or paid</source>
        <translation>A&amp;vgiftsfri eller avgiftsbelagd</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="159"/>
        <source>N&amp;otes</source>
        <translation>Ant&amp;eckningar</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="160"/>
        <source>Checked</source>
        <translation>Kontrollerad</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="206"/>
        <source>Details from: %1</source>
        <translation>Uppgifterna kommer från: %1</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="258"/>
        <source>Give the service a name.</source>
        <translation>Ge tjänsten ett namn.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="260"/>
        <source>Another service already has this name.</source>
        <translation>En annan tjänst har redan det här namnet.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="262"/>
        <source>The web address is not one, such as www.kela.fi.</source>
        <translation>Webbadressen har inte rätt form (till exempel www.fpa.fi).</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../ui/errors.py" line="58"/>
        <source>The disk is full, so %1 was not saved. Nothing was half-written. Free some space and try again.</source>
        <translation>Disken är full, så %1 sparades inte. Inget blev halvskrivet. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="63"/>
        <source>The disk is full. Nothing was half-written. Free some space and try again.</source>
        <translation>Disken är full. Inget blev halvskrivet. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="67"/>
        <source>The database %1 is damaged and cannot be used safely. Close PeerHelper and start it again: it offers to restore the newest good backup, and nothing is deleted.</source>
        <translation>Databasen %1 är skadad och kan inte användas säkert. Stäng PeerHelper och starta programmet igen: det erbjuder sig att återställa den senaste felfria säkerhetskopian, och ingenting raderas.</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="74"/>
        <source>PeerHelper cannot save its data in the folder %1.

Reason: %2</source>
        <translation>PeerHelper kan inte spara sina uppgifter i mappen %1.

Orsak: %2</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="84"/>
        <source>The file %1 could not be used: %2</source>
        <translation>Filen %1 kunde inte användas: %2</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="88"/>
        <source>A file could not be used: %1</source>
        <translation>En fil kunde inte användas: %1</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="108"/>
        <source>PeerHelper cannot use this; nothing was changed.</source>
        <translation>PeerHelper kan inte använda detta; inget ändrades.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ui/site_profile.py" line="118"/>
        <location filename="../ui/site_profile.py" line="119"/>
        <source>Welcome to PeerHelper</source>
        <translation>Välkommen till PeerHelper</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="123"/>
        <source>Tell us about the place where you give digital support. These details are printed on handouts and signs. You can change them later in Settings.</source>
        <translation>Berätta om platsen där du ger digitalt stöd. Uppgifterna skrivs ut på utdelningsblad och skyltar. Du kan ändra dem senare under Inställningar.</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="133"/>
        <source>* required</source>
        <translation>* obligatoriskt</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="138"/>
        <source>&amp;Later</source>
        <translation>&amp;Senare</translation>
    </message>
</context>
<context>
    <name>GuardedField</name>
    <message>
        <location filename="../ui/privacy_guard.py" line="36"/>
        <source>Remove it from “%1”</source>
        <translation>Ta bort det ur fältet ”%1”</translation>
    </message>
</context>
<context>
    <name>GuideChooserDialog</name>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="178"/>
        <source>Print a handout</source>
        <translation>Skriv ut ett utdelningsblad</translation>
    </message>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="181"/>
        <source>Which guide does the client take home? Guides opened in this session and guides on its topics are listed first.</source>
        <translation>Vilken guide tar kunden med sig hem? Guider som öppnats under det här stödtillfället och guider om dess ämnen står först.</translation>
    </message>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="189"/>
        <source>&amp;Choose languages and print…</source>
        <translation>&amp;Välj språk och skriv ut…</translation>
    </message>
</context>
<context>
    <name>GuideEditorDialog</name>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="57"/>
        <source>New guide</source>
        <translation>Ny guide</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="65"/>
        <source>The language you write in</source>
        <translation>Språket du skriver på</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="66"/>
        <source>Language being written</source>
        <translation>Språket som skrivs nu</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="67"/>
        <source>Checked by a native speaker</source>
        <translation>Granskad av en modersmålstalare</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="70"/>
        <source>&amp;Your language:</source>
        <translation>&amp;Ditt språk:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="71"/>
        <source>&amp;Writing in:</source>
        <translation>&amp;Skriver på:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="81"/>
        <source>About the guide</source>
        <translation>Om guiden</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="82"/>
        <location filename="../ui/guides/editor/dialog.py" line="164"/>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="89"/>
        <source>Show as the &amp;client sees it</source>
        <translation>Visa som &amp;kunden ser den</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="90"/>
        <source>Preview the &amp;handout…</source>
        <translation>Förhands&amp;granska utskriften…</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="91"/>
        <source>&amp;Save the guide</source>
        <translation>S&amp;para guiden</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="93"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="145"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="146"/>
        <source>Su&amp;mmary:</source>
        <translation>Sa&amp;mmanfattning:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="147"/>
        <source>&amp;Id (letters a–z, digits, hyphens):</source>
        <translation>&amp;Id (bokstäver a–z, siffror, bindestreck):</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="148"/>
        <source>T&amp;opic:</source>
        <translation>Äm&amp;ne:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="149"/>
        <source>Ser&amp;vice or device:</source>
        <translation>Tjänst eller &amp;apparat:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="150"/>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="151"/>
        <source>Words on the scr&amp;eens are in:</source>
        <translation>Språk&amp;et på skärmarna:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="152"/>
        <source>Source page&apos;s tit&amp;le:</source>
        <translation>Källsidans ru&amp;brik:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="153"/>
        <source>Source&apos;s &amp;publisher:</source>
        <translation>Källans &amp;utgivare:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="154"/>
        <source>Source&apos;s &amp;address:</source>
        <translation>Källans &amp;webbadress:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="166"/>
        <source>Add a screensh&amp;ot or photo…</source>
        <translation>Lägg till skärmbild eller &amp;foto…</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="167"/>
        <source>Add a &amp;kit picture</source>
        <translation>Lägg till en ritad &amp;bild</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="168"/>
        <source>&amp;Remove the step</source>
        <translation>Ta bor&amp;t steget</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="169"/>
        <source>Move u&amp;p</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="170"/>
        <source>Mo&amp;ve down</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="235"/>
        <source>Add a screenshot or photo</source>
        <translation>Lägg till skärmbild eller foto</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="236"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="279"/>
        <location filename="../ui/guides/editor/dialog.py" line="320"/>
        <source>Step %1: %2</source>
        <translation>Steg %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="314"/>
        <source>Fix these before saving:</source>
        <translation>Rätta till detta innan du sparar:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="361"/>
        <source>Save the guide</source>
        <translation>Spara guiden</translation>
    </message>
</context>
<context>
    <name>GuideLibraryModel</name>
    <message>
        <location filename="../ui/guides/library_model.py" line="82"/>
        <source>Local</source>
        <translation>Egen</translation>
    </message>
</context>
<context>
    <name>GuidePicker</name>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="84"/>
        <source>Search in any language, e.g. Wi-Fi, Kela, bank</source>
        <translation>Sök på vilket språk som helst, t.ex. Wi-Fi, FPA, bank</translation>
    </message>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="85"/>
        <source>Search guides</source>
        <translation>Sök guider</translation>
    </message>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="91"/>
        <source>Guides</source>
        <translation>Guider</translation>
    </message>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="100"/>
        <source>No guide matches.</source>
        <translation>Ingen guide matchar.</translation>
    </message>
</context>
<context>
    <name>GuideSuggestions</name>
    <message>
        <location filename="../ui/session/suggestions.py" line="56"/>
        <source>Choose topics to see guides for them.</source>
        <translation>Välj ämnen för att se guider till dem.</translation>
    </message>
    <message>
        <location filename="../ui/session/suggestions.py" line="62"/>
        <source>No guide for these topics yet.</source>
        <translation>Det finns ingen guide för de här ämnena ännu.</translation>
    </message>
    <message>
        <location filename="../ui/session/suggestions.py" line="68"/>
        <source>Open the guide: %1</source>
        <translation>Öppna guiden: %1</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <location filename="../ui/guides/guide_view.py" line="128"/>
        <source>All guides</source>
        <translation>Alla guider</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="129"/>
        <source>Back to all guides</source>
        <translation>Tillbaka till alla guider</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="130"/>
        <source>Back to all guides (Esc)</source>
        <translation>Tillbaka till alla guider (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="132"/>
        <source>&amp;Show to the client</source>
        <translation>&amp;Visa för kunden</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="134"/>
        <source>Full screen, one step at a time (F5)</source>
        <translation>Helskärm, ett steg i taget (F5)</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="135"/>
        <source>Show to the client</source>
        <translation>Visa för kunden</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="137"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="138"/>
        <source>Print a handout for the client (Ctrl+P)</source>
        <translation>Skriv ut ett utdelningsblad åt kunden (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="139"/>
        <source>Print a handout</source>
        <translation>Skriv ut ett utdelningsblad</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="153"/>
        <source>What you need: %1</source>
        <translation>Du behöver: %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="168"/>
        <source>Note for the helper</source>
        <translation>Att observera för hjälparen</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="172"/>
        <source>Second language under the captions</source>
        <translation>Andra språk under bildtexterna</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="173"/>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="175"/>
        <source>Language of the words in the pictures</source>
        <translation>Språk för orden i bilderna</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="197"/>
        <source>&amp;Words in the pictures</source>
        <translation>&amp;Ord i bilderna</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="196"/>
        <source>Second &amp;language</source>
        <translation>Andra &amp;språk</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="171"/>
        <source>The client&apos;s language</source>
        <translation>Kundens språk</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="195"/>
        <source>&amp;Client&apos;s language</source>
        <translation>&amp;Kundens språk</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="204"/>
        <source>This translation has not yet been checked by a native speaker. Use it together with the pictures.</source>
        <translation>Den här översättningen har ännu inte granskats av en person med språket som modersmål. Använd den tillsammans med bilderna.</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="256"/>
        <source>Steps: %1</source>
        <translation>Steg: %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="257"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="261"/>
        <source>checked %1</source>
        <translation>kontrollerad %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="270"/>
        <source>Sources: %1</source>
        <translation>Källor: %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="327"/>
        <source>The picture cannot be shown.</source>
        <translation>Bilden kan inte visas.</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <location filename="../ui/guides/library_page.py" line="81"/>
        <source>Picture guides</source>
        <translation>Bildguider</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="82"/>
        <source>Step-by-step picture guides to look at together with the client.</source>
        <translation>Bildguider steg för steg att titta på tillsammans med kunden.</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="115"/>
        <source>No guide matches. Try another word, or show all topics and languages.</source>
        <translation>Ingen guide matchar. Prova ett annat ord eller visa alla ämnen och språk.</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="119"/>
        <source>Show &amp;all guides</source>
        <translation>Visa &amp;alla guider</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="148"/>
        <source>Search in any language, e.g. Wi-Fi, Kela, bank</source>
        <translation>Sök på vilket språk som helst, t.ex. Wi-Fi, FPA, bank</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="149"/>
        <source>Search guides</source>
        <translation>Sök guider</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="172"/>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="160"/>
        <source>All topics</source>
        <translation>Alla ämnen</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="174"/>
        <source>Language of the guide</source>
        <translation>Guidens språk</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="165"/>
        <source>All languages</source>
        <translation>Alla språk</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="182"/>
        <source>&amp;Topic</source>
        <translation>Ä&amp;mne</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="183"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="197"/>
        <source>Guides</source>
        <translation>Guider</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="219"/>
        <source>&amp;Open the guide</source>
        <translation>Ö&amp;ppna guiden</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="222"/>
        <source>&amp;Show to the client</source>
        <translation>&amp;Visa för kunden</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="223"/>
        <source>Full screen, one step at a time (F5)</source>
        <translation>Helskärm, ett steg i taget (F5)</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="275"/>
        <source>Showing %1 of %2 guides</source>
        <translation>Visar %1 av %2 guider</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="281"/>
        <source>No guides are installed.</source>
        <translation>Inga guider är installerade.</translation>
    </message>
</context>
<context>
    <name>HandoutOptionsWidget</name>
    <message>
        <location filename="../ui/printing/options.py" line="58"/>
        <source>The client&apos;s language</source>
        <translation>Kundens språk</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="59"/>
        <source>Second language on the handout</source>
        <translation>Utdelningsbladets andra språk</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="60"/>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="64"/>
        <source>Language of the words in the pictures</source>
        <translation>Språket i bildernas ord</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="67"/>
        <source>&amp;Large print</source>
        <translation>S&amp;tor stil</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="68"/>
        <source>Large print</source>
        <translation>Stor stil</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="70"/>
        <source>Bigger text and pictures, on more pages.</source>
        <translation>Större text och bilder, på fler sidor.</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="74"/>
        <source>Paper size</source>
        <translation>Pappersstorlek</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="78"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="78"/>
        <source>Printed in the notes area, e.g. the time of the next visit</source>
        <translation>Skrivs ut i anteckningsfältet, t.ex. tiden för nästa besök</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="81"/>
        <source>Next time, bring</source>
        <translation>Ta med nästa gång</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="82"/>
        <source>e.g. your phone and its charger, the letter you received</source>
        <translation>t.ex. din telefon och laddaren, brevet du fått</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="127"/>
        <source>&amp;Client&apos;s language</source>
        <translation>&amp;Kundens språk</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="128"/>
        <source>&amp;Second language</source>
        <translation>&amp;Andra språk</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="129"/>
        <source>&amp;Words in the pictures</source>
        <translation>&amp;Ord i bilderna</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="130"/>
        <source>Paper si&amp;ze</source>
        <translation>Pappers&amp;storlek</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="143"/>
        <source>&amp;Note</source>
        <translation>Ante&amp;ckning</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="143"/>
        <source>&amp;Bring next time</source>
        <translation>Ta med &amp;nästa gång</translation>
    </message>
</context>
<context>
    <name>HandoutPrintDialog</name>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="65"/>
        <source>Print a handout: %1</source>
        <translation>Skriv ut ett utdelningsblad: %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="86"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="87"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="89"/>
        <source>Choose a printer and print (Ctrl+P)</source>
        <translation>Välj en skrivare och skriv ut (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="90"/>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="91"/>
        <source>Save the handout as a PDF file (Ctrl+S)</source>
        <translation>Spara utdelningsbladet som en PDF-fil (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="92"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="130"/>
        <source>Choose the client&apos;s language and what else to print. The preview shows the pages exactly as they will be printed.</source>
        <translation>Välj kundens språk och vad mer som ska skrivas ut. Förhandsvisningen visar sidorna precis som de skrivs ut.</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="162"/>
        <source>The handout cannot be made with these choices: %1</source>
        <translation>Utdelningsbladet kan inte göras med de här valen: %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="168"/>
        <source>The handout could not be made. The details are in the log file; try other choices or another guide.</source>
        <translation>Utdelningsbladet kunde inte göras. Detaljerna finns i loggfilen. Prova andra val eller en annan guide.</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="190"/>
        <source>Preparing the handout…</source>
        <translation>Utdelningsbladet förbereds…</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="204"/>
        <source>The handout was sent to the printer.</source>
        <translation>Utdelningsbladet skickades till skrivaren.</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="216"/>
        <source>Saved as %1.</source>
        <translation>Sparad som %1.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../ui/pages/home.py" line="22"/>
        <source>Hello! What are we helping with today?</source>
        <translation>Hej! Vad hjälper vi till med i dag?</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="27"/>
        <source>Start a support session</source>
        <translation>Börja ett stödtillfälle</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="28"/>
        <source>Find a picture guide</source>
        <translation>Hitta en bildguide</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="29"/>
        <source>Print a handout</source>
        <translation>Skriv ut ett utdelningsblad</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="47"/>
        <source>The site profile is not filled in yet. Handouts and signs show your site&apos;s name, address and opening hours.</source>
        <translation>Verksamhetsställets uppgifter är inte ifyllda ännu. Utdelningsblad och skyltar visar ställets namn, adress och öppettider.</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="52"/>
        <source>Fill in the site &amp;profile</source>
        <translation>Fyll i verksamhetsställets &amp;uppgifter</translation>
    </message>
</context>
<context>
    <name>KnownErrors</name>
    <message>
        <location filename="../ui/known_errors.py" line="22"/>
        <source>The file %1 cannot be found.</source>
        <translation>Filen %1 hittas inte.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="23"/>
        <source>%1 is the database in use; choose a backup instead.</source>
        <translation>%1 är databasen som används. Välj en säkerhetskopia i stället.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="26"/>
        <source>%1 is not a PeerHelper backup: it is not a database file.</source>
        <translation>%1 är ingen säkerhetskopia från PeerHelper: den är ingen databasfil.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="29"/>
        <source>%1 is damaged and cannot be restored.</source>
        <translation>%1 är skadad och kan inte återställas.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="32"/>
        <source>%1 is not a PeerHelper backup: parts of PeerHelper&apos;s data are missing from it.</source>
        <translation>%1 är ingen säkerhetskopia från PeerHelper: en del av PeerHelpers data saknas i den.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="36"/>
        <source>%1 was made by a newer version of PeerHelper. Restore it with that version or a later one.</source>
        <translation>%1 har gjorts med en nyare version av PeerHelper. Återställ den med den versionen eller en senare.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="60"/>
        <source>The disk is full, so %1 could not be written. Everything saved before is unchanged; free some space and try again.</source>
        <translation>Disken är full, så %1 kunde inte skrivas. Allt som sparats tidigare är oförändrat. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="66"/>
        <source>Another PeerHelper program (an import, a backup or a restore) is using the data folder. Nothing was changed; try again when it has finished.</source>
        <translation>Ett annat PeerHelper-program (en import, en säkerhetskopiering eller en återställning) använder datamappen. Inget ändrades. Försök igen när det är klart.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="72"/>
        <source>The database is still in use by another program, so it cannot be replaced now. Nothing was changed.</source>
        <translation>Databasen används fortfarande av ett annat program, så den kan inte ersättas nu. Inget ändrades.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="78"/>
        <source>The data was saved by a newer version of PeerHelper. Start that version or a later one; nothing was changed.</source>
        <translation>Data har sparats med en nyare version av PeerHelper. Starta den versionen eller en senare. Inget ändrades.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="84"/>
        <source>The database is busy: another program kept it locked for too long. Nothing was lost; try again in a moment.</source>
        <translation>Databasen är upptagen: ett annat program höll den låst för länge. Inget gick förlorat. Försök igen om en stund.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.py" line="80"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="83"/>
        <source>Session</source>
        <translation>Stödtillfälle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="84"/>
        <source>Guides</source>
        <translation>Guider</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="85"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="86"/>
        <source>Referrals</source>
        <translation>Hänvisning</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="87"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="90"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="192"/>
        <source>PeerHelper</source>
        <translation>PeerHelper</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="206"/>
        <source>Main sections</source>
        <translation>Huvudavsnitt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="265"/>
        <source>Start a support session</source>
        <translation>Börja ett stödtillfälle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="269"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>OrganisationServerBox</name>
    <message>
        <location filename="../ui/organisation_server.py" line="35"/>
        <location filename="../ui/organisation_server.py" line="146"/>
        <location filename="../ui/organisation_server.py" line="169"/>
        <source>Organisation server</source>
        <translation>Organisationens server</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="51"/>
        <source>Server address</source>
        <translation>Serverns adress</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="54"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="56"/>
        <source>Kept in a password file in the data folder, never in the settings.</source>
        <translation>Sparas i en lösenordsfil i datamappen, aldrig i inställningarna.</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="58"/>
        <source>Server addr&amp;ess</source>
        <translation>Ser&amp;verns adress</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="59"/>
        <source>Pass&amp;word</source>
        <translation>L&amp;ösenord</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="62"/>
        <source>Save a&amp;ddress</source>
        <translation>Spara a&amp;dressen</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="64"/>
        <source>Test co&amp;nnection</source>
        <translation>Testa ansl&amp;utningen</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="66"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynkronisera nu</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="85"/>
        <source>No organisation server is set.</source>
        <translation>Ingen server för organisationen har angetts.</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="87"/>
        <source>Not synced yet.</source>
        <translation>Inte synkroniserat ännu.</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="94"/>
        <source>Last sync %1:</source>
        <translation>Senaste synkronisering %1:</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="97"/>
        <source>Last sync %1: %2</source>
        <translation>Senaste synkronisering %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="91"/>
        <source>Last sync %1 failed: %2</source>
        <translation>Senaste synkronisering %1 misslyckades: %2</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="40"/>
        <source>Sites of one organisation can send their sessions to the organisation&apos;s PostgreSQL server, take its topic list, and share the referral directory and the local guides. Leave the address empty to work on this computer alone: PeerHelper then never connects to a network.</source>
        <translation>Verksamhetsställena inom en organisation kan skicka sina stödtillfällen till organisationens PostgreSQL-server, hämta dess ämneslista och dela hänvisningsregistret och de egna guiderna med varandra. Lämna adressen tom om du bara arbetar på den här datorn: PeerHelper ansluter då aldrig till ett nätverk.</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="112"/>
        <source>Sessions sent: %1 (new: %2, updated: %3)</source>
        <translation>Skickade stödtillfällen: %1 (nya %2, uppdaterade %3)</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="117"/>
        <source>Topics added: %1</source>
        <translation>Tillagda ämnen: %1</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="119"/>
        <source>Directory entries received: %1, sent: %2</source>
        <translation>Tjänster i hänvisningsregistret mottagna: %1, skickade: %2</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="123"/>
        <source>Guides received: %1, sent: %2</source>
        <translation>Guider mottagna: %1, skickade: %2</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="126"/>
        <source>Left out, and why:</source>
        <translation>Utelämnat, med skäl:</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="170"/>
        <source>The server answers: %1</source>
        <translation>Servern svarar: %1</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="173"/>
        <source>Connecting to the organisation server…</source>
        <translation>Ansluter till organisationens server…</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="174"/>
        <source>Test connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="186"/>
        <location filename="../ui/organisation_server.py" line="198"/>
        <source>Sync now</source>
        <translation>Synkronisera nu</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="197"/>
        <source>Syncing with the organisation server…</source>
        <translation>Synkroniserar med organisationens server…</translation>
    </message>
</context>
<context>
    <name>PaperTally</name>
    <message>
        <location filename="../ui/session/paper_tally.py" line="39"/>
        <source>For days when the laptop was not there: type the number of marks per topic from the paper tally sheet.</source>
        <translation>För dagar då datorn inte var med: skriv in antalet streck per ämne från pappersblanketten.</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="51"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="52"/>
        <location filename="../ui/session/paper_tally.py" line="59"/>
        <source>Mode</source>
        <translation>Stödform</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="56"/>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="68"/>
        <source>&amp;Record the counts</source>
        <translation>&amp;Registrera antalen</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="85"/>
        <source>Sessions in all: %1</source>
        <translation>Stödtillfällen sammanlagt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/paper_tally.py" line="95"/>
        <source>Record %n session(s) for %1?</source>
        <translation>
            <numerusform>Registrera %n stödtillfälle för %1?</numerusform>
            <numerusform>Registrera %n stödtillfällen för %1?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="98"/>
        <location filename="../ui/session/paper_tally.py" line="105"/>
        <location filename="../ui/session/paper_tally.py" line="110"/>
        <source>Paper tally sheet</source>
        <translation>Pappersblankett</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="98"/>
        <source>&amp;Record</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="110"/>
        <source>The counts were recorded.</source>
        <translation>Antalen registrerades.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../ui/printing/preview.py" line="103"/>
        <source>Preview of the printed pages</source>
        <translation>Förhandsvisning av sidorna som skrivs ut</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview.py" line="112"/>
        <source>Preparing the preview…</source>
        <translation>Förhandsvisningen förbereds…</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview.py" line="132"/>
        <source>The preview cannot be shown.</source>
        <translation>Förhandsvisningen kan inte visas.</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview.py" line="135"/>
        <source>Pages: %1</source>
        <translation>Sidor: %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview.py" line="142"/>
        <source>Updating the preview…</source>
        <translation>Förhandsvisningen uppdateras…</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <location filename="../ui/session/privacy_text.py" line="18"/>
        <source>a personal identity code</source>
        <translation>en personbeteckning</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="21"/>
        <source>a phone number</source>
        <translation>ett telefonnummer</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="22"/>
        <source>an e-mail address</source>
        <translation>en e-postadress</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="23"/>
        <source>a bank account number</source>
        <translation>ett kontonummer</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="24"/>
        <source>a payment card number</source>
        <translation>ett betalkortsnummer</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="34"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="35"/>
        <source>Referred to</source>
        <translation>Hänvisad till</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="36"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="37"/>
        <source>Guides</source>
        <translation>Guider</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="48"/>
        <source>“%1” seems to contain personal data (%2). PeerHelper does not store it: remove it before saving.</source>
        <translation>Fältet ”%1” verkar innehålla personuppgifter (%2). PeerHelper sparar inte personuppgifter: ta bort dem innan du sparar.</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="58"/>
        <source>Column “%1” seems to contain personal data (%2).</source>
        <translation>Kolumnen ”%1” verkar innehålla personuppgifter (%2).</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="66"/>
        <source>“%1” is too long: at most %2 characters.</source>
        <translation>Fältet ”%1” är för långt: högst %2 tecken.</translation>
    </message>
</context>
<context>
    <name>PictureMessages</name>
    <message>
        <location filename="../ui/picture_messages.py" line="18"/>
        <source>The file does not exist.</source>
        <translation>Filen finns inte.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="19"/>
        <source>The file cannot be read.</source>
        <translation>Filen kan inte läsas.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="20"/>
        <source>Only SVG, PNG and JPEG pictures can be used.</source>
        <translation>Endast SVG-, PNG- och JPEG-bilder kan användas.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="23"/>
        <source>The symbol must be an SVG or PNG file.</source>
        <translation>Symbolen måste vara en SVG- eller PNG-fil.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="26"/>
        <source>The file is larger than %1 MB.</source>
        <translation>Filen är större än %1 MB.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="29"/>
        <source>The file is not a %1 picture, although its name says so.</source>
        <translation>Filen är inte en %1-bild, fast namnet säger det.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="32"/>
        <source>The picture is damaged or incomplete. Save or copy it again and try once more.</source>
        <translation>Bilden är skadad eller ofullständig. Spara eller kopiera den på nytt och försök en gång till.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="36"/>
        <source>The picture is too large to print: %1 × %2 pixels, when at most %3 million pixels are allowed. Make it smaller in a picture editor.</source>
        <translation>Bilden är för stor för att skrivas ut: %1 × %2 pixlar, när högst %3 miljoner pixlar är tillåtna. Gör den mindre i ett bildbehandlingsprogram.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="41"/>
        <source>The picture is too large to print: %1 × %2 pixels, when no side may be longer than %3 pixels. Make it smaller in a picture editor.</source>
        <translation>Bilden är för stor för att skrivas ut: %1 × %2 pixlar, när ingen sida får vara längre än %3 pixlar. Gör den mindre i ett bildbehandlingsprogram.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="46"/>
        <source>The picture has far too many pixels to print. Make it smaller in a picture editor.</source>
        <translation>Bilden har alldeles för många pixlar för att skrivas ut. Gör den mindre i ett bildbehandlingsprogram.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="50"/>
        <source>The SVG file has a DOCTYPE, entities or processing instructions, which are not accepted. Save it again as plain SVG.</source>
        <translation>SVG-filen innehåller en DOCTYPE-deklaration, entiteter eller bearbetningsinstruktioner, som inte godtas. Spara den på nytt som vanlig SVG.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="55"/>
        <source>The SVG file is not valid: %1</source>
        <translation>SVG-filen är inte giltig: %1</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="58"/>
        <source>The file is not an SVG picture.</source>
        <translation>Filen är inte en SVG-bild.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="61"/>
        <source>The SVG picture does not say its size: it needs a width and a height, or a viewBox.</source>
        <translation>SVG-bilden anger inte sin storlek: den behöver en bredd och en höjd, eller en viewBox.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="65"/>
        <source>The SVG picture is nested more than %1 levels deep.</source>
        <translation>SVG-bildens delar är kapslade i mer än %1 nivåer.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="68"/>
        <source>The SVG picture has more than %1 parts.</source>
        <translation>SVG-bilden har fler än %1 delar.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="71"/>
        <source>The SVG picture contains a script or other active content (%1), which is not accepted.</source>
        <translation>SVG-bilden innehåller ett skript eller annat aktivt innehåll (%1), som inte godtas.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="76"/>
        <source>The SVG picture uses something outside itself (%1). Put the pictures it needs inside the file.</source>
        <translation>SVG-bilden använder något utanför sig själv (%1). Lägg in bilderna den behöver i själva filen.</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../ui/printing/printer.py" line="103"/>
        <location filename="../ui/printing/printer.py" line="125"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="135"/>
        <source>The pages could not be sent to the printer. Check the printer and try again.</source>
        <translation>Sidorna kunde inte skickas till skrivaren. Kontrollera skrivaren och försök igen.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="148"/>
        <source>Sending the pages to the printer…</source>
        <translation>Sidorna skickas till skrivaren…</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="179"/>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="184"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="192"/>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 finns redan. Vill du ersätta den?</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="196"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersätt</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="208"/>
        <source>The file %1 could not be saved: %2</source>
        <translation>Filen %1 kunde inte sparas: %2</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../ui/printing/print_page.py" line="51"/>
        <location filename="../ui/printing/print_page.py" line="140"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="53"/>
        <source>Handouts for clients to take home, the “Digital support here” sign and the paper tally sheet.</source>
        <translation>Utdelningsblad som kunden tar med sig hem, skylten ”Här får du digistöd” och pappersblanketten.</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="78"/>
        <source>&amp;Find a guide:</source>
        <translation>&amp;Hitta en guide:</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="80"/>
        <source>Print a &amp;handout…</source>
        <translation>Skriv ut ett &amp;utdelningsblad…</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="90"/>
        <source>Handout of a picture guide</source>
        <translation>Utdelningsblad av en bildguide</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="94"/>
        <source>Choose a guide, then the client&apos;s language, large print and a note. The client takes the paper home.</source>
        <translation>Välj en guide och sedan kundens språk, stor stil och en anteckning. Kunden tar med sig papperet hem.</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="139"/>
        <source>There is no guide %1.</source>
        <translation>Det finns ingen guide %1.</translation>
    </message>
</context>
<context>
    <name>PrintoutCard</name>
    <message>
        <location filename="../ui/printing/printout_card.py" line="179"/>
        <source>This cannot be printed: %1</source>
        <translation>Det här kan inte skrivas ut: %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="182"/>
        <source>This could not be made. The details are in the log file.</source>
        <translation>Det här kunde inte göras. Detaljerna finns i loggfilen.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="183"/>
        <source>No preview</source>
        <translation>Ingen förhandsvisning</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="194"/>
        <source>The preview is still being made; try again in a moment.</source>
        <translation>Förhandsvisningen görs fortfarande. Försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="205"/>
        <source>Sent to the printer.</source>
        <translation>Skickat till skrivaren.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="216"/>
        <source>Saved as %1.</source>
        <translation>Sparad som %1.</translation>
    </message>
</context>
<context>
    <name>ProblemsNotice</name>
    <message>
        <location filename="../ui/guides/problems_notice.py" line="50"/>
        <source>Guides that could not be loaded: %1.</source>
        <translation>Guider som inte kunde läsas in: %1.</translation>
    </message>
    <message>
        <location filename="../ui/guides/problems_notice.py" line="52"/>
        <source>Warnings: %1.</source>
        <translation>Varningar: %1.</translation>
    </message>
    <message>
        <location filename="../ui/guides/problems_notice.py" line="25"/>
        <location filename="../ui/guides/problems_notice.py" line="59"/>
        <source>Show &amp;details</source>
        <translation>Visa &amp;detaljer</translation>
    </message>
    <message>
        <location filename="../ui/guides/problems_notice.py" line="59"/>
        <source>Hide &amp;details</source>
        <translation>Dölj &amp;detaljer</translation>
    </message>
</context>
<context>
    <name>QuickTally</name>
    <message>
        <location filename="../ui/session/quick_tally.py" line="35"/>
        <source>One tap records a session with its topic, mode and time. Add details later from the session list.</source>
        <translation>Ett tryck registrerar ett stödtillfälle med ämne, stödform och tid. Lägg till detaljer senare i listan.</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="41"/>
        <source>Mode</source>
        <translation>Stödform</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="50"/>
        <source>Record: %1</source>
        <translation>Registrera: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="55"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="78"/>
        <source>Recorded: %1 at %2.</source>
        <translation>Registrerat: %1 kl. %2.</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="83"/>
        <location filename="../ui/session/quick_tally.py" line="98"/>
        <source>Recorded here this time: %1</source>
        <translation>Registrerade den här gången: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="96"/>
        <source>The last tap was undone.</source>
        <translation>Det senaste trycket ångrades.</translation>
    </message>
</context>
<context>
    <name>ReferralPicker</name>
    <message>
        <location filename="../ui/session/referral_picker.py" line="39"/>
        <source>Search the referral directory</source>
        <translation>Sök i hänvisningsregistret</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_picker.py" line="40"/>
        <source>Type a service&apos;s name, e.g. Kela</source>
        <translation>Skriv tjänstens namn, t.ex. FPA</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_picker.py" line="112"/>
        <source>No service of that name; pick one from the list, or write it below.</source>
        <translation>Det finns ingen tjänst med det namnet. Välj en i listan eller skriv stället nedan.</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_picker.py" line="139"/>
        <source>Slip…</source>
        <translation>Hänvisningslapp…</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_picker.py" line="140"/>
        <source>Print a referral slip: %1</source>
        <translation>Skriv ut en hänvisningslapp: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_picker.py" line="141"/>
        <source>Print a referral slip for the client</source>
        <translation>Skriv ut en hänvisningslapp åt kunden</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_picker.py" line="144"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_picker.py" line="145"/>
        <source>Remove the referral: %1</source>
        <translation>Ta bort hänvisningen: %1</translation>
    </message>
</context>
<context>
    <name>ReferralRow</name>
    <message>
        <location filename="../ui/session/referral_row.py" line="37"/>
        <source>Referred to</source>
        <translation>Hänvisad till</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_row.py" line="38"/>
        <source>Service or place the client was sent to</source>
        <translation>Tjänst eller plats dit kunden hänvisades</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../ui/referrals/page.py" line="63"/>
        <location filename="../ui/referrals/page.py" line="171"/>
        <source>Referrals</source>
        <translation>Hänvisning</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="65"/>
        <source>Who helps with what, where and when. Find the right place, then print a slip the client can follow.</source>
        <translation>Vem hjälper med vad, var och när. Hitta rätt ställe och skriv ut en lapp som kunden kan följa.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="81"/>
        <source>Search by any word</source>
        <translation>Sök med vilket ord som helst</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="82"/>
        <source>Search the directory</source>
        <translation>Sök bland tjänsterna</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="85"/>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="86"/>
        <source>All topics</source>
        <translation>Alla ämnen</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="90"/>
        <source>Language served</source>
        <translation>Betjäningsspråk</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="91"/>
        <source>All languages</source>
        <translation>Alla språk</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="94"/>
        <source>Show retired</source>
        <translation>Visa tjänster som tagits ur bruk</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="96"/>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="103"/>
        <source>Details of the service</source>
        <translation>Tjänstens uppgifter</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="106"/>
        <source>&amp;Print a referral slip…</source>
        <translation>&amp;Skriv ut en hänvisningslapp…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="108"/>
        <source>&amp;Add a service…</source>
        <translation>&amp;Lägg till en tjänst…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="109"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="110"/>
        <location filename="../ui/referrals/page.py" line="236"/>
        <source>&amp;Retire</source>
        <translation>Ta &amp;ur bruk</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="111"/>
        <source>De&amp;lete…</source>
        <translation>Ta bort &amp;permanent…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="112"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="113"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="121"/>
        <source>&amp;Search</source>
        <translation>S&amp;ök</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="122"/>
        <source>&amp;Topic</source>
        <translation>Ä&amp;mne</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="123"/>
        <source>Lan&amp;guage</source>
        <translation>Språ&amp;k</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="200"/>
        <source>Not checked for over a year: check before referring.</source>
        <translation>Kontrollerades för över ett år sedan: kontrollera uppgifterna innan du hänvisar kunden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/referrals/page.py" line="205"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n tjänst</numerusform>
            <numerusform>%n tjänster</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="213"/>
        <source>retired</source>
        <translation>tagen ur bruk</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="215"/>
        <source>not checked for over a year</source>
        <translation>kontrollerad för över ett år sedan</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="234"/>
        <source>No service matches. Try fewer words, or add one.</source>
        <translation>Ingen tjänst motsvarar sökningen. Försök med färre ord eller lägg till en tjänst.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="236"/>
        <source>&amp;Restore</source>
        <translation>Ta i &amp;bruk igen</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="243"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="244"/>
        <source>Helps with</source>
        <translation>Hjälper med</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="246"/>
        <source>Languages served</source>
        <translation>Betjäningsspråk</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="249"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="250"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="251"/>
        <source>Web address</source>
        <translation>Webbadress</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="252"/>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="253"/>
        <source>Accessibility</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="254"/>
        <source>Free or paid</source>
        <translation>Avgiftsfri eller avgiftsbelagd</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="255"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="256"/>
        <source>Details from</source>
        <translation>Uppgifterna kommer från</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="261"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="264"/>
        <source>over a year ago: check before referring</source>
        <translation>för över ett år sedan: kontrollera innan du hänvisar</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="265"/>
        <source>Checked</source>
        <translation>Kontrollerad</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="306"/>
        <source>Retire</source>
        <translation>Ta ur bruk</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="316"/>
        <source>Delete a service</source>
        <translation>Ta bort en tjänst</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/referrals/page.py" line="323"/>
        <source>%n session(s) refer to “%1”, so it cannot be deleted. Retire it instead: it is then no longer offered, and old sessions keep their meaning.</source>
        <translation>
            <numerusform>%n stödtillfälle hänvisar till ”%1”, så den kan inte tas bort. Ta den i stället ur bruk: då erbjuds den inte längre, och gamla stödtillfällen behåller sin betydelse.</numerusform>
            <numerusform>%n stödtillfällen hänvisar till ”%1”, så den kan inte tas bort. Ta den i stället ur bruk: då erbjuds den inte längre, och gamla stödtillfällen behåller sin betydelse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="331"/>
        <source>Delete “%1” from the directory? This cannot be undone.</source>
        <translation>Ta bort ”%1” bland tjänsterna? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="337"/>
        <source>This computer syncs with the organisation server, which keeps the service: the next sync brings it back. To take it out on every site, retire it instead.</source>
        <translation>Den här datorn synkroniserar med organisationens server, som behåller tjänsten: nästa synkronisering tar tillbaka den. Om du vill ta bort den på alla verksamhetsställen, ta den ur bruk i stället.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="341"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="351"/>
        <source>Import services</source>
        <translation>Importera tjänster</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="353"/>
        <source>Directory files (*.csv *.json);;All files (*)</source>
        <translation>Tjänstefiler (*.csv *.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="362"/>
        <source>The file was not imported; nothing was changed.</source>
        <translation>Filen importerades inte, och ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="365"/>
        <source>Importing services…</source>
        <translation>Tjänster importeras…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="373"/>
        <source>Imported: %1 new, %2 updated, %3 already up to date.</source>
        <translation>Importerade: %1 nya, %2 uppdaterade, %3 redan aktuella.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="382"/>
        <source>Export services</source>
        <translation>Exportera tjänster</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="387"/>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-filer (*.csv);;JSON-filer (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/referrals/page.py" line="399"/>
        <source>%n service(s) were saved to %1.</source>
        <translation>
            <numerusform>%n tjänst sparades i %1.</numerusform>
            <numerusform>%n tjänster sparades i %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="402"/>
        <source>The directory was not saved.</source>
        <translation>Tjänsterna sparades inte.</translation>
    </message>
</context>
<context>
    <name>ScreenshotCanvas</name>
    <message>
        <location filename="../ui/guides/editor/canvas.py" line="46"/>
        <source>Screenshot</source>
        <translation>Skärmbild</translation>
    </message>
</context>
<context>
    <name>SessionClock</name>
    <message>
        <location filename="../ui/session/session_clock.py" line="29"/>
        <source>Time spent</source>
        <translation>Använd tid</translation>
    </message>
    <message>
        <location filename="../ui/session/session_clock.py" line="34"/>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <location filename="../ui/session/session_clock.py" line="37"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/session/session_clock.py" line="38"/>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <location filename="../ui/session/session_clock.py" line="47"/>
        <source>S&amp;tarted</source>
        <translation>&amp;Började</translation>
    </message>
    <message>
        <location filename="../ui/session/session_clock.py" line="48"/>
        <source>M&amp;inutes</source>
        <translation>M&amp;inuter</translation>
    </message>
    <message>
        <location filename="../ui/session/session_clock.py" line="67"/>
        <source>Editing a saved session</source>
        <translation>Ett sparat stödtillfälle redigeras</translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <location filename="../ui/session/details.py" line="47"/>
        <source>&amp;Print a handout…</source>
        <translation>Skriv ut ett &amp;utdelningsblad…</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="53"/>
        <source>Language of the session</source>
        <translation>Stödtillfällets språk</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="59"/>
        <location filename="../ui/session/details.py" line="95"/>
        <source>Device</source>
        <translation>Apparat</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="60"/>
        <location filename="../ui/session/details.py" line="96"/>
        <source>Who did it</source>
        <translation>Vem gjorde det</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="61"/>
        <location filename="../ui/session/details.py" line="97"/>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="62"/>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="63"/>
        <source>Barriers</source>
        <translation>Hinder</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="67"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="71"/>
        <source>What was done, briefly. No names, identity codes, phone numbers or other personal data.</source>
        <translation>Kort om vad som gjordes. Inga namn, personbeteckningar, telefonnummer eller andra personuppgifter.</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="92"/>
        <source>Suggested guides</source>
        <translation>Föreslagna guider</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="93"/>
        <source>Guides</source>
        <translation>Guider</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="94"/>
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="98"/>
        <source>Age (optional)</source>
        <translation>Ålder (frivilligt)</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="99"/>
        <source>Barriers met</source>
        <translation>Hinder</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="100"/>
        <source>Referred to a ser&amp;vice</source>
        <translation>Hänvisad till en &amp;tjänst</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="101"/>
        <source>&amp;Referred to</source>
        <translation>&amp;Hänvisad till</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="110"/>
        <source>Do not write names, identity codes, phone numbers, addresses or other personal data in the note.</source>
        <translation>Skriv inte namn, personbeteckningar, telefonnummer, adresser eller andra personuppgifter i anteckningen.</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="116"/>
        <source>&amp;Note</source>
        <translation>Ante&amp;ckning</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="145"/>
        <source>Guides you open or print are added here.</source>
        <translation>Guider som du öppnar eller skriver ut läggs till här.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../ui/session/form.py" line="80"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="82"/>
        <source>Save and keep mode, channel and language (Ctrl+S)</source>
        <translation>Spara och behåll stödform, kanal och språk (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="83"/>
        <source>Save and c&amp;lear</source>
        <translation>Spara och t&amp;öm</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="84"/>
        <source>Save and start an empty form (Ctrl+Shift+S)</source>
        <translation>Spara och börja med ett tomt formulär (Ctrl+Skift+S)</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="85"/>
        <source>&amp;Discard</source>
        <translation>&amp;Kasta</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="161"/>
        <source>More details</source>
        <translation>Fler uppgifter</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="338"/>
        <source>The disk is full, so the session was not saved. It is still in the form: free some space on the disk and save again.</source>
        <translation>Disken är full, så stödtillfället sparades inte. Uppgifterna finns kvar i formuläret: frigör utrymme på disken och spara igen.</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="346"/>
        <source>Saved at %1.</source>
        <translation>Sparat kl. %1.</translation>
    </message>
    <message>
        <location filename="../ui/session/form_problems.py" line="25"/>
        <source>Choose how the support was given (local, remote or training).</source>
        <translation>Välj hur stödet gavs (närstöd, distansstöd eller utbildning).</translation>
    </message>
    <message>
        <location filename="../ui/session/form_problems.py" line="30"/>
        <source>Choose at least one topic.</source>
        <translation>Välj minst ett ämne.</translation>
    </message>
    <message>
        <location filename="../ui/session/form_problems.py" line="33"/>
        <source>The date must be in the years %1–%2.</source>
        <translation>Datumet måste ligga mellan åren %1 och %2.</translation>
    </message>
    <message>
        <location filename="../ui/session/form_problems.py" line="39"/>
        <source>The language is not a language code (such as fi or ar).</source>
        <translation>Språket är ingen språkkod (till exempel fi eller ar).</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="361"/>
        <source>Stop editing? Your changes are lost; the saved session stays as it was.</source>
        <translation>Sluta redigera? Dina ändringar går förlorade, men det sparade stödtillfället förblir som det var.</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="364"/>
        <source>Clear the form? What you entered for this session is lost.</source>
        <translation>Töm formuläret? Det du har fyllt i för det här stödtillfället går förlorat.</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="366"/>
        <source>Discard the session</source>
        <translation>Kasta stödtillfället</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="366"/>
        <source>&amp;Clear the form</source>
        <translation>&amp;Töm formuläret</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="370"/>
        <source>The form was cleared.</source>
        <translation>Formuläret tömdes.</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../ui/session/session_list.py" line="123"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="123"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="129"/>
        <source>All topics</source>
        <translation>Alla ämnen</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="132"/>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="134"/>
        <source>All outcomes</source>
        <translation>Alla resultat</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="137"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="139"/>
        <location filename="../ui/session/session_list.py" line="140"/>
        <source>Search the notes</source>
        <translation>Sök i anteckningarna</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="159"/>
        <source>Sessions</source>
        <translation>Stödtillfällen</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="162"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="163"/>
        <source>De&amp;lete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="164"/>
        <source>&amp;Undo delete</source>
        <translation>Å&amp;ngra borttagningen</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="169"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importera CSV…</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="183"/>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="183"/>
        <source>&amp;To</source>
        <translation>Ti&amp;ll</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session_list.py" line="228"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n stödtillfälle</numerusform>
            <numerusform>%n stödtillfällen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session_list.py" line="363"/>
        <source>%n session(s) were saved to %1.</source>
        <translation>
            <numerusform>%n stödtillfälle sparades i %1.</numerusform>
            <numerusform>%n stödtillfällen sparades i %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="250"/>
        <source>Delete a session</source>
        <translation>Ta bort ett stödtillfälle</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="170"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="172"/>
        <source>Save the sessions shown as a CSV file or an Excel workbook</source>
        <translation>Spara de visade besöken som en CSV-fil eller en Excel-arbetsbok</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="251"/>
        <source>Delete the selected session? You can undo this.</source>
        <translation>Ta bort det valda stödtillfället? Du kan ångra det.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="252"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="274"/>
        <location filename="../ui/session/session_list.py" line="292"/>
        <location filename="../ui/session/session_list.py" line="304"/>
        <location filename="../ui/session/session_list.py" line="317"/>
        <source>Import sessions</source>
        <translation>Importera stödtillfällen</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="276"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="285"/>
        <source>Importing sessions…</source>
        <translation>Stödtillfällen importeras…</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="293"/>
        <source>Imported: %1 new, %2 updated, %3 already up to date.</source>
        <translation>Importerade: %1 nya, %2 uppdaterade, %3 redan aktuella.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="313"/>
        <source>… and %1 more.</source>
        <translation>… och %1 till.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="306"/>
        <location filename="../ui/session/session_list.py" line="318"/>
        <source>The file was not imported; nothing was changed.</source>
        <translation>Filen importerades inte; inget ändrades.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="328"/>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="337"/>
        <location filename="../ui/session/session_list.py" line="362"/>
        <location filename="../ui/session/session_list.py" line="367"/>
        <source>Export sessions</source>
        <translation>Exportera stödtillfällen</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="339"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="339"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="369"/>
        <source>The sessions were not saved.</source>
        <translation>Stödtillfällena sparades inte.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="372"/>
        <source>Exporting sessions…</source>
        <translation>Stödtillfällen exporteras…</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../ui/session/list_model.py" line="41"/>
        <source>Form</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="42"/>
        <source>Quick tally</source>
        <translation>Snabbräkning</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="43"/>
        <source>Paper tally</source>
        <translation>Pappersblankett</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="44"/>
        <source>Imported</source>
        <translation>Importerat</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="51"/>
        <source>Entered on the session form.</source>
        <translation>Registrerat i formuläret för stödtillfällen.</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="52"/>
        <source>Counted with the quick tally: only the topic, mode and time are known.</source>
        <translation>Räknat med snabbräkningen: bara ämnet, stödformen och tiden är kända.</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="56"/>
        <source>Counted from a paper tally sheet: only the day, topic and mode are known.</source>
        <translation>Räknat från en pappersblankett: bara dagen, ämnet och stödformen är kända.</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="60"/>
        <source>Imported from a CSV file.</source>
        <translation>Importerat från en CSV-fil.</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="77"/>
        <source>When</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="78"/>
        <source>Minutes</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="79"/>
        <source>Mode</source>
        <translation>Stödform</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="80"/>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="81"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="82"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="83"/>
        <source>Recorded with</source>
        <translation>Registreringssätt</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="84"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../ui/session/page.py" line="86"/>
        <source>Support session</source>
        <translation>Stödtillfälle</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="95"/>
        <source>New session</source>
        <translation>Nytt stödtillfälle</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="95"/>
        <source>New</source>
        <comment>short tab name</comment>
        <translation>Nytt</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="96"/>
        <source>Quick tally</source>
        <translation>Snabbräkning</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="96"/>
        <source>Tally</source>
        <comment>short tab name</comment>
        <translation>Snabbräkning</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="97"/>
        <source>Session list</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="97"/>
        <source>List</source>
        <comment>short tab name</comment>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="99"/>
        <source>Paper tally sheet</source>
        <translation>Pappersblankett</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="99"/>
        <source>Paper</source>
        <comment>short tab name</comment>
        <translation>Papper</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/pages/settings_page.py" line="44"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="60"/>
        <source>Language and text size</source>
        <translation>Språk och textstorlek</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="64"/>
        <source>Same as the computer</source>
        <translation>Samma som datorn</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="70"/>
        <source>User interface language</source>
        <translation>Användargränssnittets språk</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="78"/>
        <location filename="../ui/pages/settings_page.py" line="84"/>
        <source>Text size</source>
        <translation>Textstorlek</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="94"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="96"/>
        <source>&amp;Text size</source>
        <translation>&amp;Textstorlek</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="119"/>
        <source>Site profile</source>
        <translation>Verksamhetsställets uppgifter</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="144"/>
        <source>Organisation and site name are required.</source>
        <translation>Organisation och verksamhetsställets namn är obligatoriska.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="151"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="156"/>
        <location filename="../ui/pages/settings_page.py" line="206"/>
        <source>Digital-support symbol</source>
        <translation>Symbolen för digitalt stöd</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="165"/>
        <source>&amp;Use PeerHelper&apos;s own</source>
        <translation>Använd PeerHelpers &amp;egen</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="186"/>
        <source>Signs and handouts use the file you chose.</source>
        <translation>Skyltar och utdelningsblad använder filen du valde.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="189"/>
        <source>Signs and handouts use PeerHelper&apos;s own drawing of the symbol. You may use the official file instead (SVG or PNG).</source>
        <translation>Skyltar och utdelningsblad använder PeerHelpers egen teckning av symbolen. Du kan använda den officiella filen i stället (SVG eller PNG).</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="197"/>
        <source>Choose the symbol file</source>
        <translation>Välj symbolens fil</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="197"/>
        <source>Pictures (*.svg *.png)</source>
        <translation>Bilder (*.svg *.png)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="208"/>
        <source>This file cannot be used.</source>
        <translation>Filen kan inte användas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="224"/>
        <source>Edit the top&amp;ics…</source>
        <translation>Redigera ä&amp;mnena…</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="277"/>
        <source>No backup was made.</source>
        <translation>Ingen säkerhetskopia gjordes.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="310"/>
        <source>The backup could not be restored; nothing was changed.</source>
        <translation>Säkerhetskopian kunde inte återställas; inget ändrades.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="219"/>
        <source>Session topics</source>
        <translation>Ämnen för stödtillfällen</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="127"/>
        <source>Sa&amp;ve the site profile</source>
        <translation>Spa&amp;ra uppgifterna</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="163"/>
        <source>Use the o&amp;fficial file…</source>
        <translation>Använd den off&amp;iciella filen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="221"/>
        <source>Coordinators can add topics, rename them and retire old ones.</source>
        <translation>Koordinatorer kan lägga till ämnen, byta namn på dem och ta gamla ur bruk.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="242"/>
        <source>Data and backups</source>
        <translation>Data och säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="245"/>
        <source>Your data is kept on this computer in:
%1</source>
        <translation>Dina data finns på den här datorn i mappen:
%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="253"/>
        <source>PeerHelper backs up the data automatically once a day and keeps the last 7 daily and 4 weekly backups.</source>
        <translation>PeerHelper säkerhetskopierar data automatiskt en gång om dagen och sparar de 7 senaste dagliga och 4 veckovisa säkerhetskopiorna.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="259"/>
        <source>&amp;Back up now</source>
        <translation>Säkerhets&amp;kopiera nu</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="261"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Återställ från en säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="277"/>
        <source>Backup failed</source>
        <translation>Säkerhetskopieringen misslyckades</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="281"/>
        <source>Backup made</source>
        <translation>Säkerhetskopia gjord</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="282"/>
        <source>The backup was saved as:
%1</source>
        <translation>Säkerhetskopian sparades som:
%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="288"/>
        <source>Choose a backup to restore</source>
        <translation>Välj en säkerhetskopia att återställa</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="290"/>
        <source>PeerHelper databases (*.db)</source>
        <translation>PeerHelper-databaser (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="295"/>
        <source>Replace the current data with the backup %1?

The current data is kept aside in the data folder, so nothing is lost.</source>
        <translation>Ersätta nuvarande data med säkerhetskopian %1?

Nuvarande data sparas separat i datamappen, så inget går förlorat.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="298"/>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="298"/>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="308"/>
        <source>Restore failed</source>
        <translation>Återställningen misslyckades</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="316"/>
        <source>Backup restored</source>
        <translation>Säkerhetskopian återställd</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="317"/>
        <source>The backup was restored. The previous data was kept as:
%1</source>
        <translation>Säkerhetskopian återställdes. Tidigare data sparades som:
%1</translation>
    </message>
</context>
<context>
    <name>SharingBar</name>
    <message>
        <location filename="../ui/guides/sharing.py" line="45"/>
        <source>Save as &amp;pack…</source>
        <translation>Spara som pa&amp;ket…</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="47"/>
        <source>Save the selected guides in one file to give to other sites</source>
        <translation>Spara de valda guiderna i en fil som kan ges till andra verksamhetsställen</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="50"/>
        <source>Add guides from a pac&amp;k…</source>
        <translation>&amp;Lägg till guider från ett paket…</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="52"/>
        <source>&amp;Remove local guide…</source>
        <translation>&amp;Ta bort egen guide…</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="54"/>
        <source>&amp;New guide…</source>
        <translation>&amp;Ny guide…</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="55"/>
        <source>Make a guide of your own from screenshots or photos</source>
        <translation>Gör en egen guide av skärmbilder eller foton</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="90"/>
        <source>Save as pack</source>
        <translation>Spara som paket</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="93"/>
        <location filename="../ui/guides/sharing.py" line="124"/>
        <source>Guide packs (*.zip)</source>
        <translation>Guidepaket (*.zip)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/guides/sharing.py" line="106"/>
        <source>%n guide(s) saved in the pack %1.</source>
        <translation>
            <numerusform>%n guide sparades i paketet %1.</numerusform>
            <numerusform>%n guider sparades i paketet %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="116"/>
        <source>Saving the guide pack…</source>
        <translation>Guidepaketet sparas…</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="123"/>
        <source>Add guides from a pack</source>
        <translation>Lägg till guider från ett paket</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="130"/>
        <source>The pack was not added; nothing was changed.</source>
        <translation>Paketet lades inte till och ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="138"/>
        <source>Checking the guides of the pack…</source>
        <translation>Paketets guider kontrolleras…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/guides/sharing.py" line="144"/>
        <source>Added: %n guide(s)</source>
        <translation>
            <numerusform>Tillagda: %n guide</numerusform>
            <numerusform>Tillagda: %n guider</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/guides/sharing.py" line="145"/>
        <source>Updated to a newer version: %n</source>
        <translation>
            <numerusform>Uppdaterade till en nyare version: %n</numerusform>
            <numerusform>Uppdaterade till en nyare version: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/guides/sharing.py" line="146"/>
        <source>Already up to date: %n</source>
        <translation>
            <numerusform>Redan aktuella: %n</numerusform>
            <numerusform>Redan aktuella: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/guides/sharing.py" line="147"/>
        <source>Already in the program: %n</source>
        <translation>
            <numerusform>Finns redan i programmet: %n</numerusform>
            <numerusform>Finns redan i programmet: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="153"/>
        <source>The older versions were copied to %1.</source>
        <translation>De äldre versionerna kopierades till %1.</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="158"/>
        <source>Nothing was changed.</source>
        <translation>Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="162"/>
        <source>Guide pack: %1</source>
        <translation>Guidepaket: %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="174"/>
        <source>Remove local guide</source>
        <translation>Ta bort egen guide</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="177"/>
        <source>Remove the guide “%1” from this computer? A copy is kept in the backups folder.</source>
        <translation>Ta bort guiden ”%1” från den här datorn? En kopia sparas i mappen för säkerhetskopior.</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="182"/>
        <source>This computer syncs with the organisation server, which keeps the guide: the next sync brings it back.</source>
        <translation>Den här datorn synkroniserar med organisationens server, som behåller guiden: nästa synkronisering tar tillbaka den.</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="185"/>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
</context>
<context>
    <name>ShowToClientWindow</name>
    <message>
        <location filename="../ui/guides/show_client.py" line="75"/>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <location filename="../ui/guides/show_client.py" line="76"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location filename="../ui/guides/show_client.py" line="77"/>
        <source>Close (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/guides/show_client.py" line="153"/>
        <source>The picture cannot be shown.</source>
        <translation>Bilden kan inte visas.</translation>
    </message>
    <message>
        <location filename="../ui/guides/show_client.py" line="161"/>
        <source>Step %1 of %2</source>
        <translation>Steg %1 av %2</translation>
    </message>
    <message>
        <location filename="../ui/guides/show_client.py" line="163"/>
        <source>the last step</source>
        <translation>det sista steget</translation>
    </message>
</context>
<context>
    <name>SignCard</name>
    <message>
        <location filename="../ui/printing/printout_card.py" line="223"/>
        <source>“Digital support here” sign</source>
        <translation>Skylten ”Här får du digistöd”</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="225"/>
        <source>A poster for the door or the wall: the digital-support symbol, the words in the site&apos;s languages, the opening hours and the place, from the site profile.</source>
        <translation>En affisch för dörren eller väggen: digistödssymbolen, texten på verksamhetsställets språk, öppettiderna och platsen från uppgifterna om verksamhetsstället.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="228"/>
        <source>Print the &amp;sign…</source>
        <translation>Skriv ut &amp;skylten…</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="229"/>
        <source>Save the sign as PDF…</source>
        <translation>Spara skylten som PDF…</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="234"/>
        <source>P&amp;aper:</source>
        <translation>P&amp;apper:</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="234"/>
        <source>Paper size of the sign</source>
        <translation>Skyltens pappersstorlek</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="247"/>
        <source>Not on the sign: %1.</source>
        <translation>Inte på skylten: %1.</translation>
    </message>
</context>
<context>
    <name>SiteProfileForm</name>
    <message>
        <location filename="../ui/site_profile.py" line="49"/>
        <source>e.g. Helsinki Parish Union</source>
        <translation>t.ex. Helsingfors kyrkliga samfällighet</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="50"/>
        <source>e.g. Kallio food-aid point</source>
        <translation>t.ex. Berghälls mathjälp</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="51"/>
        <source>e.g. Tue and Thu 10–14</source>
        <translation>t.ex. tis och tors 10–14</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="53"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="54"/>
        <source>Site name</source>
        <translation>Verksamhetsställets namn</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="55"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="56"/>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="57"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="58"/>
        <source>Languages spoken by the volunteers</source>
        <translation>Språk som de frivilliga talar</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="64"/>
        <source>&amp;Organisation *</source>
        <translation>&amp;Organisation *</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="65"/>
        <source>&amp;Site name *</source>
        <translation>Verksamhetsställets &amp;namn *</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="66"/>
        <source>&amp;Address</source>
        <translation>&amp;Adress</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="67"/>
        <source>Opening &amp;hours</source>
        <translation>Ö&amp;ppettider</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="68"/>
        <source>&amp;Phone</source>
        <translation>Te&amp;lefon</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="69"/>
        <source>Languages spo&amp;ken by the volunteers</source>
        <translation>Språk som de &amp;frivilliga talar</translation>
    </message>
</context>
<context>
    <name>SitesBar</name>
    <message>
        <location filename="../ui/statistics/sites.py" line="50"/>
        <source>This site</source>
        <translation>Detta verksamhetsställe</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="51"/>
        <source>The whole organisation</source>
        <translation>Hela organisationen</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="52"/>
        <source>Whose figures</source>
        <translation>Vems siffror</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="54"/>
        <source>Figures &amp;of</source>
        <translation>Siffror f&amp;ör</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="57"/>
        <source>&amp;Combine site logs…</source>
        <translation>Kombi&amp;nera verksamhetsställenas loggar…</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="59"/>
        <source>Merge site bundles from other sites into this log.</source>
        <translation>Slå ihop överföringspaket från andra verksamhetsställen med den här loggen.</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="112"/>
        <location filename="../ui/statistics/sites.py" line="128"/>
        <source>Combine site logs</source>
        <translation>Kombinera verksamhetsställenas loggar</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="114"/>
        <source>Site bundles (*.zip)</source>
        <translation>Överföringspaket (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="127"/>
        <source>Combining site logs…</source>
        <translation>Kombinerar verksamhetsställenas loggar…</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="133"/>
        <source>%1: %2 new, %3 updated, %4 unchanged</source>
        <translation>%1: %2 nya, %3 uppdaterade, %4 oförändrade</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="142"/>
        <source>In all: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Totalt: %1 nya, %2 uppdaterade, %3 oförändrade.</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="148"/>
        <source>Topics added: %1</source>
        <translation>Tillagda ämnen: %1</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="149"/>
        <source>Site logs combined</source>
        <translation>Verksamhetsställenas loggar kombinerade</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="63"/>
        <source>Print a referral slip: %1</source>
        <translation>Skriv ut en hänvisningslapp: %1</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="64"/>
        <source>The client&apos;s language</source>
        <translation>Kundens språk</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="65"/>
        <source>Second language on the slip</source>
        <translation>Lappens andra språk</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="66"/>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="74"/>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="75"/>
        <source>A5, one slip</source>
        <translation>A5, en lapp</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="76"/>
        <source>A4, two slips to cut apart</source>
        <translation>A4, två lappar att klippa isär</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="78"/>
        <source>What to ask for</source>
        <translation>Vad man ska fråga om</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="79"/>
        <source>e.g. help with the housing allowance application</source>
        <translation>t.ex. hjälp med ansökan om bostadsbidrag</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="86"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="87"/>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="89"/>
        <source>Choose a printer and print (Ctrl+P)</source>
        <translation>Välj skrivare och skriv ut (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="90"/>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="91"/>
        <source>Save the slip as a PDF file (Ctrl+S)</source>
        <translation>Spara lappen som en PDF-fil (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="92"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="123"/>
        <source>&amp;Client&apos;s language</source>
        <translation>&amp;Kundens språk</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="124"/>
        <source>&amp;Second language</source>
        <translation>&amp;Andra språk</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="125"/>
        <source>Pape&amp;r</source>
        <translation>Pappe&amp;r</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="126"/>
        <source>&amp;What to ask for</source>
        <translation>&amp;Vad man ska fråga om</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="184"/>
        <source>The slip cannot be made with these choices: %1</source>
        <translation>Lappen kan inte göras med de här valen: %1</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="189"/>
        <source>The slip could not be made. The details are in the log file.</source>
        <translation>Lappen kunde inte göras. Närmare uppgifter finns i loggfilen.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="198"/>
        <source>Preparing the slip…</source>
        <translation>Lappen förbereds…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="213"/>
        <source>The slip was sent to the printer.</source>
        <translation>Lappen skickades till skrivaren.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="221"/>
        <source>Saved as %1.</source>
        <translation>Sparad som %1.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../app.py" line="116"/>
        <location filename="../ui/startup_folder.py" line="181"/>
        <source>PeerHelper cannot start</source>
        <translation>PeerHelper kan inte starta</translation>
    </message>
    <message>
        <location filename="../app.py" line="84"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 är en fil, inte en mapp.</translation>
    </message>
    <message>
        <location filename="../app.py" line="87"/>
        <source>PeerHelper keeps its data in a folder. Move or rename that file, or choose another folder with --data-dir.</source>
        <translation>PeerHelper sparar sina uppgifter i en mapp. Flytta eller byt namn på filen, eller välj en annan mapp med --data-dir.</translation>
    </message>
    <message>
        <location filename="../app.py" line="95"/>
        <source>The disk is full.</source>
        <translation>Disken är full.</translation>
    </message>
    <message>
        <location filename="../app.py" line="96"/>
        <source>Free some space on the disk (for example, empty the wastebasket), then start PeerHelper again.</source>
        <translation>Frigör utrymme på disken (töm till exempel papperskorgen) och starta sedan PeerHelper igen.</translation>
    </message>
    <message>
        <location filename="../app.py" line="104"/>
        <source>You have no permission to write there.</source>
        <translation>Du har inte behörighet att skriva där.</translation>
    </message>
    <message>
        <location filename="../app.py" line="105"/>
        <source>Choose another folder with --data-dir, or ask someone to give you permission to write there.</source>
        <translation>Välj en annan mapp med --data-dir, eller be någon ge dig behörighet att skriva där.</translation>
    </message>
    <message>
        <location filename="../app.py" line="117"/>
        <source>PeerHelper cannot save its data in the folder
%1

Reason: %2

%3</source>
        <translation>PeerHelper kan inte spara sina uppgifter i mappen
%1

Orsak: %2

%3</translation>
    </message>
    <message>
        <location filename="../app.py" line="127"/>
        <source>The PeerHelper database is damaged and cannot be opened safely.</source>
        <translation>PeerHelpers databas är skadad och kan inte öppnas på ett säkert sätt.</translation>
    </message>
    <message>
        <location filename="../app.py" line="131"/>
        <source>PeerHelper can restore the newest good backup. The damaged file is kept aside in the data folder; nothing is deleted.</source>
        <translation>PeerHelper kan återställa den senaste felfria säkerhetskopian. Den skadade filen sparas separat i datamappen; inget raderas.</translation>
    </message>
    <message>
        <location filename="../app.py" line="137"/>
        <source>No good backup was found. The damaged file is in the data folder:
%1</source>
        <translation>Ingen felfri säkerhetskopia hittades. Den skadade filen finns i datamappen:
%1</translation>
    </message>
    <message>
        <location filename="../app.py" line="141"/>
        <location filename="../ui/startup_folder.py" line="149"/>
        <source>Damaged database</source>
        <translation>Skadad databas</translation>
    </message>
    <message>
        <location filename="../app.py" line="148"/>
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Återställ den senaste säkerhetskopian</translation>
    </message>
    <message>
        <location filename="../app.py" line="151"/>
        <location filename="../ui/startup_folder.py" line="111"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../app.py" line="230"/>
        <source>The automatic backup could not be made: %1 Your data is safe.</source>
        <translation>Den automatiska säkerhetskopian kunde inte göras: %1 Dina data är i säkerhet.</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="43"/>
        <source>PeerHelper is already open</source>
        <translation>PeerHelper är redan öppet</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="44"/>
        <source>PeerHelper is already open with the data folder
%1</source>
        <translation>PeerHelper är redan öppet med datamappen
%1</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="49"/>
        <source>Only one PeerHelper window can use a data folder at a time.</source>
        <translation>Bara ett PeerHelper-fönster åt gången kan använda en datamapp.</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="54"/>
        <source>&amp;Show the open window</source>
        <translation>&amp;Visa det öppna fönstret</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="58"/>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="78"/>
        <source>The data is missing</source>
        <translation>Data saknas</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="79"/>
        <source>PeerHelper found no database in
%1
but found copies left by a restore that was interrupted. Nothing has been deleted.</source>
        <translation>PeerHelper hittade ingen databas i
%1
men hittade kopior som en avbruten återställning lämnade kvar. Inget har raderats.</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="87"/>
        <source>PeerHelper can put back the newest good copy, %1. The copies stay as they are.</source>
        <translation>PeerHelper kan lägga tillbaka den senaste felfria kopian, %1. Kopiorna förblir som de är.</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="94"/>
        <source>None of the copies can be used. Ask for help before starting with empty data.</source>
        <translation>Ingen av kopiorna kan användas. Be om hjälp innan du börjar med tomma data.</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="103"/>
        <source>&amp;Put the copy back</source>
        <translation>&amp;Lägg tillbaka kopian</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="108"/>
        <source>Start with &amp;empty data</source>
        <translation>Börja med &amp;tomma data</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="150"/>
        <source>The backup could not be restored. Nothing was deleted.
%1</source>
        <translation>Säkerhetskopian kunde inte återställas. Inget raderades.
%1</translation>
    </message>
    <message>
        <location filename="../app.py" line="254"/>
        <source>A support session from %1 was not saved when PeerHelper closed. Continue with it?</source>
        <translation>Ett stödtillfälle från %1 sparades inte när PeerHelper stängdes. Fortsätta med det?</translation>
    </message>
    <message>
        <location filename="../app.py" line="260"/>
        <source>Unsaved session</source>
        <translation>Osparat stödtillfälle</translation>
    </message>
    <message>
        <location filename="../app.py" line="265"/>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <location filename="../app.py" line="268"/>
        <source>&amp;Discard it</source>
        <translation>&amp;Kasta det</translation>
    </message>
</context>
<context>
    <name>StatisticsFilters</name>
    <message>
        <location filename="../ui/statistics/filters.py" line="48"/>
        <source>This week</source>
        <translation>Den här veckan</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="49"/>
        <source>This month</source>
        <translation>Den här månaden</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="50"/>
        <source>Last month</source>
        <translation>Förra månaden</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="51"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="52"/>
        <source>Custom range</source>
        <translation>Egen period</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="63"/>
        <source>All topics</source>
        <translation>Alla ämnen</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="67"/>
        <source>All modes</source>
        <translation>Alla stödformer</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="71"/>
        <source>All languages</source>
        <translation>Alla språk</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="75"/>
        <source>All sites</source>
        <translation>Alla verksamhetsställen</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="77"/>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="78"/>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="79"/>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="80"/>
        <source>T&amp;opic</source>
        <translation>&amp;Ämne</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="81"/>
        <source>&amp;Mode</source>
        <translation>&amp;Stödform</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="82"/>
        <source>&amp;Language</source>
        <translation>Språ&amp;k</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="83"/>
        <source>&amp;Site</source>
        <translation>&amp;Verksamhetsställe</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="151"/>
        <source>This site</source>
        <translation>Detta verksamhetsställe</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../ui/statistics/page.py" line="77"/>
        <location filename="../ui/statistics/page.py" line="192"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="79"/>
        <source>Anonymous figures for funders and development work. On this screen the counts are exact; the report and saved charts show counts under five as &lt;5.</source>
        <translation>Anonyma siffror för finansiärer och utvecklingsarbete. På den här skärmen är talen exakta; i rapporten och i sparade diagram visas tal under fem som &lt;5.</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="122"/>
        <source>Save &amp;report as PDF…</source>
        <translation>Spara &amp;rapport som PDF…</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="124"/>
        <source>Pr&amp;int report…</source>
        <translation>Skr&amp;iv ut rapport…</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="126"/>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xportera till Excel…</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="175"/>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statistics/page.py" line="203"/>
        <source>%n support session(s), %1 volunteer hours</source>
        <translation>
            <numerusform>%n stödtillfälle, %1 frivilligtimmar</numerusform>
            <numerusform>%n stödtillfällen, %1 frivilligtimmar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="208"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="208"/>
        <source>Sessions</source>
        <translation>Stödtillfällen</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="208"/>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="120"/>
        <source>Show as ta&amp;bles</source>
        <translation>Visa som ta&amp;beller</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="160"/>
        <source>This site</source>
        <translation>Detta verksamhetsställe</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="212"/>
        <source>Save as image…</source>
        <translation>Spara som bild…</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="241"/>
        <location filename="../ui/statistics/page.py" line="252"/>
        <source>Save chart as image</source>
        <translation>Spara diagrammet som bild</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="243"/>
        <source>SVG picture (*.svg)</source>
        <translation>SVG-bild (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="271"/>
        <source>statistics-report</source>
        <translation>statistikrapport</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="276"/>
        <location filename="../ui/statistics/page.py" line="300"/>
        <source>Making the report…</source>
        <translation>Rapporten görs…</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="277"/>
        <source>Save report as PDF</source>
        <translation>Spara rapporten som PDF</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="282"/>
        <source>The report was saved to %1.</source>
        <translation>Rapporten sparades i %1.</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="286"/>
        <source>The report was sent to the printer.</source>
        <translation>Rapporten skickades till skrivaren.</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="293"/>
        <source>Statistics report</source>
        <translation>Statistikrapport</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="312"/>
        <location filename="../ui/statistics/page.py" line="327"/>
        <location filename="../ui/statistics/page.py" line="332"/>
        <source>Export to Excel</source>
        <translation>Exportera till Excel</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="313"/>
        <source>sessions</source>
        <translation>stödtillfällen</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="314"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statistics/page.py" line="328"/>
        <source>%n session(s) were saved to %1.</source>
        <translation>
            <numerusform>%n stödtillfälle sparades i %1.</numerusform>
            <numerusform>%n stödtillfällen sparades i %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="331"/>
        <source>Exporting sessions…</source>
        <translation>Stödtillfällen exporteras…</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="58"/>
        <source>Caption</source>
        <translation>Bildtext</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="60"/>
        <source>One action, with the button&apos;s name, e.g. Tap Print.</source>
        <translation>En åtgärd med knappens namn, t.ex. Tryck på Skriv ut.</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="63"/>
        <source>Description of the picture</source>
        <translation>Beskrivning av bilden</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="64"/>
        <source>What the picture shows, for those who cannot see it</source>
        <translation>Vad bilden visar, för dem som inte kan se den</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="66"/>
        <source>Capt&amp;ion:</source>
        <translation>Bildte&amp;xt:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="67"/>
        <source>Picture &amp;description:</source>
        <translation>Bildbeskrivn&amp;ing:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="83"/>
        <source>Crop</source>
        <translation>Beskär</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="84"/>
        <source>Cov&amp;er (black box)</source>
        <translation>T&amp;äck över (svart ruta)</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="85"/>
        <source>Rin&amp;g</source>
        <translation>&amp;Ring</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="86"/>
        <source>&amp;Arrow</source>
        <translation>Pi&amp;l</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="87"/>
        <source>&amp;Number</source>
        <translation>Nu&amp;mmer</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="96"/>
        <source>&amp;Undo the last mark</source>
        <translation>&amp;Ångra senaste markeringen</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="109"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="109"/>
        <source>Laptop</source>
        <translation>Bärbar dator</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="112"/>
        <source>Title on the screen</source>
        <translation>Rubrik på skärmen</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="116"/>
        <source>Devic&amp;e:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="117"/>
        <source>&amp;Title on the screen:</source>
        <translation>Rubrik på skär&amp;men:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="120"/>
        <location filename="../ui/guides/editor/step_form.py" line="135"/>
        <source>Button %1</source>
        <translation>Knapp %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="121"/>
        <source>Icon of button %1</source>
        <translation>Ikon för knapp %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="123"/>
        <source>no icon</source>
        <translation>ingen ikon</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="127"/>
        <source>Button %1:</source>
        <translation>Knapp %1:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="133"/>
        <location filename="../ui/guides/editor/step_form.py" line="140"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="136"/>
        <source>The h&amp;and points at it</source>
        <translation>&amp;Handen pekar på den</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="140"/>
        <source>Done (green)</source>
        <translation>Klart (grön)</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="140"/>
        <source>Danger (red)</source>
        <translation>Fara (röd)</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="144"/>
        <source>Rin&amp;g around:</source>
        <translation>&amp;Ring runt:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="146"/>
        <source>Sticker (&amp;badge):</source>
        <translation>Dek&amp;al:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="207"/>
        <source>This picture cannot be drawn yet.</source>
        <translation>Bilden kan inte ritas ännu.</translation>
    </message>
</context>
<context>
    <name>TallyCard</name>
    <message>
        <location filename="../ui/printing/printout_card.py" line="263"/>
        <source>Paper tally sheet</source>
        <translation>Pappersblankett</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="265"/>
        <source>For days without the laptop: count the sessions by topic with pen strokes, then enter the totals on the Session screen under “Paper tally sheet”.</source>
        <translation>För dagar utan dator: räkna stödtillfällena per ämne med streck och för sedan in summorna på fliken ”Pappersblankett” i vyn Stödtillfälle.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="268"/>
        <source>Print the &amp;tally sheet…</source>
        <translation>Skriv ut &amp;blanketten…</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="269"/>
        <source>Save the tally sheet as PDF…</source>
        <translation>Spara blanketten som PDF…</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="275"/>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="275"/>
        <source>Language of the tally sheet</source>
        <translation>Blankettens språk</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="279"/>
        <source>Pap&amp;er:</source>
        <translation>Papp&amp;er:</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="279"/>
        <source>Paper size of the tally sheet</source>
        <translation>Blankettens pappersstorlek</translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <location filename="../ui/topics_dialog.py" line="36"/>
        <source>Session topics</source>
        <translation>Ämnen för stödtillfällen</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="38"/>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="40"/>
        <location filename="../ui/topics_dialog.py" line="49"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="41"/>
        <source>e.g. library_card</source>
        <translation>t.ex. bibliotekskort</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="44"/>
        <source>Name in Finnish</source>
        <translation>Namn på finska</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="45"/>
        <source>Name in Swedish</source>
        <translation>Namn på svenska</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="46"/>
        <source>Name in English</source>
        <translation>Namn på engelska</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="53"/>
        <source>&amp;Save topic</source>
        <translation>&amp;Spara ämnet</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="55"/>
        <source>&amp;New topic</source>
        <translation>&amp;Nytt ämne</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="56"/>
        <location filename="../ui/topics_dialog.py" line="116"/>
        <source>&amp;Retire</source>
        <translation>&amp;Ta ur bruk</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="61"/>
        <source>Retired topics are hidden from the tiles but kept in old sessions and statistics. You can bring them back.</source>
        <translation>Ämnen som tagits ur bruk döljs bland rutorna men finns kvar i gamla stödtillfällen och i statistiken. Du kan ta dem i bruk igen.</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="97"/>
        <source>%1 (retired)</source>
        <translation>%1 (ur bruk)</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="116"/>
        <source>&amp;Bring back</source>
        <translation>&amp;Ta i bruk igen</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="131"/>
        <source>Give the topic a name in at least one language.</source>
        <translation>Ge ämnet ett namn på minst ett språk.</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="136"/>
        <source>The code may contain only letters, digits and _.</source>
        <translation>Koden får bara innehålla bokstäver, siffror och _.</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="138"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
</TS>
