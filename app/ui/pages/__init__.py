"""One widget class per kind of page; each renders a core step and reports the answer."""
