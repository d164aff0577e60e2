"""Time the contact checks on typical and awkward inputs: each must fit well inside one frame (16 ms).

Run: python bench/bench_contact.py   (prints the median microseconds per call)
"""

from __future__ import annotations

import statistics
import sys
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.contact import check_bhxh_code, check_email, check_phone  # noqa: E402

PHONES = [
    "0912 345 678",
    "+84 912 345 678",
    "0168 912 3456",
    "số của tôi là 0912.345.678 nhé",
    "0912345678 0987654321",
    "+1 650 253 0000",
    "0912abc678",
    "9" * 10_000,
    "a1," * 3_300,
]
EMAILS = [
    "nguyenvana@gmail.com",
    "nguyễn@gmail.com",
    "an@gmial.com",
    "nguyen van a@yahoo.com.vn",
    "an@bưuđiện.vn",
    "x" * 10_000,
]
CODES = ["7915303320", "DN4797915303320", "x" * 10_000]

REPEATS = 7


def median_microseconds(func, text: str) -> float:
    """Median time of one call, over REPEATS rounds sized to last about 0.1 s each."""
    timer = timeit.Timer(lambda: func(text))
    number, _ = timer.autorange()
    rounds = timer.repeat(repeat=REPEATS, number=number)
    return statistics.median(rounds) / number * 1e6


def main() -> None:
    for func, inputs in ((check_phone, PHONES), (check_email, EMAILS), (check_bhxh_code, CODES)):
        print(func.__name__)
        for text in inputs:
            shown = text if len(text) <= 40 else f"{text[:20]}... ({len(text)} chars)"
            print(f"  {median_microseconds(func, text):10.1f} µs  {shown!r}")


if __name__ == "__main__":
    main()
