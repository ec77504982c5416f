"""Module-level functions for tests/test_workers.py (a spawned worker imports them by name)."""

import os
import threading


def square(x):
    return x * x


def fail_on_odd(x):
    if x % 2:
        raise ValueError(f"odd: {x}")
    return x


def die(code):
    os._exit(code)


def pid(_):
    return os.getpid()


def unpicklable(_):
    return threading.Lock()


def has_module(name):
    import sys

    return name in sys.modules
