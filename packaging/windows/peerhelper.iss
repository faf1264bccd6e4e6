; Inno Setup 6.3+ script for the PeerHelper installer on Windows.
;
; Installs for the current user only, without administrator rights, into
; %LOCALAPPDATA%\Programs\PeerHelper, with a Start-menu entry and an ordinary
; uninstaller (Settings > Apps). IT staff can still install for all users
; with the /ALLUSERS switch.
;
; Normally run by `python packaging/build.py`, which passes the version and
; the folder built by PyInstaller. By hand, after that build:
;     iscc /DAppVersion=0.1.0 packaging\windows\peerhelper.iss
;
; The user's data (%APPDATA%\PeerHelper: database, backups, settings) is not
; part of the installation, so uninstalling or updating never touches it.

#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed (x64compatible architectures).
#endif

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\PeerHelper"
#endif

#define AppName "PeerHelper"
#define AppExe "PeerHelper.exe"

[Setup]
; Keep this id for ever: Windows recognises updates and the uninstaller by it.
AppId={{33656398-56B3-4194-97E1-87515D55D419}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
; Per-user installation without a UAC prompt.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
; {autopf} is %LOCALAPPDATA%\Programs in a per-user installation.
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-setup
SetupIconFile=..\..\assets\symbols\app-icon.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; The app may be open while an update installs; ask to close it first.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder app; PeerHelperData is never shipped in the installer,
; because an installed copy keeps its data in the user's profile.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Excludes: "PeerHelperData"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A new version replaces the bundled libraries as a whole, so no file of an
; older version is left to be loaded by mistake.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Picture guides, session log and handouts for digital support"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
