<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Crash</name>
    <message>
        <location filename="../ui/crash.py" line="23" />
        <source>Something went wrong in PeerHelper. Everything you saved is safe.</source>
        <translation>Something went wrong in PeerHelper. Everything you saved is safe.</translation>
    </message>
    <message>
        <location filename="../ui/crash.py" line="27" />
        <source>The details were written to the log file:
%1</source>
        <translation>The details were written to the log file:
%1</translation>
    </message>
    <message>
        <location filename="../ui/crash.py" line="31" />
        <source>The details could not be written to a log file.</source>
        <translation>The details could not be written to a log file.</translation>
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
        <translation>Welcome to PeerHelper</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="121" />
        <source>Tell us about the place where you give digital support. These details are printed on handouts and signs. You can change them later in Settings.</source>
        <translation>Tell us about the place where you give digital support. These details are printed on handouts and signs. You can change them later in Settings.</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="131" />
        <source>* required</source>
        <translation>* required</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="136" />
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../ui/pages/home.py" line="23" />
        <source>Hello! What are we helping with today?</source>
        <translation>Hello! What are we helping with today?</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="28" />
        <source>Start a support session</source>
        <translation>Start a support session</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="29" />
        <source>Find a picture guide</source>
        <translation>Find a picture guide</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="30" />
        <source>Print a handout</source>
        <translation>Print a handout</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="48" />
        <source>The site profile is not filled in yet. Handouts and signs show your site's name, address and opening hours.</source>
        <translation>The site profile is not filled in yet. Handouts and signs show your site's name, address and opening hours.</translation>
    </message>
    <message>
        <location filename="../ui/pages/home.py" line="53" />
        <source>Fill in the site &amp;profile</source>
        <translation>Fill in the site &amp;profile</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.py" line="68" />
        <source>Coming soon in PeerHelper:</source>
        <translation>Coming soon in PeerHelper:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="72" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="77" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="79" />
        <source>Support session</source>
        <translation>Support session</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="80" />
        <source>Log what help was given, in seconds, without any personal data.</source>
        <translation>Log what help was given, in seconds, without any personal data.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="83" />
        <source>a running timer, topic tiles, quick tally and the session list.</source>
        <translation>a running timer, topic tiles, quick tally and the session list.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="88" />
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="90" />
        <source>Picture guides</source>
        <translation>Picture guides</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="91" />
        <source>Step-by-step comic guides shared by helpers and clients.</source>
        <translation>Step-by-step comic guides shared by helpers and clients.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="95" />
        <source>the guide library, search, and a full-screen mode to show the client.</source>
        <translation>the guide library, search, and a full-screen mode to show the client.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="101" />
        <location filename="../ui/mainwindow.py" line="103" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="104" />
        <source>Handouts for clients who have no device of their own.</source>
        <translation>Handouts for clients who have no device of their own.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="107" />
        <source>picture handouts in the client's language, signs and tally sheets.</source>
        <translation>picture handouts in the client's language, signs and tally sheets.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="112" />
        <location filename="../ui/mainwindow.py" line="114" />
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="115" />
        <source>Who helps with what, where and when.</source>
        <translation>Who helps with what, where and when.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="118" />
        <source>a searchable directory of services and printed referral slips.</source>
        <translation>a searchable directory of services and printed referral slips.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="123" />
        <location filename="../ui/mainwindow.py" line="125" />
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="126" />
        <source>Anonymous figures for funders and development work.</source>
        <translation>Anonymous figures for funders and development work.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="130" />
        <source>a dashboard, monthly reports and exports. Small counts stay hidden.</source>
        <translation>a dashboard, monthly reports and exports. Small counts stay hidden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="136" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="144" />
        <source>PeerHelper</source>
        <translation>PeerHelper</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="159" />
        <source>Main sections</source>
        <translation>Main sections</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="178" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/pages/settings_page.py" line="42" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="52" />
        <source>Language and text size</source>
        <translation>Language and text size</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="55" />
        <source>Same as the computer</source>
        <translation>Same as the computer</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="61" />
        <source>User interface language</source>
        <translation>User interface language</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="69" />
        <location filename="../ui/pages/settings_page.py" line="75" />
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="85" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="87" />
        <source>&amp;Text size</source>
        <translation>&amp;Text size</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="110" />
        <source>Site profile</source>
        <translation>Site profile</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="118" />
        <source>&amp;Save the site profile</source>
        <translation>&amp;Save the site profile</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="135" />
        <source>Organisation and site name are required.</source>
        <translation>Organisation and site name are required.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="142" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="147" />
        <source>Data and backups</source>
        <translation>Data and backups</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="150" />
        <source>Your data is kept on this computer in:
