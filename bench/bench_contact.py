"""Time the contact checks on typical and awkward inputs: each must fit well inside one frame (16 ms).

Run: python bench/bench_contact.py   (prints, per check, the median and the worst microseconds per call)

The first call of each input is not counted: ``warm_up`` makes it after the first frame, and the
window's keystroke benchmark (scripts/bench) measures the keystrokes themselves.
"""

from __future__ import annotations

import statistics
import sys
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.contact import check_bhxh_code, check_email, check_phone, warm_up

PHONES = [
    "0912 345 678",
    "+84 912 345 678",
    "0084 912 345 678",
    "0168 912 3456",
    "(08) 3829 1234",
    "(033) 3825 123",
    "0891 234 567",
    "số của tôi là 0912.345.678 nhé",
    "0912345678 0987654321",
    "0912 345 678 hoặc 0912 345 678",
    "+1 650 253 0000",
    "0912abc678",
    "9" * 10_000,
    "a1," * 3_300,
    ", ".join(f"09{i:08d}" for i in range(12345678, 12345678 + 40)),
]
EMAILS = [
    "nguyenvana@gmail.com",
    "nguyễn@gmail.com",
    "lê.nguyen@gmail.com",
    "an@gmial.com",
    "lan@gmail.net",
    "ketoan@congtyabc.com.vm",
    "lan@tiem.frr",
    "lan@gmail.com.html",
    "lan@gmailcom",
    "Nguyễn Văn A <lan@gmail.com>",
    "lan@gmail.com, lan.tran@yahoo.com",
    "nguyen van a@yahoo.com.vn",
    "an@bưuđiện.vn",
    "x" * 10_000,
    "a@b " * 80,
]
CODES = ["7915303320", "079190012345", "097190012345", "DN4797915303320", "x" * 10_000]

REPEATS = 7


def microseconds(func, text: str) -> float:
    """Median time of one call over REPEATS rounds, each sized to last about 0.1 s."""
    timer = timeit.Timer(lambda: func(text))
    number, _ = timer.autorange()
    rounds = timer.repeat(repeat=REPEATS, number=number)
    return statistics.median(rounds) / number * 1e6


def main() -> None:
    warm_up()
    for func, inputs in ((check_phone, PHONES), (check_email, EMAILS), (check_bhxh_code, CODES)):
        times = []
        print(func.__name__)
        for text in inputs:
            shown = text if len(text) <= 40 else f"{text[:20]}... ({len(text)} chars)"
            times.append(microseconds(func, text))
            print(f"  {times[-1]:10.1f} µs  {shown!r}")
        print(f"  median {statistics.median(times):.1f} µs, worst {max(times):.1f} µs (one frame: 16000 µs)")


if __name__ == "__main__":
    main()
