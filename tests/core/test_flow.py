"""The wizard's flow, walked without a screen: every branch, Back, and the path it records."""

import pytest

from app.core.flow import (
    CAUSES,
    Arrived,
    CauseResult,
    ChannelChoice,
    Contact,
    Flow,
    FlowError,
    GuideChoice,
    GuideTicks,
    Jump,
    PathEntry,
    Registration,
    Start,
    StepId,
    WaysInResult,
    contact_is_enough,
)

PHONE = Contact(phone="0912 345 678")
BOTH = Contact(phone="0912 345 678", email="lan@gmail.com")


# Which pages offer guides is the content's to say (the guides' ``causes``); the flow routes by it.
# These are the offers of the built-in guides (tests/core/test_guides.py checks that they are).
OFFERS = {
    StepId.SPAM_FOLDER: (CauseResult.PHONE_GUIDE, CauseResult.EMAIL_GUIDE),
    StepId.BLOCKED: (CauseResult.PHONE_GUIDE, CauseResult.EMAIL_GUIDE),
}


def new_flow() -> Flow:
    return Flow(guide_offers=OFFERS)


def flow_at_causes(registration=Registration.NOT_SURE, channel=ChannelChoice.SMS, contact=PHONE) -> Flow:
    flow = new_flow()
    for answer in (Start(), registration, channel, contact):
        flow.answer(answer)
    return flow


def test_opening_pages_in_order():
    flow = new_flow()
    assert flow.current is StepId.WELCOME
    assert flow.answer(Start()) is StepId.REGISTRATION
    assert flow.answer(Registration.IN_APP) is StepId.CHANNEL
    assert flow.answer(ChannelChoice.SMS) is StepId.CONTACT
    assert flow.answer(PHONE) is StepId.WRONG_CONTACT


def test_a_wrong_kind_of_answer_is_refused():
    flow = new_flow()
    assert not flow.accepts(Registration.IN_APP)
    with pytest.raises(FlowError):
        flow.answer(Registration.IN_APP)
    assert flow.current is StepId.WELCOME and flow.path == []


@pytest.mark.parametrize(
    ("channel", "contact", "enough"),
    [
        (ChannelChoice.SMS, Contact(), False),
        (ChannelChoice.SMS, Contact(email="a@b.vn"), False),
        (ChannelChoice.SMS, PHONE, True),
        (ChannelChoice.EMAIL, PHONE, False),
        (ChannelChoice.EMAIL, Contact(email="a@b.vn"), True),
        (ChannelChoice.NOT_SURE, Contact(), False),
        (ChannelChoice.NOT_SURE, Contact(email="a@b.vn"), True),
        (ChannelChoice.NOT_SURE, Contact(bhxh_code="0123456789"), False),
        (ChannelChoice.SMS, Contact(phone="024 3789 9999"), False),  # a landline gets no SMS
        (ChannelChoice.SMS, Contact(phone="0168 912 3456"), False),  # the pre-2018 number: fix it first
        (ChannelChoice.SMS, Contact(phone="0912 345 678", email="lan@"), False),  # optional but wrong
        (ChannelChoice.SMS, Contact(phone="0912 345 678", bhxh_code="12345"), False),
        (ChannelChoice.SMS, Contact(phone="+1 650 253 0000"), False),  # foreign: confirm once
        (ChannelChoice.SMS, Contact(phone="+1 650 253 0000", phone_confirmed=True), True),
        (ChannelChoice.EMAIL, Contact(email="lan@gmial.com"), False),
        (ChannelChoice.EMAIL, Contact(email="lan@gmial.com", email_confirmed=True), True),
    ],
)
def test_contact_page_needs_the_contact_of_the_chosen_channel(channel, contact, enough):
    assert contact_is_enough(channel, contact) is enough
    flow = new_flow()
    for answer in (Start(), Registration.IN_APP, channel):
        flow.answer(answer)
    assert flow.accepts(contact) is enough


def walk_not_this(flow: Flow) -> list[StepId]:
    seen = []
    while flow.current in CAUSES:
        seen.append(flow.current)
        flow.answer(CauseResult.NOT_THIS)
    return seen


def test_not_sure_person_sees_every_cause_in_triage_order():
    flow = flow_at_causes()
    assert walk_not_this(flow) == list(CAUSES)
    assert flow.current is StepId.ARRIVED


