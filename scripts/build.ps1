# Build the frozen program on Windows: dist\vssid-helper\vssid-helper.exe.
#   scripts\build.ps1              the onedir bundle
#   scripts\build.ps1 -SmokeTest   then start it headless and check it (packaging\smoke_test.py)
#   scripts\build.ps1 -Installer   then dist\vssid-helper-<version>-setup.exe (needs Inno Setup 6)
param([switch]$SmokeTest, [switch]$Installer)
. "$PSScriptRoot\_env.ps1"
$py = Ensure-Venv "test,build"
& $py -m PyInstaller --noconfirm --log-level WARN packaging\vssid-helper.spec
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
if ($SmokeTest) {
    & $py packaging\smoke_test.py
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}
if ($Installer) {
    $iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
    if (-not $iscc) { $iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
    if (-not (Test-Path $iscc)) { throw "Inno Setup 6 is needed for -Installer: https://jrsoftware.org/isdl.php" }
    $version = & $py -c "import app; print(app.__version__)"
    & $iscc "/DAppVersion=$version" packaging\windows\installer.iss
    exit $LASTEXITCODE
}
