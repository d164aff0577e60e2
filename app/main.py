"""Entry point: command-line flags, the settings, the QApplication, and the top-level window."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__

if TYPE_CHECKING:
    from app.core.settings import Settings, SettingsProblem


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line; bad flags end the program with argparse's message and exit code 2."""
    parser = argparse.ArgumentParser(
        prog="vssid-helper",
        description="Step-by-step help when the VssID password never arrived.",
    )
    # Flags left out are None, so that the settings files decide.
    parser.add_argument("--lang", choices=("vi", "en"), default=None, help="interface language (default: vi)")
    parser.add_argument("--kiosk", action="store_true", default=None,
                        help="full-screen kiosk mode for public machines")
    parser.add_argument("--data-dir", metavar="DIR", help="folder for the attempt log and the per-user settings")
    parser.add_argument("--font-scale", type=int, choices=(100, 125, 150), default=None, help="text size in percent")
    parser.add_argument("--high-contrast", action="store_true", default=None, help="white on black, yellow accents")
    parser.add_argument("--site-settings", metavar="FILE",
                        help="read FILE instead of the deployment-wide settings file (to try one out)")
    parser.add_argument("--hash-pin", action="store_true",
                        help="read a staff PIN (6 to 12 digits), print its hash for the settings file, and exit")
    parser.add_argument("--make-contact-key", action="store_true",
                        help="print a new contact key for a kiosk's contact.key file (written by IT), and exit")
    parser.add_argument("--self-test", action="store_true",
                        help="check translations, guides, every page and the attempt log without a window, then exit")
    parser.add_argument("--screenshot", metavar="FILE", help="save the first page as a PNG image, then exit")
    parser.add_argument("--export-log", metavar="FILE",
                        help="write the attempt log to FILE as CSV (UTF-8) and exit, without opening a window")
    parser.add_argument("--content-report", metavar="FILE", nargs="?", const="-",
                        help="write every page and guide with its facts, how sure and since when, oldest first, "
                             "in the language of --lang, to FILE or the screen, and exit")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def data_folder(args: argparse.Namespace) -> Path:
    """Where the attempt log lives: --data-dir, or the user data folder."""
    from app.core.attempts import default_log_folder

    return Path(args.data_dir) if args.data_dir else default_log_folder()


def load_settings_for(args: argparse.Namespace):
    """The settings for these flags, with every problem found (also on the error output). Writes nothing."""
    from app.cli import say
    from app.core.settings import contact_key_file, load_settings, site_settings_file, user_settings_file

    data_dir = Path(args.data_dir) if args.data_dir else None
    site = Path(args.site_settings) if args.site_settings else site_settings_file()
    user = user_settings_file(data_dir)
    overrides = {"language": args.lang, "kiosk": args.kiosk, "font_scale": args.font_scale,
                 "high_contrast": args.high_contrast}
    settings, problems = load_settings(site, user, overrides, key_file=contact_key_file(site),
                                       data_dir=data_folder(args))
    for problem in problems:
        say(f"settings: {problem}", sys.stderr)
    return settings, problems


def open_attempt_log(args: argparse.Namespace, settings):
    """The attempt log in --data-dir or the user data folder; a kiosk keeps contacts as keyed hashes only.

    A kiosk without a contact key keeps this session's requests in memory only, hashed with a
    key that dies with it: hashes under a key nobody keeps would match nothing tomorrow.
    """
    from app.core.attempts import AttemptLog, LogNotice
    from app.core.files import remove_leftovers
    from app.core.settings import site_settings_file, user_settings_file

    folder = data_folder(args)
    site = Path(args.site_settings) if args.site_settings else site_settings_file()
    remove_leftovers(folder, user_settings_file(Path(args.data_dir) if args.data_dir else None).parent, site.parent)
    if settings.hashes_contacts and settings.contact_key is None:
        from app.core.attempts import new_contact_key

        log = AttemptLog.open(None, contact_key=new_contact_key())
        log.notice = LogNotice.NOT_SAVED
        return log
    key = settings.contact_key if settings.hashes_contacts else None
    return AttemptLog.open(folder, contact_key=bytes.fromhex(key) if key else None)  # the window purges it