def test_in_app_registration_skips_the_contact_on_file_page():
    flow = flow_at_causes(Registration.IN_APP)
    assert StepId.CONTACT_ON_FILE not in walk_not_this(flow)


def test_office_registration_skips_the_in_app_causes():
    seen = walk_not_this(flow_at_causes(Registration.OFFICE_OR_EMPLOYER))
    assert StepId.CONTACT_ON_FILE in seen
    assert StepId.ALREADY_USED not in seen and StepId.NOT_APPROVED not in seen


def test_email_on_file_skips_the_no_email_page():
    flow = flow_at_causes(channel=ChannelChoice.EMAIL, contact=BOTH)
    assert StepId.NO_EMAIL not in walk_not_this(flow)
    flow = flow_at_causes(channel=ChannelChoice.SMS, contact=BOTH)
    assert StepId.NO_EMAIL in walk_not_this(flow)


def test_fixing_a_cause_asks_whether_it_arrived_then_solved():
    flow = flow_at_causes()
    assert flow.answer(CauseResult.FIXED) is StepId.ARRIVED
    assert flow.answer(Arrived.YES) is StepId.SOLVED
    assert flow.is_final()


def test_fixed_but_not_arrived_continues_with_the_next_cause():
    flow = flow_at_causes()
    flow.answer(CauseResult.NOT_THIS)  # wrong_contact
    assert flow.current is StepId.CONTACT_ON_FILE
    flow.answer(CauseResult.FIXED)
    assert flow.answer(Arrived.NO) is StepId.ALREADY_USED


def test_nothing_found_leads_to_the_ways_in_then_the_hotline():
    flow = flow_at_causes()
    walk_not_this(flow)
    assert flow.answer(Arrived.NO) is StepId.WAYS_IN
    assert flow.answer(WaysInResult.NEED_HELP) is StepId.HOTLINE
    assert flow.is_final()


def test_a_way_in_that_works_is_solved():
    flow = flow_at_causes()
    walk_not_this(flow)
    flow.answer(Arrived.NO)
    assert flow.answer(WaysInResult.WORKED) is StepId.SOLVED


def test_fixing_the_last_cause_without_result_leads_to_ways_in():
    flow = flow_at_causes(Registration.IN_APP, ChannelChoice.EMAIL, BOTH)
    causes = flow.applicable_causes()
    for _ in causes[:-1]:
        flow.answer(CauseResult.NOT_THIS)
    assert flow.current is causes[-1]
    flow.answer(CauseResult.FIXED)
    assert flow.answer(Arrived.NO) is StepId.WAYS_IN


def test_back_returns_and_keeps_the_earlier_answer():
    flow = flow_at_causes(Registration.OFFICE_OR_EMPLOYER)
    assert flow.back() is StepId.CONTACT
    assert flow.remembered[StepId.CONTACT] == PHONE
    assert flow.back() is StepId.CHANNEL
    assert flow.remembered[StepId.CHANNEL] is ChannelChoice.SMS
    assert flow.back() is StepId.REGISTRATION
    # A different answer now changes the road ahead.
    flow.answer(Registration.IN_APP)
    flow.answer(ChannelChoice.SMS)
    flow.answer(PHONE)
    assert StepId.CONTACT_ON_FILE not in walk_not_this(flow)


def test_back_after_a_cause_forgets_it_in_the_path():
    flow = flow_at_causes()
    flow.answer(CauseResult.NOT_THIS)
    flow.back()
    assert flow.current is StepId.WRONG_CONTACT
    assert flow.cause_results() == []
    assert flow.remembered[StepId.WRONG_CONTACT] is CauseResult.NOT_THIS


def test_back_on_the_first_page_is_refused():
    flow = new_flow()
    assert not flow.can_go_back()
    with pytest.raises(FlowError):
        flow.back()


def test_path_records_each_cause_result_in_order():
    flow = flow_at_causes()
    flow.answer(CauseResult.NOT_THIS)
    flow.answer(CauseResult.FIXED)
    flow.answer(Arrived.NO)
    assert flow.cause_results() == [
        (StepId.WRONG_CONTACT, CauseResult.NOT_THIS),
        (StepId.CONTACT_ON_FILE, CauseResult.FIXED),
    ]
    assert [e.step for e in flow.path][:4] == [
        StepId.WELCOME, StepId.REGISTRATION, StepId.CHANNEL, StepId.CONTACT,
    ]


