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
    Jump,
    Registration,
    Start,
    StepId,
    WaysInResult,
    contact_is_enough,
)

PHONE = Contact(phone="0912 345 678")
BOTH = Contact(phone="0912 345 678", email="lan@gmail.com")


def flow_at_causes(registration=Registration.NOT_SURE, channel=ChannelChoice.SMS, contact=PHONE) -> Flow:
    flow = Flow()
    for answer in (Start(), registration, channel, contact):
        flow.answer(answer)
    return flow


def test_opening_pages_in_order():
    flow = Flow()
    assert flow.current is StepId.WELCOME
    assert flow.answer(Start()) is StepId.REGISTRATION
    assert flow.answer(Registration.IN_APP) is StepId.CHANNEL
    assert flow.answer(ChannelChoice.SMS) is StepId.CONTACT
    assert flow.answer(PHONE) is StepId.WRONG_CONTACT


def test_a_wrong_kind_of_answer_is_refused():
    flow = Flow()
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
    flow = Flow()
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
    flow = Flow()
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


def test_no_answer_is_possible_on_the_final_pages():
    flow = flow_at_causes()
    flow.answer(CauseResult.FIXED)
    flow.answer(Arrived.YES)
    assert not flow.accepts(Start())
    assert not flow.accepts(CauseResult.FIXED)
