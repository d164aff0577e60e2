# Start the VssID password helper from this checkout: scripts\run.ps1 [--lang en] [--kiosk] ...
. "$PSScriptRoot\_env.ps1"
$py = Ensure-Venv "test"
& $py -m app @args
exit $LASTEXITCODE