def test_staff_can_jump_to_a_cause_and_back():
    flow = flow_at_causes()
    assert flow.jump_to(StepId.BLOCKED) is StepId.BLOCKED
    assert isinstance(flow.path[-1].answer, Jump)
    assert flow.back() is StepId.WRONG_CONTACT
    with pytest.raises(FlowError):
        flow.jump_to(StepId.HOTLINE)


def test_after_the_wait_the_person_goes_straight_to_the_hotline_and_back_returns():
    flow = flow_at_causes()
    flow.jump_to(StepId.WAITING)
    assert flow.go_to_hotline() is StepId.HOTLINE
    assert flow.is_final(), "the hotline offer did not end the session on the hotline page"
    assert flow.path[-1] == PathEntry(StepId.WAITING, Jump())
    assert flow.back() is StepId.WAITING, "Back from the hotline did not return to the waiting page"
    length = len(flow.path)
    flow.go_to_hotline()
    flow.go_to_hotline()
    assert len(flow.path) == length + 1, "a second press recorded a second jump"


def test_no_answer_is_possible_on_the_final_pages():
    flow = flow_at_causes()
    flow.answer(CauseResult.FIXED)
    flow.answer(Arrived.YES)
    assert not flow.accepts(Start())
    assert not flow.accepts(CauseResult.FIXED)


# -- the step-by-step guides for a phone or a mailbox --------------------------------------


def flow_at(cause: StepId, channel=ChannelChoice.SMS, contact=BOTH) -> Flow:
    flow = flow_at_causes(Registration.NOT_SURE, channel, contact)
    while flow.current is not cause:
        flow.answer(CauseResult.NOT_THIS)
    return flow


@pytest.mark.parametrize(
    ("channel", "offered"),
    [
        (ChannelChoice.SMS, (CauseResult.PHONE_GUIDE,)),
        (ChannelChoice.EMAIL, (CauseResult.EMAIL_GUIDE,)),
        (ChannelChoice.NOT_SURE, (CauseResult.PHONE_GUIDE, CauseResult.EMAIL_GUIDE)),
    ],
)
def test_spam_and_blocked_pages_offer_the_guides_of_the_channel(channel, offered):
    flow = flow_at_causes(channel=channel, contact=BOTH)
    for cause in CAUSES:
        expected = offered if cause in (StepId.SPAM_FOLDER, StepId.BLOCKED) else ()
        assert flow.guide_choices(cause) == expected, f"{cause} offered the wrong guides to a {channel} user"


def test_a_guide_answer_not_offered_is_refused():
    flow = flow_at(StepId.BLOCKED, ChannelChoice.SMS)
    assert not flow.accepts(CauseResult.EMAIL_GUIDE), "an SMS user was sent to the mail guides"
    assert flow.accepts(CauseResult.PHONE_GUIDE)
    flow = flow_at(StepId.WRONG_CONTACT, ChannelChoice.NOT_SURE)
    assert not flow.accepts(CauseResult.PHONE_GUIDE), "the wrong-contact page led to a phone guide"
    with pytest.raises(FlowError):
        flow.answer(CauseResult.EMAIL_GUIDE)


def test_phone_guide_picks_a_phone_then_shows_its_steps_then_asks_whether_it_arrived():
    flow = flow_at(StepId.BLOCKED)
    assert flow.answer(CauseResult.PHONE_GUIDE) is StepId.DEVICE
    assert flow.chosen_guide() is None
    assert flow.answer(GuideChoice("samsung-messages")) is StepId.GUIDE
    assert flow.chosen_guide() == "samsung-messages"
    assert flow.answer(GuideTicks("samsung-messages", (0, 2), 7)) is StepId.ARRIVED
    assert flow.guide_ticks() == [GuideTicks("samsung-messages", (0, 2), 7)]
    assert flow.path[-1] == PathEntry(StepId.GUIDE, GuideTicks("samsung-messages", (0, 2), 7))
    assert flow.answer(Arrived.YES) is StepId.SOLVED


def test_email_guide_goes_through_the_provider_picker():
    flow = flow_at(StepId.SPAM_FOLDER, ChannelChoice.EMAIL)
    assert flow.answer(CauseResult.EMAIL_GUIDE) is StepId.PROVIDER
    assert flow.answer(GuideChoice("gmail")) is StepId.GUIDE
    assert flow.answer(GuideTicks("gmail", (), 7)) is StepId.ARRIVED, "nothing ticked still goes on"


