"""Article / forum-thread extraction for crawled pages (lxml only; no Scrapy).

    from crawler.extraction import extract, Extracted, Post, decode_html, parse_chinese_datetime
"""
from .core import Extracted, Post, extract
from .dates import parse_chinese_datetime
from .encoding import decode_html

__all__ = ["extract", "Extracted", "Post", "decode_html", "parse_chinese_datetime"]
