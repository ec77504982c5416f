"""Log formatting: a dropped item is one short line, not the whole item (bodies included)."""

import logging

from scrapy import logformatter


class QuietLogFormatter(logformatter.LogFormatter):
    def dropped(self, item, exception, response, spider=None):
        return {"level": logging.DEBUG, "msg": "丢弃：%(exception)s", "args": {"exception": exception}}

    def scraped(self, item, response, spider=None):
        return {"level": logging.DEBUG, "msg": "入库：%(item)s", "args": {"item": item}}