def test_finding_out_which_phone_returns_to_the_phone_list():
    flow = flow_at(StepId.BLOCKED)
    flow.answer(CauseResult.PHONE_GUIDE)
    flow.answer(GuideChoice("which-phone"))
    assert flow.answer(GuideTicks("which-phone", (0,), 7, finds_device=True)) is StepId.DEVICE
    flow.answer(GuideChoice("xiaomi"))
    assert flow.chosen_guide() == "xiaomi"
    assert flow.answer(GuideTicks("xiaomi", (1,), 7)) is StepId.ARRIVED
    assert [t.guide_id for t in flow.guide_ticks()] == ["which-phone", "xiaomi"]


def test_a_mail_guide_cannot_send_the_person_to_the_phone_list():
    flow = flow_at(StepId.SPAM_FOLDER, ChannelChoice.EMAIL)
    flow.answer(CauseResult.EMAIL_GUIDE)
    flow.answer(GuideChoice("gmail"))
    assert not flow.accepts(GuideTicks("gmail", (), 7, finds_device=True))


@pytest.mark.parametrize(
    "ticks",
    [
        GuideTicks("gmail", (0,), 7),  # not the guide that was picked
        GuideTicks("samsung-messages", (7,), 7),  # there is no 8th step
        GuideTicks("samsung-messages", (-1,), 7),
        GuideTicks("samsung-messages", (2, 0), 7),  # out of order
        GuideTicks("samsung-messages", (1, 1), 7),  # ticked twice
        GuideTicks("samsung-messages", (), 0),  # a guide without steps
    ],
)
def test_ticks_that_do_not_fit_the_guide_are_refused(ticks):
    flow = flow_at(StepId.BLOCKED)
    flow.answer(CauseResult.PHONE_GUIDE)
    flow.answer(GuideChoice("samsung-messages"))
    assert not flow.accepts(ticks)


def test_a_guide_must_be_picked_by_name():
    flow = flow_at(StepId.BLOCKED)
    flow.answer(CauseResult.PHONE_GUIDE)
    assert not flow.accepts(GuideChoice(""))
    assert not flow.accepts(CauseResult.FIXED), "the phone list took a cause answer"


def test_after_a_guide_and_no_password_the_next_cause_follows_the_guided_one():
    flow = flow_at(StepId.SPAM_FOLDER)
    flow.answer(CauseResult.PHONE_GUIDE)
    flow.answer(GuideChoice("samsung-messages"))
    flow.answer(GuideTicks("samsung-messages", (0,), 7))
    assert flow.answer(Arrived.NO) is StepId.NO_EMAIL, "the cause after the spam page did not follow"
    assert (StepId.SPAM_FOLDER, CauseResult.PHONE_GUIDE) in flow.cause_results()


def test_after_a_guide_the_remaining_causes_then_the_ways_in():
    flow = flow_at(StepId.BLOCKED, ChannelChoice.EMAIL)
    flow.answer(CauseResult.EMAIL_GUIDE)
    flow.answer(GuideChoice("gmail"))
    flow.answer(GuideTicks("gmail", (), 7))
    assert flow.answer(Arrived.NO) is StepId.SPAM_FOLDER
    assert flow.answer(CauseResult.NOT_THIS) is StepId.ARRIVED  # no_email is skipped: an email is on file
    assert flow.answer(Arrived.NO) is StepId.WAYS_IN


def test_back_from_a_guide_keeps_the_ticks_and_forgets_them_in_the_path():
    flow = flow_at(StepId.BLOCKED)
    flow.answer(CauseResult.PHONE_GUIDE)
    flow.answer(GuideChoice("vivo"))
    flow.answer(GuideTicks("vivo", (0, 1), 7))
    assert flow.back() is StepId.GUIDE
    assert flow.remembered[StepId.GUIDE] == GuideTicks("vivo", (0, 1), 7)
    assert flow.guide_ticks() == []
    assert flow.back() is StepId.DEVICE
    assert flow.back() is StepId.BLOCKED
    assert flow.chosen_guide() is None
    assert flow.remembered[StepId.BLOCKED] is CauseResult.PHONE_GUIDE


def test_staff_opening_the_blocked_page_before_the_channel_is_known_get_both_guides():
    flow = new_flow()
    flow.jump_to(StepId.BLOCKED)
    assert flow.guide_choices(StepId.BLOCKED) == (CauseResult.PHONE_GUIDE, CauseResult.EMAIL_GUIDE)
    assert flow.answer(CauseResult.EMAIL_GUIDE) is StepId.PROVIDER