class Prepared:
    """What ``prepare`` read: the flags, the settings, and the problems found in the settings."""

    __slots__ = ("args", "problems", "settings")

    def __init__(self, args: argparse.Namespace, settings: Settings, problems: list[SettingsProblem]) -> None:
        self.args, self.settings, self.problems = args, settings, problems


def prepare(argv: list[str] | argparse.Namespace) -> Prepared:
    """The part of the start that needs no Qt: the flags, the settings and the welcome page's rules.

    ``main`` calls it before PySide6 is imported. PySide6 reads the source of every module
    imported after it (to see whether it uses its ``__feature__`` switch), about 0.1 ms a module.
    """
    args = argv if isinstance(argv, argparse.Namespace) else parse_args(argv)
    settings, problems = load_settings_for(args)
    # The modules the welcome page is built from, so that PySide6 does not read them.
    import app.core.content.store  # the scam warning
    import app.core.session  # noqa: F401  (the journey the welcome page starts)

    return Prepared(args, settings, problems)


def build_window(argv: list[str] | Prepared):
    """Build the top-level window for these arguments; a QApplication must already exist.

    The first frame needs only the welcome page: the attempt log and the staff panels are opened
    in the first turn of the event loop after it. ``window.finish_start()`` does that at once.
    """
    from app.cli import say
    from app.ui.i18n import TranslationMissing, install_language
    from app.ui.window import WizardWindow

    prepared = argv if isinstance(argv, Prepared) else prepare(argv)
    args, settings, problems = prepared.args, prepared.settings, prepared.problems
    missing = None
    try:
        install_language(settings.language)
    except TranslationMissing as error:  # a deleted or broken .qm: the source language, never no window
        missing = f"{error}; the interface is in English"
        say(f"translations: {missing}", sys.stderr)
        settings = replace(settings, language="en")
        install_language("en")
    # The first frame shows the welcome page only: the log and the staff panels come right after it.
    window = WizardWindow(settings, open_log=lambda: open_attempt_log(args, settings))
    if missing is not None:
        window.tell_content_problem(missing)
    if not settings.kiosk:
        def staff_panels() -> None:
            from app.ui.staff import add_staff_panels  # after the first frame, with the panels

            add_staff_panels(window)

        window.when_started(staff_panels)
    else:
        window.finish_start()  # a kiosk is whole before anyone sees it
    if problems:
        from app.ui.staff import SettingsNotice

        window.add_notice(SettingsNotice(problems))
    return window


def main(argv: list[str] | None = None) -> int:
    """Run the program: ``python -m app`` and the ``vssid-helper`` command."""
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)  # --help, --version and bad flags end here, before Qt starts
    if args.hash_pin:
        from app.cli import print_pin_hash

        return print_pin_hash()
    if args.make_contact_key:
        from app.cli import print_contact_key

        return print_contact_key(Path(args.site_settings) if args.site_settings else None)
    if args.self_test:
        from app.selftest import run_self_test

        return run_self_test()
    if args.screenshot:
        from app.selftest import save_first_page

        rest = [a for a in argv if a != args.screenshot and a != "--screenshot"]
        return save_first_page(Path(args.screenshot), rest)
    if args.content_report is not None:
        from app.core.content.report import report_cli

        site = Path(args.site_settings) if args.site_settings else None
        return report_cli(args.lang, args.content_report, site, Path(args.data_dir) if args.data_dir else None)
    if args.export_log:
        from app.cli import export_log

        return export_log(Path(args.data_dir) if args.data_dir else None, Path(args.export_log))
    prepared = prepare(args)  # before Qt (see prepare)
    from PySide6.QtWidgets import QApplication

    found = QApplication.instance()
    app = found if isinstance(found, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("VssID password helper")
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon

    from app.core.paths import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "app.svg")))
    window = build_window(prepared)
    window.show()
    code = app.exec()
    if window.session.log is not None:
        window.session.log.close()
    return code
