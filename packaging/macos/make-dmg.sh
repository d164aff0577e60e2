#!/usr/bin/env bash
# Make dist/vssid-helper-<version>-macos.dmg from "dist/VssID password helper.app" (scripts/build first).
# macOS only: it needs hdiutil, codesign and xcrun. Optional, when the variables are set:
#   MACOS_SIGN_IDENTITY="Developer ID Application: NAME (TEAMID)"  sign the disk image
#       (build with the same variable set: the spec then signs the .app with the hardened runtime)
#   MACOS_NOTARY_PROFILE=NAME   notarise and staple; make the profile once with
#       xcrun notarytool store-credentials NAME --apple-id ID --team-id TEAMID --password APP-PASSWORD
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(uname -s)" = Darwin ] || { echo "make-dmg.sh runs on macOS only (hdiutil)." >&2; exit 1; }
APP="dist/VssID password helper.app"
[ -d "$APP" ] || { echo "$APP not found: run scripts/build first." >&2; exit 1; }
VERSION=$(/usr/libexec/PlistBuddy -c "Print CFBundleShortVersionString" "$APP/Contents/Info.plist")
DMG="dist/vssid-helper-$VERSION-macos.dmg"

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
ditto "$APP" "$STAGE/$(basename "$APP")"   # ditto keeps the symlinks and signatures
ln -s /Applications "$STAGE/Applications"  # the person drags the app onto this
rm -f "$DMG"
hdiutil create -volname "VssID password helper" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG" >/dev/null

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --verify --deep --strict "$APP"
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
fi
if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    [ -n "${MACOS_SIGN_IDENTITY:-}" ] || { echo "Notarising needs MACOS_SIGN_IDENTITY too." >&2; exit 1; }
    xcrun notarytool submit "$DMG" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose "$DMG"
fi
echo "$DMG"
