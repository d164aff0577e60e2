"""The program's decisions, in pure Python: no Qt import anywhere below this package."""
