"""Clippings: the application core (archive, tagger, clusters, briefing). Imports no Scrapy."""

__version__ = "0.1.0"
