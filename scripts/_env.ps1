# Dot-sourced by run.ps1 and test.ps1: makes .venv and installs the project into it. Safe to run again.
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Ensure-Venv([string]$Extras) {
    $py = Join-Path $Root ".venv\Scripts\python.exe"
    if (-not (Test-Path $py)) {
        $base = (Get-Command py -ErrorAction SilentlyContinue)
        if ($base) { & py -3.11 -m venv .venv } else { & python -m venv .venv }
        if ($LASTEXITCODE -ne 0) { throw "Python 3.11 or newer is needed: install it from python.org" }
    }
    $stamp = Join-Path $Root ".venv\.installed"
    $want = "$Extras " + (Get-FileHash pyproject.toml).Hash
    if (-not (Test-Path $stamp) -or (Get-Content $stamp) -ne $want) {
        & $py -m pip install -q --upgrade pip
        & $py -m pip install -q -e ".[$Extras]"
        if ($LASTEXITCODE -ne 0) { throw "installing the project failed" }
        Set-Content $stamp $want
    }
    return $py
}
