"""The summary a person reads to the hotline operator: what it says, in what order, and its QR code."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
import zxingcpp

from app import __version__
from app.core.attempts import Action, Attempt, Channel, Outcome
from app.core.content import ContentError
from app.core.flow import (
    CAUSES,
    Arrived,
    CauseResult,
    ChannelChoice,
    Contact,
    Flow,
    PathEntry,
    Registration,
    Start,
    StepId,
    WaysInResult,
)
from app.core.paths import resources_dir
from app.core.summary import (
    QR_MAX_BYTES,
    HotlineSummary,
    SummaryFacts,
    SummaryQr,
    essential_summary,
    hotline_summary,
    summary_qr,
    summary_words,
    ways_to_try_first,
)
from tests.vietnamese import SPUN_WORDS

HANOI = dt.timezone(dt.timedelta(hours=7))
NOW = dt.datetime(2026, 11, 25, 14, 5, tzinfo=HANOI)
PHONE, EMAIL, CODE = "0912 345 678", "nguyenvanlan@gmail.com", "0123456789"


def words(lang="vi"):
    return summary_words()[lang]


def session(
    registration=Registration.IN_APP,
    channel=ChannelChoice.SMS,
    contact=Contact(PHONE, EMAIL, CODE),
    fixed: StepId | None = None,
    to_hotline=False,
) -> Flow:
    """A session that passes every cause as "not this", except ``fixed``; then the password does not come."""
    flow = Flow()
    for answer in (Start(), registration, channel):
        flow.answer(answer)
    if flow.accepts(contact):
        flow.answer(contact)
    else:
        # The contact checks refuse this text; the summary must stay safe with it all the same.
        flow.path.append(PathEntry(StepId.CONTACT, contact))
        flow._current = flow._cause_after(None)
    while flow.current in CAUSES:
        flow.answer(CauseResult.FIXED if flow.current is fixed else CauseResult.NOT_THIS)
        if flow.current is StepId.ARRIVED:
            flow.answer(Arrived.NO)
    if to_hotline:
        assert flow.current is StepId.WAYS_IN
        flow.answer(WaysInResult.NEED_HELP)
    return flow


def attempts() -> list[Attempt]:
    # Given out of order and in two time zones, as a log might hand them over.
    return [
        Attempt(1, dt.datetime(2026, 11, 25, 13, 0, tzinfo=HANOI), Channel.EMAIL, EMAIL, Action.FORGOT_PASSWORD,
                Outcome.NOT_ARRIVED),
        Attempt(2, dt.datetime(2026, 11, 20, 2, 12, tzinfo=dt.UTC), Channel.SMS, PHONE, Action.REGISTRATION,
                Outcome.NOT_ARRIVED),
        Attempt(3, dt.datetime(2026, 11, 25, 13, 30, tzinfo=HANOI), Channel.SMS, PHONE, Action.HOTLINE_KEY8),
    ]


def asked(at: dt.datetime, action: Action = Action.FORGOT_PASSWORD) -> Attempt:
    return Attempt(9, at, Channel.SMS, PHONE, action, Outcome.NOT_ARRIVED)


def text_of(flow: Flow, lang: str = "vi", now=None, attempts=(), **names) -> str:
    return hotline_summary(SummaryFacts.gather(flow, now, attempts, **names), lang)


def essential_of(flow: Flow, lang: str = "vi", now=None, attempts=(), **names) -> str:
    return essential_summary(SummaryFacts.gather(flow, now, attempts, **names), lang)


def section(text: str, heading: str) -> list[str]:
    """The "- " lines right under ``heading`` in the summary."""
    lines = text.splitlines()
    assert f"{heading}:" in lines, f"no {heading!r} section in:\n{text}"
    out = []
    for line in lines[lines.index(f"{heading}:") + 1:]:
        if not line.startswith("- "):
            break
        out.append(line[2:])
    return out


# -- what it says -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("cause", list(CAUSES))
def test_each_cause_fixed_is_named_apart_from_those_ruled_out(cause, lang):
    flow = session(registration=Registration.NOT_SURE, channel=ChannelChoice.NOT_SURE, fixed=cause)
    w = words(lang)
    text = text_of(flow, lang, NOW)
    assert section(text, w.text["fixed"]) == [w.cause[cause]], f"the operator did not learn that {cause} was fixed"
    answered = [step for step, _ in flow.cause_results()]
    ruled_out = [w.cause[step] for step in answered if step is not cause]
    if ruled_out:
        assert section(text, w.text["not_this"]) == ruled_out
    else:
        assert f"{w.text['not_this']}:" not in text


def test_every_cause_ruled_out_and_nothing_came():
    text = text_of(session(to_hotline=True), "vi", NOW)
    w = words()
    checked = section(text, w.text["not_this"])
    assert checked == [w.cause[s] for s in CAUSES if s is not StepId.CONTACT_ON_FILE], (
        "an in-app registration was reported as checked for the employer's contact"
    )
    assert w.text["fixed"] not in text
    assert w.text["arrived_no"] in text
    assert w.text["ways_seen"] in text


def test_no_cause_checked_yet_says_so():
    flow = Flow()
    for answer in (Start(), Registration.OFFICE_OR_EMPLOYER, ChannelChoice.EMAIL, Contact("", EMAIL)):
        flow.answer(answer)
    text = text_of(flow, "vi", NOW)
    assert words().text["no_causes"] in text
    assert "tại cơ quan BHXH hoặc qua đơn vị sử dụng lao động" in text
    assert f"Chờ mật khẩu qua: {words().text['by_email']}" in text


def test_the_parts_for_the_printed_page_hold_the_lines_of_the_text():
    flow = session(to_hotline=True)
    summary = HotlineSummary.build(flow, NOW, attempts(), network="Viettel", provider="Gmail")
    for lang, text in (("vi", summary.vietnamese), ("en", summary.english)):
        keys = [section.key for group in summary.groups[lang] for section in group]
        assert keys == ["contact", "attempts", "since", "not_this", "notes", "made_by"], keys
        for group in summary.groups[lang]:
            for section in group:
                for line in section.lines:
                    assert (f"- {line}" if section.bullets else line) in text.splitlines(), (
                        f"the printed page would say {line!r}, the text does not")


def test_leads_with_the_contact_in_full_and_the_networks():
    text = text_of(session(), "vi", NOW, network="Viettel", provider="Gmail")
    lines = text.splitlines()
    assert lines[0] == words().text["heading"]
    assert lines[1] == f"Số điện thoại: {PHONE} (nhà mạng gốc: Viettel)"
    assert lines[2] == f"Email: {EMAIL} (nhà cung cấp: Gmail)"
    assert lines[3] == f"Mã số BHXH: {CODE}"


def test_contact_not_given_is_said_plainly_and_the_network_comes_from_the_number_itself():
    text = text_of(session(contact=Contact(PHONE)), "en", NOW)
    network = Contact(PHONE).phone_check.network
    assert network and f"Phone number: {PHONE} (original network: {network})\n" in text
    foreign = text_of(session(contact=Contact("+44 7700 900123"), channel=ChannelChoice.NOT_SURE), "en", NOW)
    assert "original network" not in foreign, "a network was named for a number that has none in Vietnam"
    assert "Email: not given" in text
    assert "Social insurance number (mã số BHXH): not given" in text


def test_what_was_done_in_time_order_with_local_times_then_time_since_the_last_request():
    text = text_of(session(), "vi", NOW, attempts())
    assert section(text, words().text["attempts"]) == [
        "09:12 20/11/2026: Gửi đăng ký tài khoản: chưa nhận được",
        "13:00 25/11/2026: Bấm “Quên mật khẩu”: chưa nhận được",
        "13:30 25/11/2026: Gọi 1900 9068, bấm phím 8: chưa rõ",
    ]
    assert "Cách đăng ký: trong ứng dụng VssID\n" in text, "a registration time was stated that the person never gave"
    assert f"{words().text['since_last']}: 35 phút" in text


def test_english_version_says_the_same_in_english():
    text = text_of(session(), "en", NOW, attempts())
    assert section(text, "What was done (time on this computer)")[0] == (
        "09:12 20/11/2026: Sent the registration: nothing arrived"
    )
    assert "Since the last “Quên mật khẩu” or key-8 call: 35 minutes" in text
    assert "How they registered: in the VssID app\n" in text


def test_the_time_since_the_last_request_counts_from_quen_mat_khau_or_key_8_only():
    done = [asked(NOW - dt.timedelta(hours=2)), asked(NOW - dt.timedelta(minutes=10), Action.ASKED_OFFICE)]
    assert f"{words().text['since_last']}: 2 giờ\n" in text_of(session(), "vi", NOW, done)
    only_registered = [asked(NOW - dt.timedelta(days=3), Action.REGISTRATION)]
    assert words().text["since_last"] not in text_of(session(), "vi", NOW, only_registered)


def test_without_attempts_says_none_were_recorded_and_no_time_since():
    text = text_of(session(), "vi", NOW)
    assert section(text, words().text["attempts"]) == []
    assert words().text["no_attempts"] in text
    assert words().text["since_last"] not in text
    assert "Cách đăng ký: trong ứng dụng VssID\n" in text


def test_no_line_tells_of_an_action_vssid_does_not_have():
    for lang in ("vi", "en"):
        text = text_of(session(to_hotline=True), lang, NOW, attempts()).lower()
        for phrase in ("gửi lại", "yêu cầu lại", "again", "resend"):
            assert phrase not in text, f"the {lang} summary says {phrase!r}: {text}"


def test_order_contact_then_attempts_and_how_long_ago_then_causes_then_version():
    # How long ago the last request was belongs with what was done: on a short screen it is read first.
    text = text_of(session(to_hotline=True), "vi", NOW, attempts())
    w = words().text
    marks = [PHONE, w["attempts"], w["since_last"], w["not_this"], __version__]
    places = [text.index(mark) for mark in marks]
    assert places == sorted(places), f"the summary is not in the operator's order:\n{text}"
    assert text.splitlines()[-2:] == [
        f"Trợ giúp mật khẩu VssID {__version__} tạo lúc 14:05 25/11/2026",
        f"Hướng dẫn theo: nội dung có sẵn của chương trình, phiên bản {__version__}",
    ], "the operator cannot tell which program and which content made the summary"


@pytest.mark.parametrize(
    ("ago", "vi", "en"),
    [
        (dt.timedelta(seconds=40), "chưa đến 1 phút", "under 1 minute"),
        (dt.timedelta(minutes=1), "1 phút", "1 minute"),
        (dt.timedelta(hours=2), "2 giờ", "2 hours"),
        (dt.timedelta(hours=1, minutes=5), "1 giờ 5 phút", "1 hour 5 minutes"),
        (dt.timedelta(days=2, hours=3, minutes=59), "2 ngày 3 giờ", "2 days 3 hours"),
    ],
)
def test_time_since_the_last_request_reads_naturally(ago, vi, en):
    attempt = [asked(NOW - ago)]
    assert f"{words().text['since_last']}: {vi}\n" in text_of(session(), "vi", NOW, attempt)
    assert f"{words('en').text['since_last']}: {en}\n" in text_of(session(), "en", NOW, attempt)


def test_a_clock_moved_back_does_not_invent_a_wait():
    attempt = [asked(NOW + dt.timedelta(hours=1))]
    text = text_of(session(), "vi", NOW, attempt)
    assert f"{words().text['since_last']}: {words().text['since_unknown']}" in text


def test_times_without_a_time_zone_are_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        text_of(session(), "vi", NOW.replace(tzinfo=None))
    with pytest.raises(ValueError, match="timezone-aware"):
        text_of(session(), "vi", NOW, [asked(dt.datetime(2026, 11, 25, 9, 0))])


def test_the_longest_summary_reads_aloud_in_about_a_minute():
    # Every cause checked, three requests: at about 240 spoken syllables a minute.
    flow = session(registration=Registration.NOT_SURE, channel=ChannelChoice.NOT_SURE, to_hotline=True)
    text = text_of(flow, "vi", NOW, attempts(), network="Viettel", provider="Gmail")
    assert len(text.split()) <= 240, f"{len(text.split())} words is more than a minute to read:\n{text}"


# -- what a person typed stays as typed ---------------------------------------------------------


def test_typed_markup_stays_literal():
    contact = Contact("<b>0912</b>", "<i>lan</i>@gmail.com", "&lt;12&gt;")
    for lang in ("vi", "en"):
        text = text_of(session(channel=ChannelChoice.NOT_SURE, contact=contact), lang, NOW)
        for typed in ("<b>0912</b>", "<i>lan</i>@gmail.com", "&lt;12&gt;"):
            assert typed in text, f"{typed!r} was changed in the {lang} summary"


def test_a_line_break_in_typed_text_cannot_forge_a_line():
    contact = Contact("0912345678\nMã số BHXH: 9999999999", EMAIL)
    text = text_of(session(contact=contact), "vi", NOW)
    assert not any(line.startswith("Mã số BHXH: 9999") for line in text.splitlines()), "a typed line became a line"
    assert "Số điện thoại: 0912 345 678 (" in text, "the number the contact page took is not the one shown"


@pytest.mark.parametrize(("typed", "vi", "en"), [
    ("0123456789", "Mã số BHXH: 0123456789", "Social insurance number (mã số BHXH): 0123456789"),
    ("001203004567", "Số định danh cá nhân (12 chữ số, số trên CCCD): 001203004567",
     "Personal identification number (số định danh cá nhân, 12 digits, on the CCCD): 001203004567"),
    ("12345", "Mã số BHXH hoặc số định danh (như đã nhập): 12345",
     "Social insurance or identification number (as typed): 12345"),
])
def test_the_code_is_printed_as_typed_and_named_as_the_number_it_is(typed, vi, en):
    flow = session(contact=Contact(PHONE, EMAIL, typed))
    assert vi in text_of(flow, "vi", NOW).splitlines()
    assert en in text_of(flow, "en", NOW).splitlines()
    assert vi.split(": ")[0] in essential_of(flow, "vi", NOW)


def test_invisible_control_characters_are_not_passed_on():
    # A right-to-left override would show the number reversed on the operator's screen.
    text = text_of(session(contact=Contact("0912\u202e345678", "lan@gmail.com\x1b[2J")), "vi", NOW)
    assert "\u202e" not in text and "\x1b" not in text
    assert "Số điện thoại: 0912 345 678 (" in text
    assert "Email: lan@gmail.com [2J" in text


# -- both languages, the ways to try ------------------------------------------------------------


def test_build_makes_the_vietnamese_one_and_the_english_one_at_the_same_moment():
    summary = HotlineSummary.build(session(), NOW, attempts(), network="Viettel", provider="Gmail")
    assert summary.vietnamese == text_of(session(), "vi", NOW, attempts(), network="Viettel", provider="Gmail")
    assert summary.english == text_of(session(), "en", NOW, attempts(), network="Viettel", provider="Gmail")


def test_build_names_the_network_and_provider_from_the_contact_itself():
    summary = HotlineSummary.build(session(contact=Contact("0912 345 678", "lan@yahoo.com.vn")), NOW)
    assert "Vinaphone" in summary.vietnamese or "VinaPhone" in summary.vietnamese
    assert "Yahoo" in summary.vietnamese


def test_the_operator_asks_for_key_8_email_recovery_and_vneid():
    titles = [way.title for way in ways_to_try_first("vi")]
    assert titles == [
        "Gọi tổng đài 1900 9068, bấm phím 8",
        "Lấy lại mật khẩu qua email",
        "Đăng nhập VssID bằng tài khoản VNeID",
    ]
    assert ways_to_try_first("en")[0].title == "Call the hotline 1900 9068 and press key 8"


# -- the QR code --------------------------------------------------------------------------------


def decode(qr: SummaryQr, module: int = 4) -> str:
    """Read the code back the way a camera would: a grey image with the quiet zone, then a real decoder."""
    border = qr.QUIET_ZONE
    side = (len(qr.modules) + 2 * border) * module
    pixels = bytearray(b"\xff") * (side * side)
    for y, row in enumerate(qr.modules):
        for x, dark in enumerate(row):
            if dark:
                for dy in range(module):
                    start = ((y + border) * module + dy) * side + (x + border) * module
                    pixels[start:start + module] = bytes(module)
    found = zxingcpp.read_barcodes(memoryview(pixels).cast("B", (side, side)))
    assert len(found) == 1, "a phone would not find the QR code"
    assert found[0].format == zxingcpp.BarcodeFormat.QRCode
    return found[0].text


def test_a_short_summary_goes_whole_into_the_qr_code():
    flow = Flow()
    for answer in (Start(), Registration.IN_APP, ChannelChoice.SMS, Contact(PHONE)):
        flow.answer(answer)
    summary = HotlineSummary.build(flow, NOW)
    assert len(summary.vietnamese.encode()) <= QR_MAX_BYTES
    assert summary.qr.complete
    assert summary.qr.text == summary.vietnamese
    assert decode(summary.qr) == summary.vietnamese


def test_a_long_summary_puts_its_main_part_in_the_qr_code_and_says_so():
    flow = session(to_hotline=True)
    summary = HotlineSummary.build(flow, NOW, attempts(), network="Viettel", provider="Gmail")
    assert len(summary.vietnamese.encode()) > QR_MAX_BYTES
    qr = summary.qr
    assert not qr.complete
    assert qr.text == essential_of(flow, "vi", NOW, attempts(), network="Viettel", provider="Gmail")
    lines = qr.text.splitlines()
    assert lines[0] == words().text["short_heading"], "the code does not say it holds only the main part"
    assert f"SĐT: {PHONE} (Viettel)" in lines
    assert f"Email: {EMAIL} (Gmail)" in lines
    assert f"Mã số BHXH: {CODE}" in lines
    assert "Lần yêu cầu gần nhất: 13:30 25/11/2026 (35 phút)" in lines
    short = words().cause_short
    assert f"Đã loại trừ: {', '.join(short[s] for s, _ in flow.cause_results())}" in lines
    assert decode(qr) == qr.text
    assert qr.version <= 20, "too dense for a phone to read from a screen"


def test_the_main_part_names_a_fixed_cause_apart():
    text = essential_of(session(fixed=StepId.SPAM_FOLDER), "vi", NOW)
    assert f"Đã xử lý, vẫn chưa nhận: {words().cause_short[StepId.SPAM_FOLDER]}" in text.splitlines()


def test_the_main_part_always_fits_even_with_absurdly_long_typed_text():
    contact = Contact("9" * 400, "a" * 300 + "@gmail.com", "1" * 300)
    flow = session(channel=ChannelChoice.NOT_SURE, contact=contact, to_hotline=True)
    summary = HotlineSummary.build(flow, NOW, attempts())
    assert not summary.qr.complete
    assert decode(summary.qr) == summary.qr.text
    assert summary.qr.version <= 20


def test_markup_in_the_qr_code_stays_literal():
    qr = summary_qr("Email: <b>lan</b>@gmail.com & co", "")
    assert decode(qr) == "Email: <b>lan</b>@gmail.com & co"


# -- the words file, as an office edits it ------------------------------------------------------


def test_words_file_has_no_spun_words():
    for lang in ("vi", "en"):
        w = words(lang)
        texts = [*w.text.values(), *w.cause.values(), *w.cause_short.values()]
        for text in texts:
            for spun in SPUN_WORDS:
                assert spun not in text.lower(), f"spun word {spun!r} in summary.toml: {text!r}"


def test_a_broken_placeholder_names_the_file_and_the_field(tmp_path):
    broken = tmp_path / "summary.toml"
    shutil.copy(resources_dir() / "summary.toml", broken)
    text = broken.read_text(encoding="utf-8").replace("tạo lúc {time}", "tạo lúc {thoi_gian}", 1)
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=r"summary\.toml: vi\.made_by: should hold \{time\}, \{version\}"):
        summary_words(broken)


def test_a_missing_cause_line_names_the_field(tmp_path):
    broken = tmp_path / "summary.toml"
    shutil.copy(resources_dir() / "summary.toml", broken)
    text = broken.read_text(encoding="utf-8").replace('blocked = "Message blocked or filtered"\n', "", 1)
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=r"en\.cause\.blocked: missing"):
        summary_words(broken)


# -- attempts from the attempt log --------------------------------------------------------------


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("outcome", list(Outcome))
def test_every_logged_attempt_reads_in_the_shared_words_not_codes(action, outcome):
    from app.core.vocabulary import attempt_words

    logged = Attempt(1, NOW - dt.timedelta(minutes=20), Channel.SMS, "+84912345678", action, outcome)
    for lang in ("vi", "en"):
        line = section(text_of(session(), lang, NOW, [logged]), words(lang).text["attempts"])[0]
        vocabulary = attempt_words(lang)
        assert line == f"13:45 25/11/2026: {vocabulary.action[action]}: {vocabulary.outcome[outcome]}"
        assert "_" not in line, f"the operator would hear a code: {line!r}"


def test_a_mistyped_key_in_the_summary_words_is_refused_with_its_line(tmp_path):
    broken = tmp_path / "summary.toml"
    text = (resources_dir() / "summary.toml").read_text(encoding="utf-8").replace("not_given = ", "not_gvien = ", 1)
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=r"summary\.toml.*vi\.not_gvien.*not a known key"):
        summary_words(broken)
