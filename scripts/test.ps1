# Run the whole test suite headless (Qt's offscreen platform): scripts\test.ps1 [pytest args]
. "$PSScriptRoot\_env.ps1"
$py = Ensure-Venv "test"
$env:QT_QPA_PLATFORM = "offscreen"
& $py -m pytest @args
exit $LASTEXITCODE
