; Inno Setup 6 script: the Windows installer for the onedir bundle in dist\vssid-helper\.
;   iscc /DAppVersion=0.1.0 packaging\windows\installer.iss   ->  dist\vssid-helper-0.1.0-setup.exe
; scripts\build.ps1 -Installer builds the bundle and runs this with the version from app\__init__.py.
; Signing: define a sign tool and /DSign, e.g.
;   iscc "/Ssigntool=signtool.exe sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /a $f" /DSign ...
; Vietnamese wizard: Inno Setup ships no Vietnamese.isl; put the translation from
; https://jrsoftware.org/files/istrans/ next to this file and it is used (and offered first).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "VssID password helper"
#define AppExe "vssid-helper.exe"

[Setup]
AppId={{BAEE201A-4371-4D60-B49D-22464D220155}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=VssID password helper contributors
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
; Per-user install needs no administrator; IT installs for everyone with /ALLUSERS.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 1809 and later.
MinVersion=10.0.17763
OutputDir=..\..\dist
OutputBaseFilename=vssid-helper-{#AppVersion}-setup
SetupIconFile=..\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
#ifexist AddBackslash(SourcePath) + "Vietnamese.isl"
Name: "vi"; MessagesFile: "Vietnamese.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade must not keep libraries the new version no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Dirs]
; The deployment folder (settings.toml, contact.key, an office's content): installed for all
; users, the installer makes it, so that no kiosk account can make it first and own it.
; Its access list is set below; it stays when the program is removed (IT's settings and key).
Name: "{commonappdata}\vssid-helper"; Flags: uninsneveruninstall; Check: IsAdminInstallMode

[Files]
Source: "..\..\dist\vssid-helper\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
; Administrators and SYSTEM may change the deployment folder, every other account only read it:
; inherited entries off (ProgramData lets every user create files in its subfolders). SIDs, not
; names, which Windows translates. IT narrows contact.key further (docs/kiosk.md).
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\vssid-helper"" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX"; Flags: runhidden waituntilterminated; Check: IsAdminInstallMode
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
