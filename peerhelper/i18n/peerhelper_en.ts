<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Ask</name>
    <message>
        <location filename="../ui/ask.py" line="63" />
        <source>%1 is inside PeerHelper's data folder, where it could replace the database or its backups. Save it somewhere else, such as your Documents folder.</source>
        <translation>%1 is inside PeerHelper's data folder, where it could replace the database or its backups. Save it somewhere else, such as your Documents folder.</translation>
    </message>
</context>
<context>
    <name>CommonPath</name>
    <message>
        <location filename="../ui/session/common_path.py" line="37" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../ui/session/common_path.py" line="39" />
        <source>Channel: not chosen</source>
        <translation>Channel: not chosen</translation>
    </message>
    <message>
        <location filename="../ui/session/common_path.py" line="42" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../ui/session/common_path.py" line="48" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../ui/session/common_path.py" line="51" />
        <location filename="../ui/session/common_path.py" line="70" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../ui/session/common_path.py" line="68" />
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../ui/session/common_path.py" line="69" />
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../ui/crash.py" line="25" />
        <source>Something went wrong in PeerHelper. Everything you saved is safe.</source>
        <translation>Something went wrong in PeerHelper. Everything you saved is safe.</translation>
    </message>
    <message>
        <location filename="../ui/crash.py" line="29" />
        <source>The details were written to the log file:
%1</source>
        <translation>The details were written to the log file:
%1</translation>
    </message>
    <message>
        <location filename="../ui/crash.py" line="33" />
        <source>The details could not be written to a log file.</source>
        <translation>The details could not be written to a log file.</translation>
    </message>
    <message>
        <location filename="../ui/crash.py" line="38" />
        <source>PeerHelper</source>
        <translation>PeerHelper</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="66" />
        <source>Edit a service</source>
        <translation>Edit a service</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="66" />
        <source>Add a service</source>
        <translation>Add a service</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="67" />
        <location filename="../ui/referrals/entry_dialog.py" line="242" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="69" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="77" />
        <source>Helps with</source>
        <translation>Helps with</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="80" />
        <source>Languages served</source>
        <translation>Languages served</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="88" />
        <location filename="../ui/referrals/entry_dialog.py" line="244" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="89" />
        <location filename="../ui/referrals/entry_dialog.py" line="245" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="90" />
        <location filename="../ui/referrals/entry_dialog.py" line="246" />
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="91" />
        <location filename="../ui/referrals/entry_dialog.py" line="247" />
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="92" />
        <location filename="../ui/referrals/entry_dialog.py" line="248" />
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="93" />
        <source>e.g. step-free entrance, induction loop</source>
        <translation>e.g. step-free entrance, induction loop</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="95" />
        <source>Free or paid</source>
        <translation>Free or paid</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="96" />
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="101" />
        <location filename="../ui/referrals/entry_dialog.py" line="106" />
        <location filename="../ui/referrals/entry_dialog.py" line="243" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="103" />
        <source>For volunteers: what they help with, how to book. No personal data.</source>
        <translation>For volunteers: what they help with, how to book. No personal data.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="107" />
        <source>Details checked on</source>
        <translation>Details checked on</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="112" />
        <source>Day the details were checked</source>
        <translation>Day the details were checked</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="113" />
        <source>Checked &amp;today</source>
        <translation>Checked &amp;today</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="149" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="150" />
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="151" />
        <source>Helps &amp;with</source>
        <translation>Helps &amp;with</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="152" />
        <source>&amp;Languages served</source>
        <translation>&amp;Languages served</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="153" />
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="154" />
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="155" />
        <source>&amp;Web address</source>
        <translation>&amp;Web address</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="156" />
        <source>&amp;Opening hours</source>
        <translation>&amp;Opening hours</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="157" />
        <source>Accessi&amp;bility</source>
        <translation>Accessi&amp;bility</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="158" />
        <source>&amp;Free or paid</source>
        <translation>&amp;Free or paid</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="159" />
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="160" />
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="206" />
        <source>Details from: %1</source>
        <translation>Details from: %1</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="258" />
        <source>Give the service a name.</source>
        <translation>Give the service a name.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="260" />
        <source>Another service already has this name.</source>
        <translation>Another service already has this name.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/entry_dialog.py" line="262" />
        <source>The web address is not one, such as www.kela.fi.</source>
        <translation>The web address is not one, such as www.kela.fi.</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../ui/errors.py" line="58" />
        <source>The disk is full, so %1 was not saved. Nothing was half-written. Free some space and try again.</source>
        <translation>The disk is full, so %1 was not saved. Nothing was half-written. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="63" />
        <source>The disk is full. Nothing was half-written. Free some space and try again.</source>
        <translation>The disk is full. Nothing was half-written. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="67" />
        <source>The database %1 is damaged and cannot be used safely. Close PeerHelper and start it again: it offers to restore the newest good backup, and nothing is deleted.</source>
        <translation>The database %1 is damaged and cannot be used safely. Close PeerHelper and start it again: it offers to restore the newest good backup, and nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="74" />
        <source>PeerHelper cannot save its data in the folder %1.

Reason: %2</source>
        <translation>PeerHelper cannot save its data in the folder %1.

Reason: %2</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="84" />
        <source>The file %1 could not be used: %2</source>
        <translation>The file %1 could not be used: %2</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="88" />
        <source>A file could not be used: %1</source>
        <translation>A file could not be used: %1</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="108" />
        <source>PeerHelper cannot use this; nothing was changed.</source>
        <translation>PeerHelper cannot use this; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ui/site_profile.py" line="118" />
        <location filename="../ui/site_profile.py" line="119" />
        <source>Welcome to PeerHelper</source>
        <translation>Welcome to PeerHelper</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="123" />
        <source>Tell us about the place where you give digital support. These details are printed on handouts and signs. You can change them later in Settings.</source>
        <translation>Tell us about the place where you give digital support. These details are printed on handouts and signs. You can change them later in Settings.</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="133" />
        <source>* required</source>
        <translation>* required</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="138" />
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>GuardedField</name>
    <message>
        <location filename="../ui/privacy_guard.py" line="36" />
        <source>Remove it from “%1”</source>
        <translation>Remove it from “%1”</translation>
    </message>
</context>
<context>
    <name>GuideChooserDialog</name>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="178" />
        <source>Print a handout</source>
        <translation>Print a handout</translation>
    </message>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="181" />
        <source>Which guide does the client take home? Guides opened in this session and guides on its topics are listed first.</source>
        <translation>Which guide does the client take home? Guides opened in this session and guides on its topics are listed first.</translation>
    </message>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="189" />
        <source>&amp;Choose languages and print…</source>
        <translation>&amp;Choose languages and print…</translation>
    </message>
</context>
<context>
    <name>GuideEditorDialog</name>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="57" />
        <source>New guide</source>
        <translation>New guide</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="65" />
        <source>The language you write in</source>
        <translation>The language you write in</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="66" />
        <source>Language being written</source>
        <translation>Language being written</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="67" />
        <source>Checked by a native speaker</source>
        <translation>Checked by a native speaker</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="70" />
        <source>&amp;Your language:</source>
        <translation>&amp;Your language:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="71" />
        <source>&amp;Writing in:</source>
        <translation>&amp;Writing in:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="81" />
        <source>About the guide</source>
        <translation>About the guide</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="82" />
        <location filename="../ui/guides/editor/dialog.py" line="164" />
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="89" />
        <source>Show as the &amp;client sees it</source>
        <translation>Show as the &amp;client sees it</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="90" />
        <source>Preview the &amp;handout…</source>
        <translation>Preview the &amp;handout…</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="91" />
        <source>&amp;Save the guide</source>
        <translation>&amp;Save the guide</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="93" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="145" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="146" />
        <source>Su&amp;mmary:</source>
        <translation>Su&amp;mmary:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="147" />
        <source>&amp;Id (letters a–z, digits, hyphens):</source>
        <translation>&amp;Id (letters a–z, digits, hyphens):</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="148" />
        <source>T&amp;opic:</source>
        <translation>T&amp;opic:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="149" />
        <source>Ser&amp;vice or device:</source>
        <translation>Ser&amp;vice or device:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="150" />
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="151" />
        <source>Words on the scr&amp;eens are in:</source>
        <translation>Words on the scr&amp;eens are in:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="152" />
        <source>Source page's tit&amp;le:</source>
        <translation>Source page's tit&amp;le:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="153" />
        <source>Source's &amp;publisher:</source>
        <translation>Source's &amp;publisher:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="154" />
        <source>Source's &amp;address:</source>
        <translation>Source's &amp;address:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="166" />
        <source>Add a screensh&amp;ot or photo…</source>
        <translation>Add a screensh&amp;ot or photo…</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="167" />
        <source>Add a &amp;kit picture</source>
        <translation>Add a &amp;kit picture</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="168" />
        <source>&amp;Remove the step</source>
        <translation>&amp;Remove the step</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="169" />
        <source>Move u&amp;p</source>
        <translation>Move u&amp;p</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="170" />
        <source>Mo&amp;ve down</source>
        <translation>Mo&amp;ve down</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="235" />
        <source>Add a screenshot or photo</source>
        <translation>Add a screenshot or photo</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="236" />
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="279" />
        <location filename="../ui/guides/editor/dialog.py" line="320" />
        <source>Step %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="314" />
        <source>Fix these before saving:</source>
        <translation>Fix these before saving:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/dialog.py" line="361" />
        <source>Save the guide</source>
        <translation>Save the guide</translation>
    </message>