%1</source>
        <translation>Your data is kept on this computer in:
%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="158" />
        <source>PeerHelper backs up the data automatically once a day and keeps the last 7 daily and 4 weekly backups.</source>
        <translation>PeerHelper backs up the data automatically once a day and keeps the last 7 daily and 4 weekly backups.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="164" />
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="166" />
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="183" />
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="184" />
        <source>The backup failed: %1</source>
        <translation>The backup failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="189" />
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="190" />
        <source>The backup was saved as:
%1</source>
        <translation>The backup was saved as:
%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="196" />
        <source>Choose a backup to restore</source>
        <translation>Choose a backup to restore</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="198" />
        <source>PeerHelper databases (*.db)</source>
        <translation>PeerHelper databases (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="203" />
        <source>Replace the current data with the backup %1?

The current data is kept aside in the data folder, so nothing is lost.</source>
        <translation>Replace the current data with the backup %1?

The current data is kept aside in the data folder, so nothing is lost.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="206" />
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="206" />
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="215" />
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="216" />
        <source>The backup could not be restored; nothing was changed.
%1</source>
        <translation>The backup could not be restored; nothing was changed.
%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="225" />
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="226" />
        <source>The backup was restored. The previous data was kept as:
%1</source>
        <translation>The backup was restored. The previous data was kept as:
%1</translation>
    </message>
</context>
<context>
    <name>SiteProfileForm</name>
    <message>
        <location filename="../ui/site_profile.py" line="47" />
        <source>e.g. Helsinki Parish Union</source>
        <translation>e.g. Helsinki Parish Union</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="48" />
        <source>e.g. Kallio food-aid point</source>
        <translation>e.g. Kallio food-aid point</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="49" />
        <source>e.g. Tue and Thu 10–14</source>
        <translation>e.g. Tue and Thu 10–14</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="51" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="52" />
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="53" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="54" />
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="55" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="56" />
        <source>Languages spoken by the volunteers</source>
        <translation>Languages spoken by the volunteers</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="61" />
        <source>&amp;Organisation *</source>
        <translation>&amp;Organisation *</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="62" />
        <source>&amp;Site name *</source>
        <translation>&amp;Site name *</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="63" />
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="64" />
        <source>Opening &amp;hours</source>
        <translation>Opening &amp;hours</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="65" />
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../ui/site_profile.py" line="66" />
        <source>&amp;Languages spoken by the volunteers</source>
        <translation>&amp;Languages spoken by the volunteers</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../app.py" line="55" />
        <source>PeerHelper cannot start</source>
        <translation>PeerHelper cannot start</translation>
    </message>
    <message>
        <location filename="../app.py" line="56" />
        <source>PeerHelper cannot save its data in the folder
%1

Reason: %2

Choose another folder with --data-dir, or ask someone to give you permission to write there.</source>
        <translation>PeerHelper cannot save its data in the folder
%1

Reason: %2

Choose another folder with --data-dir, or ask someone to give you permission to write there.</translation>
    </message>
    <message>
        <location filename="../app.py" line="68" />
        <source>The PeerHelper database is damaged and cannot be opened safely.</source>
        <translation>The PeerHelper database is damaged and cannot be opened safely.</translation>
    </message>
    <message>
        <location filename="../app.py" line="72" />
        <source>PeerHelper can restore the newest good backup. The damaged file is kept aside in the data folder; nothing is deleted.</source>
        <translation>PeerHelper can restore the newest good backup. The damaged file is kept aside in the data folder; nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../app.py" line="78" />
        <source>No good backup was found. The damaged file is in the data folder:
%1</source>
        <translation>No good backup was found. The damaged file is in the data folder:
%1</translation>
    </message>
    <message>
        <location filename="../app.py" line="82" />
        <source>Damaged database</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location filename="../app.py" line="89" />
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Restore the newest backup</translation>
    </message>
    <message>
        <location filename="../app.py" line="92" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
</TS>