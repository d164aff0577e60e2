"""The flow's map and the window's pages name the same steps: no page without a step, no step without a page."""

from __future__ import annotations

from app.core.flow import STEPS
from app.ui.pages import PAGES


def test_every_step_of_the_flow_has_a_page_and_every_page_a_step():
    assert set(PAGES) == set(STEPS), (
        f"steps without a page: {sorted(set(STEPS) - set(PAGES))}; "
        f"pages without a step: {sorted(set(PAGES) - set(STEPS))}")


def test_each_page_is_built_for_its_own_step(make_window):
    window = make_window("--lang", "en")
    window.build_all_pages()
    assert {step: page.step for step, page in window.pages.items()} == {step: step for step in STEPS}


def test_the_warm_up_imports_every_module_the_pages_are_built_from(make_window):
    import sys

    from app.ui.pages import PAGE_MODULES

    window = make_window("--lang", "en")
    window.build_all_pages()
    used = {name for name in sys.modules if name.startswith("app.ui.pages.") and name != "app.ui.pages.base"}
    assert used <= set(PAGE_MODULES), f"pages built from modules the warm-up skips: {sorted(used - set(PAGE_MODULES))}"