def test_jumping_to_the_page_already_shown_adds_no_step_to_go_back_through():
    flow = flow_at_causes()
    before = list(flow.path)
    assert flow.jump_to(StepId.WRONG_CONTACT) is StepId.WRONG_CONTACT
    assert flow.path == before, "Back would have to be pressed twice to leave this page"


def test_a_cause_answered_after_a_staff_jump_is_not_shown_again():
    flow = flow_at_causes(channel=ChannelChoice.EMAIL, contact=BOTH)
    flow.jump_to(StepId.SPAM_FOLDER)  # staff opened a later page first
    flow.answer(CauseResult.NOT_THIS)
    flow.jump_to(StepId.WRONG_CONTACT)
    seen = walk_not_this(flow)
    assert StepId.SPAM_FOLDER not in seen, "the spam page came again although it was answered"
    assert seen == [c for c in CAUSES if c not in (StepId.SPAM_FOLDER, StepId.NO_EMAIL)]


def test_the_guide_being_followed_knows_which_cause_page_it_came_from():
    flow = flow_at(StepId.BLOCKED)
    assert flow.guide_cause() is None
    flow.answer(CauseResult.PHONE_GUIDE)
    assert flow.guide_cause() is StepId.BLOCKED, "the phone list does not know it came from the blocked page"


def test_the_step_table_names_an_answer_for_every_step_but_the_two_endings():
    from app.core.flow import FINAL_STEPS, STEPS

    assert set(STEPS) == set(StepId)
    assert FINAL_STEPS == {StepId.SOLVED, StepId.HOTLINE}
    for step in FINAL_STEPS:
        assert not Flow(_current=step).accepts(Start()), f"an answer was taken on the ending {step}"
# -- how far along: "Bước 5 / khoảng 14" ----------------------------------------------------


def test_a_new_visit_is_on_page_1_of_the_longest_way():
    progress = Flow().progress()
    # welcome, registration, channel, contact, every cause, "did it arrive?", the ways in, the hotline
    assert (progress.step, progress.about) == (1, 4 + len(CAUSES) + 3)


def test_an_sms_user_registered_in_the_app_is_told_14_pages():
    flow = flow_at_causes(Registration.IN_APP, ChannelChoice.SMS)
    assert flow.progress().step == 5
    assert flow.progress().about == 14  # no "contact on file" page for them


@pytest.mark.parametrize("registration", list(Registration))
def test_the_count_holds_while_nothing_helps_and_ends_exactly_at_the_hotline(registration):
    flow = flow_at_causes(registration, ChannelChoice.SMS)
    about = flow.progress().about
    step = flow.progress().step
    while not flow.is_final():
        answer = {StepId.ARRIVED: Arrived.NO, StepId.WAYS_IN: WaysInResult.NEED_HELP}.get(
            flow.current, CauseResult.NOT_THIS)
        flow.answer(answer)
        step += 1
        assert flow.progress() == type(flow.progress())(step, about), f"the count moved on {flow.current}"
    assert flow.current is StepId.HOTLINE and flow.progress().step == flow.progress().about


def test_back_takes_the_step_number_back_and_fixing_a_cause_shortens_the_way():
    flow = flow_at_causes(Registration.IN_APP, ChannelChoice.SMS)
    flow.answer(CauseResult.NOT_THIS)
    assert flow.progress().step == 6
    flow.back()
    assert flow.progress().step == 5
    longest = flow.progress().about
    flow.answer(CauseResult.FIXED)
    assert flow.current is StepId.ARRIVED
    flow.answer(Arrived.YES)
    assert flow.current is StepId.SOLVED
    assert flow.progress().step == flow.progress().about == 7 < longest


def test_a_guide_adds_its_pages_to_the_count():
    flow = flow_at_causes(Registration.IN_APP, ChannelChoice.SMS)
    before = flow.progress().about
    while flow.current is not StepId.BLOCKED:
        flow.answer(CauseResult.NOT_THIS)
    flow.answer(CauseResult.PHONE_GUIDE)
    assert flow.current is StepId.DEVICE
    # the phone list, the guide and "did it arrive?" come before the causes that are left
    assert flow.progress().about == before + 3


def test_counting_leaves_the_flow_as_it_was():
    flow = flow_at_causes()
    path, remembered, current = list(flow.path), dict(flow.remembered), flow.current
    flow.progress()
    assert (flow.path, flow.remembered, flow.current) == (path, remembered, current)
