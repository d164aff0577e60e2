"""Entry point: command-line flags, the settings, the QApplication, and the top-level window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import __version__


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
                        help="read a staff PIN (4 to 12 digits), print its hash for the settings file, and exit")
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


def load_settings_for(args: argparse.Namespace):
    """The settings for these flags, with every problem found; writes a new contact key where one is needed."""
    from app.core.settings import ensure_contact_key, load_settings, site_settings_file, user_settings_file

    data_dir = Path(args.data_dir) if args.data_dir else None
    site = Path(args.site_settings) if args.site_settings else site_settings_file()
    user = user_settings_file(data_dir)
    overrides = {"language": args.lang, "kiosk": args.kiosk, "font_scale": args.font_scale,
                 "high_contrast": args.high_contrast}
    settings, problems = load_settings(site, user, overrides)
    if settings.kiosk and not settings.clear_contacts:
        # With --data-dir everything of this run stays in DIR (tests, portable installs).
        settings, written = ensure_contact_key(settings, [user] if data_dir else [site, user])
        if written is not None:
            print(f"settings: a new contact_key was saved in {written}", file=sys.stderr)
    for problem in problems:
        print(f"settings: {problem}", file=sys.stderr)
    return settings, problems


def open_attempt_log(args: argparse.Namespace, settings):
    """The attempt log in --data-dir or the user data folder; a kiosk keeps contacts as keyed hashes only."""
    from app.core.attempts import AttemptLog, default_log_folder

    folder = Path(args.data_dir) if args.data_dir else default_log_folder()
    hashed = settings.kiosk and not settings.clear_contacts and settings.contact_key
    log = AttemptLog.open(folder, contact_key=bytes.fromhex(settings.contact_key) if hashed else None)
    log.purge_older_than(settings.retention_days)
    return log


def build_window(argv: list[str]):
    """Build the top-level window for these arguments; a QApplication must already exist."""
    from app.ui.i18n import install_language
    from app.ui.window import WizardWindow

    args = parse_args(argv)
    settings, problems = load_settings_for(args)
    install_language(settings.language)
    window = WizardWindow(lang=settings.language, settings=settings, attempt_log=open_attempt_log(args, settings))
    from app.ui.pages.waiting import attach_attempts

    attach_attempts(window)
    if settings.kiosk:
        from app.ui.kiosk import Kiosk

        Kiosk(window)
    else:
        from app.ui.history import attach_history
        from app.ui.staff import attach_cause_list

        from app.ui.sources_panel import attach_sources_panel

        attach_cause_list(window)
        attach_history(window)
        attach_sources_panel(window)
    if problems:
        from app.ui.staff import show_settings_problems

        show_settings_problems(window, problems)
    return window


def print_pin_hash() -> int:
    """``--hash-pin``: read the PIN (typed twice on a terminal, else one line of stdin), print its hash."""
    from getpass import getpass

    from app.core.settings import hash_pin, pin_is_acceptable

    if sys.stdin.isatty():
        pin = getpass("Staff PIN (4 to 12 digits): ")
        if getpass("The same PIN again: ") != pin:
            print("The two PINs differ; nothing was printed.", file=sys.stderr)
            return 1
    else:
        pin = sys.stdin.readline().strip()
    if not pin_is_acceptable(pin):
        print("A staff PIN is 4 to 12 digits (0-9); nothing was printed.", file=sys.stderr)
        return 1
    print(hash_pin(pin))
    print("Put it in the settings file as: staff_pin_hash = \"<the line above>\"", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the program: ``python -m app`` and the ``vssid-helper`` command."""
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)  # --help, --version and bad flags end here, before Qt starts
    if args.hash_pin:
        return print_pin_hash()
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
        from app.core.attempts import export_log_cli

        return export_log_cli(Path(args.data_dir) if args.data_dir else None, Path(args.export_log))
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("VssID password helper")
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon

    from app.core.paths import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "app.svg")))
    window = build_window(argv)
    window.show()
    code = app.exec()
    window.attempt_log.close()
    return code