</context>
<context>
    <name>GuideLibraryModel</name>
    <message>
        <location filename="../ui/guides/library_model.py" line="82" />
        <source>Local</source>
        <translation>Local</translation>
    </message>
</context>
<context>
    <name>GuidePicker</name>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="84" />
        <source>Search in any language, e.g. Wi-Fi, Kela, bank</source>
        <translation>Search in any language, e.g. Wi-Fi, Kela, bank</translation>
    </message>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="85" />
        <source>Search guides</source>
        <translation>Search guides</translation>
    </message>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="91" />
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <location filename="../ui/printing/guide_picker.py" line="100" />
        <source>No guide matches.</source>
        <translation>No guide matches.</translation>
    </message>
</context>
<context>
    <name>GuideSuggestions</name>
    <message>
        <location filename="../ui/session/suggestions.py" line="56" />
        <source>Choose topics to see guides for them.</source>
        <translation>Choose topics to see guides for them.</translation>
    </message>
    <message>
        <location filename="../ui/session/suggestions.py" line="62" />
        <source>No guide for these topics yet.</source>
        <translation>No guide for these topics yet.</translation>
    </message>
    <message>
        <location filename="../ui/session/suggestions.py" line="68" />
        <source>Open the guide: %1</source>
        <translation>Open the guide: %1</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <location filename="../ui/guides/guide_view.py" line="128" />
        <source>All guides</source>
        <translation>All guides</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="129" />
        <source>Back to all guides</source>
        <translation>Back to all guides</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="130" />
        <source>Back to all guides (Esc)</source>
        <translation>Back to all guides (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="132" />
        <source>&amp;Show to the client</source>
        <translation>&amp;Show to the client</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="134" />
        <source>Full screen, one step at a time (F5)</source>
        <translation>Full screen, one step at a time (F5)</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="135" />
        <source>Show to the client</source>
        <translation>Show to the client</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="137" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="138" />
        <source>Print a handout for the client (Ctrl+P)</source>
        <translation>Print a handout for the client (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="139" />
        <source>Print a handout</source>
        <translation>Print a handout</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="153" />
        <source>What you need: %1</source>
        <translation>What you need: %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="168" />
        <source>Note for the helper</source>
        <translation>Note for the helper</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="172" />
        <source>Second language under the captions</source>
        <translation>Second language under the captions</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="173" />
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="175" />
        <source>Language of the words in the pictures</source>
        <translation>Language of the words in the pictures</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="197" />
        <source>&amp;Words in the pictures</source>
        <translation>&amp;Words in the pictures</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="196" />
        <source>Second &amp;language</source>
        <translation>Second &amp;language</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="171" />
        <source>The client's language</source>
        <translation>The client's language</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="195" />
        <source>&amp;Client's language</source>
        <translation>&amp;Client's language</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="204" />
        <source>This translation has not yet been checked by a native speaker. Use it together with the pictures.</source>
        <translation>This translation has not yet been checked by a native speaker. Use it together with the pictures.</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="256" />
        <source>Steps: %1</source>
        <translation>Steps: %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="257" />
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="261" />
        <source>checked %1</source>
        <translation>checked %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="270" />
        <source>Sources: %1</source>
        <translation>Sources: %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/guide_view.py" line="327" />
        <source>The picture cannot be shown.</source>
        <translation>The picture cannot be shown.</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <location filename="../ui/guides/library_page.py" line="81" />
        <source>Picture guides</source>
        <translation>Picture guides</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="82" />
        <source>Step-by-step picture guides to look at together with the client.</source>
        <translation>Step-by-step picture guides to look at together with the client.</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="115" />
        <source>No guide matches. Try another word, or show all topics and languages.</source>
        <translation>No guide matches. Try another word, or show all topics and languages.</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="119" />
        <source>Show &amp;all guides</source>
        <translation>Show &amp;all guides</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="148" />
        <source>Search in any language, e.g. Wi-Fi, Kela, bank</source>
        <translation>Search in any language, e.g. Wi-Fi, Kela, bank</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="149" />
        <source>Search guides</source>
        <translation>Search guides</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="172" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="160" />
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="174" />
        <source>Language of the guide</source>
        <translation>Language of the guide</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="165" />
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="182" />
        <source>&amp;Topic</source>
        <translation>&amp;Topic</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="183" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="197" />
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="219" />
        <source>&amp;Open the guide</source>
        <translation>&amp;Open the guide</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="222" />
        <source>&amp;Show to the client</source>
        <translation>&amp;Show to the client</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="223" />
        <source>Full screen, one step at a time (F5)</source>
        <translation>Full screen, one step at a time (F5)</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="275" />
        <source>Showing %1 of %2 guides</source>
        <translation>Showing %1 of %2 guides</translation>
    </message>
    <message>
        <location filename="../ui/guides/library_page.py" line="281" />
        <source>No guides are installed.</source>
        <translation>No guides are installed.</translation>
    </message>
</context>
<context>
    <name>HandoutOptionsWidget</name>
    <message>
        <location filename="../ui/printing/options.py" line="58" />
        <source>The client's language</source>
        <translation>The client's language</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="59" />
        <source>Second language on the handout</source>
        <translation>Second language on the handout</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="60" />
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="64" />
        <source>Language of the words in the pictures</source>
        <translation>Language of the words in the pictures</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="67" />
        <source>&amp;Large print</source>
        <translation>&amp;Large print</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="68" />
        <source>Large print</source>
        <translation>Large print</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="70" />
        <source>Bigger text and pictures, on more pages.</source>
        <translation>Bigger text and pictures, on more pages.</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="74" />
        <source>Paper size</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="78" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="78" />
        <source>Printed in the notes area, e.g. the time of the next visit</source>
        <translation>Printed in the notes area, e.g. the time of the next visit</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="81" />
        <source>Next time, bring</source>
        <translation>Next time, bring</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="82" />
        <source>e.g. your phone and its charger, the letter you received</source>
        <translation>e.g. your phone and its charger, the letter you received</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="127" />
        <source>&amp;Client's language</source>
        <translation>&amp;Client's language</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="128" />
        <source>&amp;Second language</source>
        <translation>&amp;Second language</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="129" />
        <source>&amp;Words in the pictures</source>
        <translation>&amp;Words in the pictures</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="130" />
        <source>Paper si&amp;ze</source>
        <translation>Paper si&amp;ze</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="143" />
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../ui/printing/options.py" line="143" />
        <source>&amp;Bring next time</source>
        <translation>&amp;Bring next time</translation>
    </message>
</context>
<context>
    <name>HandoutPrintDialog</name>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="65" />
        <source>Print a handout: %1</source>
        <translation>Print a handout: %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="86" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="87" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="89" />
        <source>Choose a printer and print (Ctrl+P)</source>
        <translation>Choose a printer and print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="90" />
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="91" />
        <source>Save the handout as a PDF file (Ctrl+S)</source>
        <translation>Save the handout as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="92" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="130" />
        <source>Choose the client's language and what else to print. The preview shows the pages exactly as they will be printed.</source>
        <translation>Choose the client's language and what else to print. The preview shows the pages exactly as they will be printed.</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="162" />
        <source>The handout cannot be made with these choices: %1</source>
        <translation>The handout cannot be made with these choices: %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="168" />
        <source>The handout could not be made. The details are in the log file; try other choices or another guide.</source>
        <translation>The handout could not be made. The details are in the log file; try other choices or another guide.</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="190" />
        <source>Preparing the handout…</source>
        <translation>Preparing the handout…</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="204" />
        <source>The handout was sent to the printer.</source>
        <translation>The handout was sent to the printer.</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_dialog.py" line="216" />
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../ui/pages/home.py" line="22" />
        <source>Hello! What are we helping with today?</source>
        <translation>Hello! What are we helping with today?</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="27" />
        <source>Start a support session</source>
        <translation>Start a support session</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="28" />
        <source>Find a picture guide</source>
        <translation>Find a picture guide</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="29" />
        <source>Print a handout</source>
        <translation>Print a handout</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="47" />
        <source>The site profile is not filled in yet. Handouts and signs show your site's name, address and opening hours.</source>
        <translation>The site profile is not filled in yet. Handouts and signs show your site's name, address and opening hours.</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="52" />
        <source>Fill in the site &amp;profile</source>
        <translation>Fill in the site &amp;profile</translation>
    </message>
</context>
<context>
    <name>KnownErrors</name>
    <message>
        <location filename="../ui/known_errors.py" line="22" />
        <source>The file %1 cannot be found.</source>
        <translation>The file %1 cannot be found.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="23" />
        <source>%1 is the database in use; choose a backup instead.</source>
        <translation>%1 is the database in use; choose a backup instead.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="26" />
        <source>%1 is not a PeerHelper backup: it is not a database file.</source>
        <translation>%1 is not a PeerHelper backup: it is not a database file.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="29" />
        <source>%1 is damaged and cannot be restored.</source>
        <translation>%1 is damaged and cannot be restored.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="32" />
        <source>%1 is not a PeerHelper backup: parts of PeerHelper's data are missing from it.</source>
        <translation>%1 is not a PeerHelper backup: parts of PeerHelper's data are missing from it.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="36" />
        <source>%1 was made by a newer version of PeerHelper. Restore it with that version or a later one.</source>
        <translation>%1 was made by a newer version of PeerHelper. Restore it with that version or a later one.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="60" />
        <source>The disk is full, so %1 could not be written. Everything saved before is unchanged; free some space and try again.</source>
        <translation>The disk is full, so %1 could not be written. Everything saved before is unchanged; free some space and try again.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="66" />
        <source>Another PeerHelper program (an import, a backup or a restore) is using the data folder. Nothing was changed; try again when it has finished.</source>
        <translation>Another PeerHelper program (an import, a backup or a restore) is using the data folder. Nothing was changed; try again when it has finished.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="72" />
        <source>The database is still in use by another program, so it cannot be replaced now. Nothing was changed.</source>
        <translation>The database is still in use by another program, so it cannot be replaced now. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="78" />
        <source>The data was saved by a newer version of PeerHelper. Start that version or a later one; nothing was changed.</source>
        <translation>The data was saved by a newer version of PeerHelper. Start that version or a later one; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../ui/known_errors.py" line="84" />
        <source>The database is busy: another program kept it locked for too long. Nothing was lost; try again in a moment.</source>
        <translation>The database is busy: another program kept it locked for too long. Nothing was lost; try again in a moment.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.py" line="80" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="83" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="84" />
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="85" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="86" />
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="87" />
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="90" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="192" />
        <source>PeerHelper</source>
        <translation>PeerHelper</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="206" />
        <source>Main sections</source>
        <translation>Main sections</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="265" />
        <source>Start a support session</source>
        <translation>Start a support session</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="269" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>OrganisationServerBox</name>
    <message>
        <location filename="../ui/organisation_server.py" line="35" />
        <location filename="../ui/organisation_server.py" line="146" />
        <location filename="../ui/organisation_server.py" line="169" />
        <source>Organisation server</source>
        <translation>Organisation server</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="51" />
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="54" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="56" />
        <source>Kept in a password file in the data folder, never in the settings.</source>
        <translation>Kept in a password file in the data folder, never in the settings.</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="58" />
        <source>Server addr&amp;ess</source>
        <translation>Server addr&amp;ess</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="59" />
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="62" />
        <source>Save a&amp;ddress</source>
        <translation>Save a&amp;ddress</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="64" />
        <source>Test co&amp;nnection</source>
        <translation>Test co&amp;nnection</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="66" />
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="85" />
        <source>No organisation server is set.</source>
        <translation>No organisation server is set.</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="87" />
        <source>Not synced yet.</source>
        <translation>Not synced yet.</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="94" />
        <source>Last sync %1:</source>
        <translation>Last sync %1:</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="97" />
        <source>Last sync %1: %2</source>
        <translation>Last sync %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="91" />
        <source>Last sync %1 failed: %2</source>
        <translation>Last sync %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="40" />
        <source>Sites of one organisation can send their sessions to the organisation's PostgreSQL server, take its topic list, and share the referral directory and the local guides. Leave the address empty to work on this computer alone: PeerHelper then never connects to a network.</source>
        <translation>Sites of one organisation can send their sessions to the organisation's PostgreSQL server, take its topic list, and share the referral directory and the local guides. Leave the address empty to work on this computer alone: PeerHelper then never connects to a network.</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="112" />
        <source>Sessions sent: %1 (new: %2, updated: %3)</source>
        <translation>Sessions sent: %1 (new: %2, updated: %3)</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="117" />
        <source>Topics added: %1</source>
        <translation>Topics added: %1</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="119" />
        <source>Directory entries received: %1, sent: %2</source>
        <translation>Directory entries received: %1, sent: %2</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="123" />
        <source>Guides received: %1, sent: %2</source>
        <translation>Guides received: %1, sent: %2</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="126" />
        <source>Left out, and why:</source>
        <translation>Left out, and why:</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="170" />
        <source>The server answers: %1</source>
        <translation>The server answers: %1</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="173" />
        <source>Connecting to the organisation server…</source>
        <translation>Connecting to the organisation server…</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="174" />
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="186" />
        <location filename="../ui/organisation_server.py" line="198" />
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../ui/organisation_server.py" line="197" />
        <source>Syncing with the organisation server…</source>
        <translation>Syncing with the organisation server…</translation>
    </message>
</context>
<context>
    <name>PaperTally</name>
    <message>
        <location filename="../ui/session/paper_tally.py" line="39" />
        <source>For days when the laptop was not there: type the number of marks per topic from the paper tally sheet.</source>
        <translation>For days when the laptop was not there: type the number of marks per topic from the paper tally sheet.</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="51" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="52" />
        <location filename="../ui/session/paper_tally.py" line="59" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="56" />
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="68" />
        <source>&amp;Record the counts</source>
        <translation>&amp;Record the counts</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="85" />
        <source>Sessions in all: %1</source>
        <translation>Sessions in all: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/paper_tally.py" line="95" />
        <source>Record %n session(s) for %1?</source>
        <translation>
            <numerusform>Record %n session for %1?</numerusform>
            <numerusform>Record %n sessions for %1?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="98" />
        <location filename="../ui/session/paper_tally.py" line="105" />
        <location filename="../ui/session/paper_tally.py" line="110" />
        <source>Paper tally sheet</source>
        <translation>Paper tally sheet</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="98" />
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../ui/session/paper_tally.py" line="110" />
        <source>The counts were recorded.</source>
        <translation>The counts were recorded.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../ui/printing/preview.py" line="103" />
        <source>Preview of the printed pages</source>
        <translation>Preview of the printed pages</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview.py" line="112" />
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview.py" line="132" />
        <source>The preview cannot be shown.</source>
        <translation>The preview cannot be shown.</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview.py" line="135" />
        <source>Pages: %1</source>
        <translation>Pages: %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview.py" line="142" />
        <source>Updating the preview…</source>
        <translation>Updating the preview…</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <location filename="../ui/session/privacy_text.py" line="18" />
        <source>a personal identity code</source>
        <translation>a personal identity code</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="21" />
        <source>a phone number</source>
        <translation>a phone number</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="22" />
        <source>an e-mail address</source>
        <translation>an e-mail address</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="23" />
        <source>a bank account number</source>
        <translation>a bank account number</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="24" />
        <source>a payment card number</source>
        <translation>a payment card number</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="34" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="35" />
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="36" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="37" />
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="48" />
        <source>“%1” seems to contain personal data (%2). PeerHelper does not store it: remove it before saving.</source>
        <translation>“%1” seems to contain personal data (%2). PeerHelper does not store it: remove it before saving.</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="58" />
        <source>Column “%1” seems to contain personal data (%2).</source>
        <translation>Column “%1” seems to contain personal data (%2).</translation>
    </message>
    <message>
        <location filename="../ui/session/privacy_text.py" line="66" />
        <source>“%1” is too long: at most %2 characters.</source>
        <translation>“%1” is too long: at most %2 characters.</translation>
    </message>
</context>
<context>
    <name>PictureMessages</name>
    <message>
        <location filename="../ui/picture_messages.py" line="18" />
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="19" />
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="20" />
        <source>Only SVG, PNG and JPEG pictures can be used.</source>
        <translation>Only SVG, PNG and JPEG pictures can be used.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="23" />
        <source>The symbol must be an SVG or PNG file.</source>
        <translation>The symbol must be an SVG or PNG file.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="26" />
        <source>The file is larger than %1 MB.</source>
        <translation>The file is larger than %1 MB.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="29" />
        <source>The file is not a %1 picture, although its name says so.</source>
        <translation>The file is not a %1 picture, although its name says so.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="32" />
        <source>The picture is damaged or incomplete. Save or copy it again and try once more.</source>
        <translation>The picture is damaged or incomplete. Save or copy it again and try once more.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="36" />
        <source>The picture is too large to print: %1 × %2 pixels, when at most %3 million pixels are allowed. Make it smaller in a picture editor.</source>
        <translation>The picture is too large to print: %1 × %2 pixels, when at most %3 million pixels are allowed. Make it smaller in a picture editor.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="41" />
        <source>The picture is too large to print: %1 × %2 pixels, when no side may be longer than %3 pixels. Make it smaller in a picture editor.</source>
        <translation>The picture is too large to print: %1 × %2 pixels, when no side may be longer than %3 pixels. Make it smaller in a picture editor.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="46" />
        <source>The picture has far too many pixels to print. Make it smaller in a picture editor.</source>
        <translation>The picture has far too many pixels to print. Make it smaller in a picture editor.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="50" />
        <source>The SVG file has a DOCTYPE, entities or processing instructions, which are not accepted. Save it again as plain SVG.</source>
        <translation>The SVG file has a DOCTYPE, entities or processing instructions, which are not accepted. Save it again as plain SVG.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="55" />
        <source>The SVG file is not valid: %1</source>
        <translation>The SVG file is not valid: %1</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="58" />
        <source>The file is not an SVG picture.</source>
        <translation>The file is not an SVG picture.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="61" />
        <source>The SVG picture does not say its size: it needs a width and a height, or a viewBox.</source>
        <translation>The SVG picture does not say its size: it needs a width and a height, or a viewBox.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="65" />
        <source>The SVG picture is nested more than %1 levels deep.</source>
        <translation>The SVG picture is nested more than %1 levels deep.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="68" />
        <source>The SVG picture has more than %1 parts.</source>
        <translation>The SVG picture has more than %1 parts.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="71" />
        <source>The SVG picture contains a script or other active content (%1), which is not accepted.</source>
        <translation>The SVG picture contains a script or other active content (%1), which is not accepted.</translation>
    </message>
    <message>
        <location filename="../ui/picture_messages.py" line="76" />
        <source>The SVG picture uses something outside itself (%1). Put the pictures it needs inside the file.</source>
        <translation>The SVG picture uses something outside itself (%1). Put the pictures it needs inside the file.</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../ui/printing/printer.py" line="103" />
        <location filename="../ui/printing/printer.py" line="125" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="135" />
        <source>The pages could not be sent to the printer. Check the printer and try again.</source>
        <translation>The pages could not be sent to the printer. Check the printer and try again.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="148" />
        <source>Sending the pages to the printer…</source>
        <translation>Sending the pages to the printer…</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="179" />
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="184" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="192" />
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 already exists. Do you want to replace it?</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="196" />
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <location filename="../ui/printing/printer.py" line="208" />
        <source>The file %1 could not be saved: %2</source>
        <translation>The file %1 could not be saved: %2</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../ui/printing/print_page.py" line="51" />
        <location filename="../ui/printing/print_page.py" line="140" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="53" />
        <source>Handouts for clients to take home, the “Digital support here” sign and the paper tally sheet.</source>
        <translation>Handouts for clients to take home, the “Digital support here” sign and the paper tally sheet.</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="78" />
        <source>&amp;Find a guide:</source>
        <translation>&amp;Find a guide:</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="80" />
        <source>Print a &amp;handout…</source>
        <translation>Print a &amp;handout…</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="90" />
        <source>Handout of a picture guide</source>
        <translation>Handout of a picture guide</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="94" />
        <source>Choose a guide, then the client's language, large print and a note. The client takes the paper home.</source>
        <translation>Choose a guide, then the client's language, large print and a note. The client takes the paper home.</translation>
    </message>
    <message>
        <location filename="../ui/printing/print_page.py" line="139" />
        <source>There is no guide %1.</source>
        <translation>There is no guide %1.</translation>
    </message>
</context>
<context>
    <name>PrintoutCard</name>
    <message>
        <location filename="../ui/printing/printout_card.py" line="179" />
        <source>This cannot be printed: %1</source>
        <translation>This cannot be printed: %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="182" />
        <source>This could not be made. The details are in the log file.</source>
        <translation>This could not be made. The details are in the log file.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="183" />
        <source>No preview</source>
        <translation>No preview</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="194" />
        <source>The preview is still being made; try again in a moment.</source>
        <translation>The preview is still being made; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="205" />
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="216" />
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
</context>
<context>
    <name>ProblemsNotice</name>
    <message>
        <location filename="../ui/guides/problems_notice.py" line="50" />
        <source>Guides that could not be loaded: %1.</source>
        <translation>Guides that could not be loaded: %1.</translation>
    </message>
    <message>
        <location filename="../ui/guides/problems_notice.py" line="52" />
        <source>Warnings: %1.</source>
        <translation>Warnings: %1.</translation>
    </message>
    <message>
        <location filename="../ui/guides/problems_notice.py" line="25" />
        <location filename="../ui/guides/problems_notice.py" line="59" />
        <source>Show &amp;details</source>
        <translation>Show &amp;details</translation>
    </message>
    <message>
        <location filename="../ui/guides/problems_notice.py" line="59" />
        <source>Hide &amp;details</source>
        <translation>Hide &amp;details</translation>
    </message>
</context>
<context>
    <name>QuickTally</name>
    <message>
        <location filename="../ui/session/quick_tally.py" line="35" />
        <source>One tap records a session with its topic, mode and time. Add details later from the session list.</source>
        <translation>One tap records a session with its topic, mode and time. Add details later from the session list.</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="41" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="50" />
        <source>Record: %1</source>
        <translation>Record: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="55" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="78" />
        <source>Recorded: %1 at %2.</source>
        <translation>Recorded: %1 at %2.</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="83" />
        <location filename="../ui/session/quick_tally.py" line="98" />
        <source>Recorded here this time: %1</source>
        <translation>Recorded here this time: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/quick_tally.py" line="96" />
        <source>The last tap was undone.</source>
        <translation>The last tap was undone.</translation>
    </message>
</context>
<context>
    <name>ReferralPicker</name>
    <message>
        <location filename="../ui/session/referral_picker.py" line="39" />
        <source>Search the referral directory</source>
        <translation>Search the referral directory</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_picker.py" line="40" />
        <source>Type a service's name, e.g. Kela</source>
        <translation>Type a service's name, e.g. Kela</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_picker.py" line="112" />
        <source>No service of that name; pick one from the list, or write it below.</source>
        <translation>No service of that name; pick one from the list, or write it below.</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_picker.py" line="139" />
        <source>Slip…</source>
        <translation>Slip…</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_picker.py" line="140" />
        <source>Print a referral slip: %1</source>
        <translation>Print a referral slip: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_picker.py" line="141" />
        <source>Print a referral slip for the client</source>
        <translation>Print a referral slip for the client</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_picker.py" line="144" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_picker.py" line="145" />
        <source>Remove the referral: %1</source>
        <translation>Remove the referral: %1</translation>
    </message>
</context>
<context>
    <name>ReferralRow</name>
    <message>
        <location filename="../ui/session/referral_row.py" line="37" />
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../ui/session/referral_row.py" line="38" />
        <source>Service or place the client was sent to</source>
        <translation>Service or place the client was sent to</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../ui/referrals/page.py" line="63" />
        <location filename="../ui/referrals/page.py" line="171" />
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="65" />
        <source>Who helps with what, where and when. Find the right place, then print a slip the client can follow.</source>
        <translation>Who helps with what, where and when. Find the right place, then print a slip the client can follow.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="81" />
        <source>Search by any word</source>
        <translation>Search by any word</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="82" />
        <source>Search the directory</source>
        <translation>Search the directory</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="85" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="86" />
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="90" />
        <source>Language served</source>
        <translation>Language served</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="91" />
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="94" />
        <source>Show retired</source>
        <translation>Show retired</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="96" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="103" />
        <source>Details of the service</source>
        <translation>Details of the service</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="106" />
        <source>&amp;Print a referral slip…</source>
        <translation>&amp;Print a referral slip…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="108" />
        <source>&amp;Add a service…</source>
        <translation>&amp;Add a service…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="109" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="110" />
        <location filename="../ui/referrals/page.py" line="236" />
        <source>&amp;Retire</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="111" />
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="112" />
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="113" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="121" />
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="122" />
        <source>&amp;Topic</source>
        <translation>&amp;Topic</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="123" />
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="200" />
        <source>Not checked for over a year: check before referring.</source>
        <translation>Not checked for over a year: check before referring.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/referrals/page.py" line="205" />
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service(s)</numerusform>
            <numerusform>%n service(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="213" />
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="215" />
        <source>not checked for over a year</source>
        <translation>not checked for over a year</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="234" />
        <source>No service matches. Try fewer words, or add one.</source>
        <translation>No service matches. Try fewer words, or add one.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="236" />
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="243" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="244" />
        <source>Helps with</source>
        <translation>Helps with</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="246" />
        <source>Languages served</source>
        <translation>Languages served</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="249" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="250" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="251" />
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="252" />
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="253" />
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="254" />
        <source>Free or paid</source>
        <translation>Free or paid</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="255" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="256" />
        <source>Details from</source>
        <translation>Details from</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="261" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="264" />
        <source>over a year ago: check before referring</source>
        <translation>over a year ago: check before referring</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="265" />
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="306" />
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="316" />
        <source>Delete a service</source>
        <translation>Delete a service</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/referrals/page.py" line="323" />
        <source>%n session(s) refer to “%1”, so it cannot be deleted. Retire it instead: it is then no longer offered, and old sessions keep their meaning.</source>
        <translation>
            <numerusform>%n session(s) refer to “%1”, so it cannot be deleted. Retire it instead: it is then no longer offered, and old sessions keep their meaning.</numerusform>
            <numerusform>%n session(s) refer to “%1”, so it cannot be deleted. Retire it instead: it is then no longer offered, and old sessions keep their meaning.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="331" />
        <source>Delete “%1” from the directory? This cannot be undone.</source>
        <translation>Delete “%1” from the directory? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="337" />
        <source>This computer syncs with the organisation server, which keeps the service: the next sync brings it back. To take it out on every site, retire it instead.</source>
        <translation>This computer syncs with the organisation server, which keeps the service: the next sync brings it back. To take it out on every site, retire it instead.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="341" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="351" />
        <source>Import services</source>
        <translation>Import services</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="353" />
        <source>Directory files (*.csv *.json);;All files (*)</source>
        <translation>Directory files (*.csv *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="362" />
        <source>The file was not imported; nothing was changed.</source>
        <translation>The file was not imported; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="365" />
        <source>Importing services…</source>
        <translation>Importing services…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="373" />
        <source>Imported: %1 new, %2 updated, %3 already up to date.</source>
        <translation>Imported: %1 new, %2 updated, %3 already up to date.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="382" />
        <source>Export services</source>
        <translation>Export services</translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="387" />
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV files (*.csv);;JSON files (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/referrals/page.py" line="399" />
        <source>%n service(s) were saved to %1.</source>
        <translation>
            <numerusform>%n service(s) were saved to %1.</numerusform>
            <numerusform>%n service(s) were saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/referrals/page.py" line="402" />
        <source>The directory was not saved.</source>
        <translation>The directory was not saved.</translation>
    </message>
</context>
<context>
    <name>ScreenshotCanvas</name>
    <message>
        <location filename="../ui/guides/editor/canvas.py" line="46" />
        <source>Screenshot</source>
        <translation>Screenshot</translation>
    </message>
</context>
<context>
    <name>SessionClock</name>
    <message>
        <location filename="../ui/session/session_clock.py" line="29" />
        <source>Time spent</source>
        <translation>Time spent</translation>
    </message>
    <message>
        <location filename="../ui/session/session_clock.py" line="34" />
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../ui/session/session_clock.py" line="37" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/session/session_clock.py" line="38" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../ui/session/session_clock.py" line="47" />
        <source>S&amp;tarted</source>
        <translation>S&amp;tarted</translation>
    </message>
    <message>
        <location filename="../ui/session/session_clock.py" line="48" />
        <source>M&amp;inutes</source>
        <translation>M&amp;inutes</translation>
    </message>
    <message>
        <location filename="../ui/session/session_clock.py" line="67" />
        <source>Editing a saved session</source>
        <translation>Editing a saved session</translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <location filename="../ui/session/details.py" line="47" />
        <source>&amp;Print a handout…</source>
        <translation>&amp;Print a handout…</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="53" />
        <source>Language of the session</source>
        <translation>Language of the session</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="59" />
        <location filename="../ui/session/details.py" line="95" />
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="60" />
        <location filename="../ui/session/details.py" line="96" />
        <source>Who did it</source>
        <translation>Who did it</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="61" />
        <location filename="../ui/session/details.py" line="97" />
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="62" />
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="63" />
        <source>Barriers</source>
        <translation>Barriers</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="67" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="71" />
        <source>What was done, briefly. No names, identity codes, phone numbers or other personal data.</source>
        <translation>What was done, briefly. No names, identity codes, phone numbers or other personal data.</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="92" />
        <source>Suggested guides</source>
        <translation>Suggested guides</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="93" />
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="94" />
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="98" />
        <source>Age (optional)</source>
        <translation>Age (optional)</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="99" />
        <source>Barriers met</source>
        <translation>Barriers met</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="100" />
        <source>Referred to a ser&amp;vice</source>
        <translation>Referred to a ser&amp;vice</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="101" />
        <source>&amp;Referred to</source>
        <translation>&amp;Referred to</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="110" />
        <source>Do not write names, identity codes, phone numbers, addresses or other personal data in the note.</source>
        <translation>Do not write names, identity codes, phone numbers, addresses or other personal data in the note.</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="116" />
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../ui/session/details.py" line="145" />
        <source>Guides you open or print are added here.</source>
        <translation>Guides you open or print are added here.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../ui/session/form.py" line="80" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="82" />
        <source>Save and keep mode, channel and language (Ctrl+S)</source>
        <translation>Save and keep mode, channel and language (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="83" />
        <source>Save and c&amp;lear</source>
        <translation>Save and c&amp;lear</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="84" />
        <source>Save and start an empty form (Ctrl+Shift+S)</source>
        <translation>Save and start an empty form (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="85" />
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="161" />
        <source>More details</source>
        <translation>More details</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="338" />
        <source>The disk is full, so the session was not saved. It is still in the form: free some space on the disk and save again.</source>
        <translation>The disk is full, so the session was not saved. It is still in the form: free some space on the disk and save again.</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="346" />
        <source>Saved at %1.</source>
        <translation>Saved at %1.</translation>
    </message>
    <message>
        <location filename="../ui/session/form_problems.py" line="25" />
        <source>Choose how the support was given (local, remote or training).</source>
        <translation>Choose how the support was given (local, remote or training).</translation>
    </message>
    <message>
        <location filename="../ui/session/form_problems.py" line="30" />
        <source>Choose at least one topic.</source>
        <translation>Choose at least one topic.</translation>
    </message>
    <message>
        <location filename="../ui/session/form_problems.py" line="33" />
        <source>The date must be in the years %1–%2.</source>
        <translation>The date must be in the years %1–%2.</translation>
    </message>
    <message>
        <location filename="../ui/session/form_problems.py" line="39" />
        <source>The language is not a language code (such as fi or ar).</source>
        <translation>The language is not a language code (such as fi or ar).</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="361" />
        <source>Stop editing? Your changes are lost; the saved session stays as it was.</source>
        <translation>Stop editing? Your changes are lost; the saved session stays as it was.</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="364" />
        <source>Clear the form? What you entered for this session is lost.</source>
        <translation>Clear the form? What you entered for this session is lost.</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="366" />
        <source>Discard the session</source>
        <translation>Discard the session</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="366" />
        <source>&amp;Clear the form</source>
        <translation>&amp;Clear the form</translation>
    </message>
    <message>
        <location filename="../ui/session/form.py" line="370" />
        <source>The form was cleared.</source>
        <translation>The form was cleared.</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../ui/session/session_list.py" line="123" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="123" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="129" />
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="132" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="134" />
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="137" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="139" />
        <location filename="../ui/session/session_list.py" line="140" />
        <source>Search the notes</source>
        <translation>Search the notes</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="159" />
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="162" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="163" />
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="164" />
        <source>&amp;Undo delete</source>
        <translation>&amp;Undo delete</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="169" />
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="183" />
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="183" />
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session_list.py" line="228" />
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session_list.py" line="363" />
        <source>%n session(s) were saved to %1.</source>
        <translation>
            <numerusform>%n session was saved to %1.</numerusform>
            <numerusform>%n sessions were saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="250" />
        <source>Delete a session</source>
        <translation>Delete a session</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="170" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="172" />
        <source>Save the sessions shown as a CSV file or an Excel workbook</source>
        <translation>Save the sessions shown as a CSV file or an Excel workbook</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="251" />
        <source>Delete the selected session? You can undo this.</source>
        <translation>Delete the selected session? You can undo this.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="252" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="274" />
        <location filename="../ui/session/session_list.py" line="292" />
        <location filename="../ui/session/session_list.py" line="304" />
        <location filename="../ui/session/session_list.py" line="317" />
        <source>Import sessions</source>
        <translation>Import sessions</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="276" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="285" />
        <source>Importing sessions…</source>
        <translation>Importing sessions…</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="293" />
        <source>Imported: %1 new, %2 updated, %3 already up to date.</source>
        <translation>Imported: %1 new, %2 updated, %3 already up to date.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="313" />
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="306" />
        <location filename="../ui/session/session_list.py" line="318" />
        <source>The file was not imported; nothing was changed.</source>
        <translation>The file was not imported; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="328" />
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="337" />
        <location filename="../ui/session/session_list.py" line="362" />
        <location filename="../ui/session/session_list.py" line="367" />
        <source>Export sessions</source>
        <translation>Export sessions</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="339" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="339" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="369" />
        <source>The sessions were not saved.</source>
        <translation>The sessions were not saved.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_list.py" line="372" />
        <source>Exporting sessions…</source>
        <translation>Exporting sessions…</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../ui/session/list_model.py" line="41" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="42" />
        <source>Quick tally</source>
        <translation>Quick tally</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="43" />
        <source>Paper tally</source>
        <translation>Paper tally</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="44" />
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="51" />
        <source>Entered on the session form.</source>
        <translation>Entered on the session form.</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="52" />
        <source>Counted with the quick tally: only the topic, mode and time are known.</source>
        <translation>Counted with the quick tally: only the topic, mode and time are known.</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="56" />
        <source>Counted from a paper tally sheet: only the day, topic and mode are known.</source>
        <translation>Counted from a paper tally sheet: only the day, topic and mode are known.</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="60" />
        <source>Imported from a CSV file.</source>
        <translation>Imported from a CSV file.</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="77" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="78" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="79" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="80" />
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="81" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="82" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="83" />
        <source>Recorded with</source>
        <translation>Recorded with</translation>
    </message>
    <message>
        <location filename="../ui/session/list_model.py" line="84" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../ui/session/page.py" line="86" />
        <source>Support session</source>
        <translation>Support session</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="95" />
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="95" />
        <source>New</source>
        <comment>short tab name</comment>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="96" />
        <source>Quick tally</source>
        <translation>Quick tally</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="96" />
        <source>Tally</source>
        <comment>short tab name</comment>
        <translation>Tally</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="97" />
        <source>Session list</source>
        <translation>Session list</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="97" />
        <source>List</source>
        <comment>short tab name</comment>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="99" />
        <source>Paper tally sheet</source>
        <translation>Paper tally sheet</translation>
    </message>
    <message>
        <location filename="../ui/session/page.py" line="99" />
        <source>Paper</source>
        <comment>short tab name</comment>
        <translation>Paper</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/pages/settings_page.py" line="44" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="60" />
        <source>Language and text size</source>
        <translation>Language and text size</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="64" />
        <source>Same as the computer</source>
        <translation>Same as the computer</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="70" />
        <source>User interface language</source>
        <translation>User interface language</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="78" />
        <location filename="../ui/pages/settings_page.py" line="84" />
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="94" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="96" />
        <source>&amp;Text size</source>
        <translation>&amp;Text size</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="119" />
        <source>Site profile</source>
        <translation>Site profile</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="144" />
        <source>Organisation and site name are required.</source>
        <translation>Organisation and site name are required.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="151" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="156" />
        <location filename="../ui/pages/settings_page.py" line="206" />
        <source>Digital-support symbol</source>
        <translation>Digital-support symbol</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="165" />
        <source>&amp;Use PeerHelper's own</source>
        <translation>&amp;Use PeerHelper's own</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="186" />
        <source>Signs and handouts use the file you chose.</source>
        <translation>Signs and handouts use the file you chose.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="189" />
        <source>Signs and handouts use PeerHelper's own drawing of the symbol. You may use the official file instead (SVG or PNG).</source>
        <translation>Signs and handouts use PeerHelper's own drawing of the symbol. You may use the official file instead (SVG or PNG).</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="197" />
        <source>Choose the symbol file</source>
        <translation>Choose the symbol file</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="197" />
        <source>Pictures (*.svg *.png)</source>
        <translation>Pictures (*.svg *.png)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="208" />
        <source>This file cannot be used.</source>
        <translation>This file cannot be used.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="224" />
        <source>Edit the top&amp;ics…</source>
        <translation>Edit the top&amp;ics…</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="277" />
        <source>No backup was made.</source>
        <translation>No backup was made.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="310" />
        <source>The backup could not be restored; nothing was changed.</source>
        <translation>The backup could not be restored; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="219" />
        <source>Session topics</source>
        <translation>Session topics</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="127" />
        <source>Sa&amp;ve the site profile</source>
        <translation>Sa&amp;ve the site profile</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="163" />
        <source>Use the o&amp;fficial file…</source>
        <translation>Use the o&amp;fficial file…</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="221" />
        <source>Coordinators can add topics, rename them and retire old ones.</source>
        <translation>Coordinators can add topics, rename them and retire old ones.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="242" />
        <source>Data and backups</source>
        <translation>Data and backups</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="245" />
        <source>Your data is kept on this computer in:
%1</source>
        <translation>Your data is kept on this computer in:
%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="253" />
        <source>PeerHelper backs up the data automatically once a day and keeps the last 7 daily and 4 weekly backups.</source>
        <translation>PeerHelper backs up the data automatically once a day and keeps the last 7 daily and 4 weekly backups.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="259" />
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="261" />
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="277" />
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="281" />
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="282" />
        <source>The backup was saved as:
%1</source>
        <translation>The backup was saved as:
%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="288" />
        <source>Choose a backup to restore</source>
        <translation>Choose a backup to restore</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="290" />
        <source>PeerHelper databases (*.db)</source>
        <translation>PeerHelper databases (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="295" />
        <source>Replace the current data with the backup %1?

The current data is kept aside in the data folder, so nothing is lost.</source>
        <translation>Replace the current data with the backup %1?

The current data is kept aside in the data folder, so nothing is lost.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="298" />
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="298" />
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="308" />
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="316" />
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="317" />
        <source>The backup was restored. The previous data was kept as:
%1</source>
        <translation>The backup was restored. The previous data was kept as:
%1</translation>
    </message>
</context>
<context>
    <name>SharingBar</name>
    <message>
        <location filename="../ui/guides/sharing.py" line="45" />
        <source>Save as &amp;pack…</source>
        <translation>Save as &amp;pack…</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="47" />
        <source>Save the selected guides in one file to give to other sites</source>
        <translation>Save the selected guides in one file to give to other sites</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="50" />
        <source>Add guides from a pac&amp;k…</source>
        <translation>Add guides from a pac&amp;k…</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="52" />
        <source>&amp;Remove local guide…</source>
        <translation>&amp;Remove local guide…</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="54" />
        <source>&amp;New guide…</source>
        <translation>&amp;New guide…</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="55" />
        <source>Make a guide of your own from screenshots or photos</source>
        <translation>Make a guide of your own from screenshots or photos</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="90" />
        <source>Save as pack</source>
        <translation>Save as pack</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="93" />
        <location filename="../ui/guides/sharing.py" line="124" />
        <source>Guide packs (*.zip)</source>
        <translation>Guide packs (*.zip)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/guides/sharing.py" line="106" />
        <source>%n guide(s) saved in the pack %1.</source>
        <translation>
            <numerusform>%n guide(s) saved in the pack %1.</numerusform>
            <numerusform>%n guide(s) saved in the pack %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="116" />
        <source>Saving the guide pack…</source>
        <translation>Saving the guide pack…</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="123" />
        <source>Add guides from a pack</source>
        <translation>Add guides from a pack</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="130" />
        <source>The pack was not added; nothing was changed.</source>
        <translation>The pack was not added; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="138" />
        <source>Checking the guides of the pack…</source>
        <translation>Checking the guides of the pack…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/guides/sharing.py" line="144" />
        <source>Added: %n guide(s)</source>
        <translation>
            <numerusform>Added: %n guide(s)</numerusform>
            <numerusform>Added: %n guide(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/guides/sharing.py" line="145" />
        <source>Updated to a newer version: %n</source>
        <translation>
            <numerusform>Updated to a newer version: %n</numerusform>
            <numerusform>Updated to a newer version: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/guides/sharing.py" line="146" />
        <source>Already up to date: %n</source>
        <translation>
            <numerusform>Already up to date: %n</numerusform>
            <numerusform>Already up to date: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/guides/sharing.py" line="147" />
        <source>Already in the program: %n</source>
        <translation>
            <numerusform>Already in the program: %n</numerusform>
            <numerusform>Already in the program: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="153" />
        <source>The older versions were copied to %1.</source>
        <translation>The older versions were copied to %1.</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="158" />
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="162" />
        <source>Guide pack: %1</source>
        <translation>Guide pack: %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="174" />
        <source>Remove local guide</source>
        <translation>Remove local guide</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="177" />
        <source>Remove the guide “%1” from this computer? A copy is kept in the backups folder.</source>
        <translation>Remove the guide “%1” from this computer? A copy is kept in the backups folder.</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="182" />
        <source>This computer syncs with the organisation server, which keeps the guide: the next sync brings it back.</source>
        <translation>This computer syncs with the organisation server, which keeps the guide: the next sync brings it back.</translation>
    </message>
    <message>
        <location filename="../ui/guides/sharing.py" line="185" />
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>ShowToClientWindow</name>
    <message>
        <location filename="../ui/guides/show_client.py" line="75" />
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../ui/guides/show_client.py" line="76" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../ui/guides/show_client.py" line="77" />
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/guides/show_client.py" line="153" />
        <source>The picture cannot be shown.</source>
        <translation>The picture cannot be shown.</translation>
    </message>
    <message>
        <location filename="../ui/guides/show_client.py" line="161" />
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../ui/guides/show_client.py" line="163" />
        <source>the last step</source>
        <translation>the last step</translation>
    </message>
</context>
<context>
    <name>SignCard</name>
    <message>
        <location filename="../ui/printing/printout_card.py" line="223" />
        <source>“Digital support here” sign</source>
        <translation>“Digital support here” sign</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="225" />
        <source>A poster for the door or the wall: the digital-support symbol, the words in the site's languages, the opening hours and the place, from the site profile.</source>
        <translation>A poster for the door or the wall: the digital-support symbol, the words in the site's languages, the opening hours and the place, from the site profile.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="228" />
        <source>Print the &amp;sign…</source>
        <translation>Print the &amp;sign…</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="229" />
        <source>Save the sign as PDF…</source>
        <translation>Save the sign as PDF…</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="234" />
        <source>P&amp;aper:</source>
        <translation>P&amp;aper:</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="234" />
        <source>Paper size of the sign</source>
        <translation>Paper size of the sign</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="247" />
        <source>Not on the sign: %1.</source>
        <translation>Not on the sign: %1.</translation>
    </message>
</context>
<context>
    <name>SiteProfileForm</name>
    <message>
        <location filename="../ui/site_profile.py" line="49" />
        <source>e.g. Helsinki Parish Union</source>
        <translation>e.g. Helsinki Parish Union</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="50" />
        <source>e.g. Kallio food-aid point</source>
        <translation>e.g. Kallio food-aid point</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="51" />
        <source>e.g. Tue and Thu 10–14</source>
        <translation>e.g. Tue and Thu 10–14</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="53" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="54" />
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="55" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="56" />
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="57" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="58" />
        <source>Languages spoken by the volunteers</source>
        <translation>Languages spoken by the volunteers</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="64" />
        <source>&amp;Organisation *</source>
        <translation>&amp;Organisation *</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="65" />
        <source>&amp;Site name *</source>
        <translation>&amp;Site name *</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="66" />
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="67" />
        <source>Opening &amp;hours</source>
        <translation>Opening &amp;hours</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="68" />
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="69" />
        <source>Languages spo&amp;ken by the volunteers</source>
        <translation>Languages spo&amp;ken by the volunteers</translation>
    </message>
</context>
<context>
    <name>SitesBar</name>
    <message>
        <location filename="../ui/statistics/sites.py" line="50" />
        <source>This site</source>
        <translation>This site</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="51" />
        <source>The whole organisation</source>
        <translation>The whole organisation</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="52" />
        <source>Whose figures</source>
        <translation>Whose figures</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="54" />
        <source>Figures &amp;of</source>
        <translation>Figures &amp;of</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="57" />
        <source>&amp;Combine site logs…</source>
        <translation>&amp;Combine site logs…</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="59" />
        <source>Merge site bundles from other sites into this log.</source>
        <translation>Merge site bundles from other sites into this log.</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="112" />
        <location filename="../ui/statistics/sites.py" line="128" />
        <source>Combine site logs</source>
        <translation>Combine site logs</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="114" />
        <source>Site bundles (*.zip)</source>
        <translation>Site bundles (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="127" />
        <source>Combining site logs…</source>
        <translation>Combining site logs…</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="133" />
        <source>%1: %2 new, %3 updated, %4 unchanged</source>
        <translation>%1: %2 new, %3 updated, %4 unchanged</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="142" />
        <source>In all: %1 new, %2 updated, %3 unchanged.</source>
        <translation>In all: %1 new, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="148" />
        <source>Topics added: %1</source>
        <translation>Topics added: %1</translation>
    </message>
    <message>
        <location filename="../ui/statistics/sites.py" line="149" />
        <source>Site logs combined</source>
        <translation>Site logs combined</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="63" />
        <source>Print a referral slip: %1</source>
        <translation>Print a referral slip: %1</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="64" />
        <source>The client's language</source>
        <translation>The client's language</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="65" />
        <source>Second language on the slip</source>
        <translation>Second language on the slip</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="66" />
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="74" />
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="75" />
        <source>A5, one slip</source>
        <translation>A5, one slip</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="76" />
        <source>A4, two slips to cut apart</source>
        <translation>A4, two slips to cut apart</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="78" />
        <source>What to ask for</source>
        <translation>What to ask for</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="79" />
        <source>e.g. help with the housing allowance application</source>
        <translation>e.g. help with the housing allowance application</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="86" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="87" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="89" />
        <source>Choose a printer and print (Ctrl+P)</source>
        <translation>Choose a printer and print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="90" />
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="91" />
        <source>Save the slip as a PDF file (Ctrl+S)</source>
        <translation>Save the slip as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="92" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="123" />
        <source>&amp;Client's language</source>
        <translation>&amp;Client's language</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="124" />
        <source>&amp;Second language</source>
        <translation>&amp;Second language</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="125" />
        <source>Pape&amp;r</source>
        <translation>Pape&amp;r</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="126" />
        <source>&amp;What to ask for</source>
        <translation>&amp;What to ask for</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="184" />
        <source>The slip cannot be made with these choices: %1</source>
        <translation>The slip cannot be made with these choices: %1</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="189" />
        <source>The slip could not be made. The details are in the log file.</source>
        <translation>The slip could not be made. The details are in the log file.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="198" />
        <source>Preparing the slip…</source>
        <translation>Preparing the slip…</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="213" />
        <source>The slip was sent to the printer.</source>
        <translation>The slip was sent to the printer.</translation>
    </message>
    <message>
        <location filename="../ui/referrals/slip_dialog.py" line="221" />
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../app.py" line="116" />
        <location filename="../ui/startup_folder.py" line="181" />
        <source>PeerHelper cannot start</source>
        <translation>PeerHelper cannot start</translation>
    </message>
    <message>
        <location filename="../app.py" line="84" />
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../app.py" line="87" />
        <source>PeerHelper keeps its data in a folder. Move or rename that file, or choose another folder with --data-dir.</source>
        <translation>PeerHelper keeps its data in a folder. Move or rename that file, or choose another folder with --data-dir.</translation>
    </message>
    <message>
        <location filename="../app.py" line="95" />
        <source>The disk is full.</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <location filename="../app.py" line="96" />
        <source>Free some space on the disk (for example, empty the wastebasket), then start PeerHelper again.</source>
        <translation>Free some space on the disk (for example, empty the wastebasket), then start PeerHelper again.</translation>
    </message>
    <message>
        <location filename="../app.py" line="104" />
        <source>You have no permission to write there.</source>
        <translation>You have no permission to write there.</translation>
    </message>
    <message>
        <location filename="../app.py" line="105" />
        <source>Choose another folder with --data-dir, or ask someone to give you permission to write there.</source>
        <translation>Choose another folder with --data-dir, or ask someone to give you permission to write there.</translation>
    </message>
    <message>
        <location filename="../app.py" line="117" />
        <source>PeerHelper cannot save its data in the folder
%1

Reason: %2

%3</source>
        <translation>PeerHelper cannot save its data in the folder
%1

Reason: %2

%3</translation>
    </message>
    <message>
        <location filename="../app.py" line="127" />
        <source>The PeerHelper database is damaged and cannot be opened safely.</source>
        <translation>The PeerHelper database is damaged and cannot be opened safely.</translation>
    </message>
    <message>
        <location filename="../app.py" line="131" />
        <source>PeerHelper can restore the newest good backup. The damaged file is kept aside in the data folder; nothing is deleted.</source>
        <translation>PeerHelper can restore the newest good backup. The damaged file is kept aside in the data folder; nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../app.py" line="137" />
        <source>No good backup was found. The damaged file is in the data folder:
%1</source>
        <translation>No good backup was found. The damaged file is in the data folder:
%1</translation>
    </message>
    <message>
        <location filename="../app.py" line="141" />
        <location filename="../ui/startup_folder.py" line="149" />
        <source>Damaged database</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location filename="../app.py" line="148" />
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Restore the newest backup</translation>
    </message>
    <message>
        <location filename="../app.py" line="151" />
        <location filename="../ui/startup_folder.py" line="111" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app.py" line="230" />
        <source>The automatic backup could not be made: %1 Your data is safe.</source>
        <translation>The automatic backup could not be made: %1 Your data is safe.</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="43" />
        <source>PeerHelper is already open</source>
        <translation>PeerHelper is already open</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="44" />
        <source>PeerHelper is already open with the data folder
%1</source>
        <translation>PeerHelper is already open with the data folder
%1</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="49" />
        <source>Only one PeerHelper window can use a data folder at a time.</source>
        <translation>Only one PeerHelper window can use a data folder at a time.</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="54" />
        <source>&amp;Show the open window</source>
        <translation>&amp;Show the open window</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="58" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="78" />
        <source>The data is missing</source>
        <translation>The data is missing</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="79" />
        <source>PeerHelper found no database in
%1
but found copies left by a restore that was interrupted. Nothing has been deleted.</source>
        <translation>PeerHelper found no database in
%1
but found copies left by a restore that was interrupted. Nothing has been deleted.</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="87" />
        <source>PeerHelper can put back the newest good copy, %1. The copies stay as they are.</source>
        <translation>PeerHelper can put back the newest good copy, %1. The copies stay as they are.</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="94" />
        <source>None of the copies can be used. Ask for help before starting with empty data.</source>
        <translation>None of the copies can be used. Ask for help before starting with empty data.</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="103" />
        <source>&amp;Put the copy back</source>
        <translation>&amp;Put the copy back</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="108" />
        <source>Start with &amp;empty data</source>
        <translation>Start with &amp;empty data</translation>
    </message>
    <message>
        <location filename="../ui/startup_folder.py" line="150" />
        <source>The backup could not be restored. Nothing was deleted.
%1</source>
        <translation>The backup could not be restored. Nothing was deleted.
%1</translation>
    </message>
    <message>
        <location filename="../app.py" line="254" />
        <source>A support session from %1 was not saved when PeerHelper closed. Continue with it?</source>
        <translation>A support session from %1 was not saved when PeerHelper closed. Continue with it?</translation>
    </message>
    <message>
        <location filename="../app.py" line="260" />
        <source>Unsaved session</source>
        <translation>Unsaved session</translation>
    </message>
    <message>
        <location filename="../app.py" line="265" />
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location filename="../app.py" line="268" />
        <source>&amp;Discard it</source>
        <translation>&amp;Discard it</translation>
    </message>
</context>
<context>
    <name>StatisticsFilters</name>
    <message>
        <location filename="../ui/statistics/filters.py" line="48" />
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="49" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="50" />
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="51" />
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="52" />
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="63" />
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="67" />
        <source>All modes</source>
        <translation>All modes</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="71" />
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="75" />
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="77" />
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="78" />
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="79" />
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="80" />
        <source>T&amp;opic</source>
        <translation>T&amp;opic</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="81" />
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="82" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="83" />
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <location filename="../ui/statistics/filters.py" line="151" />
        <source>This site</source>
        <translation>This site</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../ui/statistics/page.py" line="77" />
        <location filename="../ui/statistics/page.py" line="192" />
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="79" />
        <source>Anonymous figures for funders and development work. On this screen the counts are exact; the report and saved charts show counts under five as &lt;5.</source>
        <translation>Anonymous figures for funders and development work. On this screen the counts are exact; the report and saved charts show counts under five as &lt;5.</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="122" />
        <source>Save &amp;report as PDF…</source>
        <translation>Save &amp;report as PDF…</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="124" />
        <source>Pr&amp;int report…</source>
        <translation>Pr&amp;int report…</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="126" />
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="175" />
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statistics/page.py" line="203" />
        <source>%n support session(s), %1 volunteer hours</source>
        <translation>
            <numerusform>%n support session, %1 volunteer hours</numerusform>
            <numerusform>%n support sessions, %1 volunteer hours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="208" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="208" />
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="208" />
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="120" />
        <source>Show as ta&amp;bles</source>
        <translation>Show as ta&amp;bles</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="160" />
        <source>This site</source>
        <translation>This site</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="212" />
        <source>Save as image…</source>
        <translation>Save as image…</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="241" />
        <location filename="../ui/statistics/page.py" line="252" />
        <source>Save chart as image</source>
        <translation>Save chart as image</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="243" />
        <source>SVG picture (*.svg)</source>
        <translation>SVG picture (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="271" />
        <source>statistics-report</source>
        <translation>statistics-report</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="276" />
        <location filename="../ui/statistics/page.py" line="300" />
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="277" />
        <source>Save report as PDF</source>
        <translation>Save report as PDF</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="282" />
        <source>The report was saved to %1.</source>
        <translation>The report was saved to %1.</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="286" />
        <source>The report was sent to the printer.</source>
        <translation>The report was sent to the printer.</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="293" />
        <source>Statistics report</source>
        <translation>Statistics report</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="312" />
        <location filename="../ui/statistics/page.py" line="327" />
        <location filename="../ui/statistics/page.py" line="332" />
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="313" />
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="314" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statistics/page.py" line="328" />
        <source>%n session(s) were saved to %1.</source>
        <translation>
            <numerusform>%n session was saved to %1.</numerusform>
            <numerusform>%n sessions were saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/statistics/page.py" line="331" />
        <source>Exporting sessions…</source>
        <translation>Exporting sessions…</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="58" />
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="60" />
        <source>One action, with the button's name, e.g. Tap Print.</source>
        <translation>One action, with the button's name, e.g. Tap Print.</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="63" />
        <source>Description of the picture</source>
        <translation>Description of the picture</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="64" />
        <source>What the picture shows, for those who cannot see it</source>
        <translation>What the picture shows, for those who cannot see it</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="66" />
        <source>Capt&amp;ion:</source>
        <translation>Capt&amp;ion:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="67" />
        <source>Picture &amp;description:</source>
        <translation>Picture &amp;description:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="83" />
        <source>Crop</source>
        <translation>Crop</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="84" />
        <source>Cov&amp;er (black box)</source>
        <translation>Cov&amp;er (black box)</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="85" />
        <source>Rin&amp;g</source>
        <translation>Rin&amp;g</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="86" />
        <source>&amp;Arrow</source>
        <translation>&amp;Arrow</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="87" />
        <source>&amp;Number</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="96" />
        <source>&amp;Undo the last mark</source>
        <translation>&amp;Undo the last mark</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="109" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="109" />
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="112" />
        <source>Title on the screen</source>
        <translation>Title on the screen</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="116" />
        <source>Devic&amp;e:</source>
        <translation>Devic&amp;e:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="117" />
        <source>&amp;Title on the screen:</source>
        <translation>&amp;Title on the screen:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="120" />
        <location filename="../ui/guides/editor/step_form.py" line="135" />
        <source>Button %1</source>
        <translation>Button %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="121" />
        <source>Icon of button %1</source>
        <translation>Icon of button %1</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="123" />
        <source>no icon</source>
        <translation>no icon</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="127" />
        <source>Button %1:</source>
        <translation>Button %1:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="133" />
        <location filename="../ui/guides/editor/step_form.py" line="140" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="136" />
        <source>The h&amp;and points at it</source>
        <translation>The h&amp;and points at it</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="140" />
        <source>Done (green)</source>
        <translation>Done (green)</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="140" />
        <source>Danger (red)</source>
        <translation>Danger (red)</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="144" />
        <source>Rin&amp;g around:</source>
        <translation>Rin&amp;g around:</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="146" />
        <source>Sticker (&amp;badge):</source>
        <translation>Sticker (&amp;badge):</translation>
    </message>
    <message>
        <location filename="../ui/guides/editor/step_form.py" line="207" />
        <source>This picture cannot be drawn yet.</source>
        <translation>This picture cannot be drawn yet.</translation>
    </message>
</context>
<context>
    <name>TallyCard</name>
    <message>
        <location filename="../ui/printing/printout_card.py" line="263" />
        <source>Paper tally sheet</source>
        <translation>Paper tally sheet</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="265" />
        <source>For days without the laptop: count the sessions by topic with pen strokes, then enter the totals on the Session screen under “Paper tally sheet”.</source>
        <translation>For days without the laptop: count the sessions by topic with pen strokes, then enter the totals on the Session screen under “Paper tally sheet”.</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="268" />
        <source>Print the &amp;tally sheet…</source>
        <translation>Print the &amp;tally sheet…</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="269" />
        <source>Save the tally sheet as PDF…</source>
        <translation>Save the tally sheet as PDF…</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="275" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="275" />
        <source>Language of the tally sheet</source>
        <translation>Language of the tally sheet</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="279" />
        <source>Pap&amp;er:</source>
        <translation>Pap&amp;er:</translation>
    </message>
    <message>
        <location filename="../ui/printing/printout_card.py" line="279" />
        <source>Paper size of the tally sheet</source>
        <translation>Paper size of the tally sheet</translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <location filename="../ui/topics_dialog.py" line="36" />
        <source>Session topics</source>
        <translation>Session topics</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="38" />
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="40" />
        <location filename="../ui/topics_dialog.py" line="49" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="41" />
        <source>e.g. library_card</source>
        <translation>e.g. library_card</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="44" />
        <source>Name in Finnish</source>
        <translation>Name in Finnish</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="45" />
        <source>Name in Swedish</source>
        <translation>Name in Swedish</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="46" />
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="53" />
        <source>&amp;Save topic</source>
        <translation>&amp;Save topic</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="55" />
        <source>&amp;New topic</source>
        <translation>&amp;New topic</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="56" />
        <location filename="../ui/topics_dialog.py" line="116" />
        <source>&amp;Retire</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="61" />
        <source>Retired topics are hidden from the tiles but kept in old sessions and statistics. You can bring them back.</source>
        <translation>Retired topics are hidden from the tiles but kept in old sessions and statistics. You can bring them back.</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="97" />
        <source>%1 (retired)</source>
        <translation>%1 (retired)</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="116" />
        <source>&amp;Bring back</source>
        <translation>&amp;Bring back</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="131" />
        <source>Give the topic a name in at least one language.</source>
        <translation>Give the topic a name in at least one language.</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="136" />
        <source>The code may contain only letters, digits and _.</source>
        <translation>The code may contain only letters, digits and _.</translation>
    </message>
    <message>
        <location filename="../ui/topics_dialog.py" line="138" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
</TS>