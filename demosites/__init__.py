"""Bundled demo web for 江州市: four fictional news/forum/government sites served on loopback.

Used by `make demo`, by the test suite (real crawls) and by the crawl benchmark.
Everything is generated deterministically in memory; see `demosites.server.DemoServer`
and `demosites.corpus` (the ground truth as data).
"""

__all__ = ["DemoServer"]


def __getattr__(name):  # lazy import so `import demosites.corpus` stays light
    if name == "DemoServer":
        from demosites.server import DemoServer
        return DemoServer
    raise AttributeError(name)
