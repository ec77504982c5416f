"""Proof that survives deletion: readable differences between captures and an evidence package.

    from clippings.proof.diff import compare_texts          # sentence-level diff, Chinese-aware
    from clippings.proof.package import build_package       # WARC records + offline rendering + manifest

The package holds the original WARC record(s) byte-for-byte as captured, a PDF and PNG rendering of the
captured page made from those bytes in headless Chromium with every network request refused, a manifest
(URL, capture times, HTTP status, SHA-256 of every file, the page's earlier versions) and a 说明 in
Chinese. It is written into a folder (``clippings evidence ID --out DIR``) or a zip (web download).
"""
