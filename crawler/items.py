"""Items the spiders yield: one fetched page (or one whole forum thread) with its raw responses."""

import scrapy


class PageItem(scrapy.Item):
    source = scrapy.Field()          # clippings.config.Source
    url = scrapy.Field()
    canonical_url = scrapy.Field()
    kind = scrapy.Field()            # news | forum
    responses = scrapy.Field()       # list[clippings.evidence.RawResponse], first = main page
    encoding = scrapy.Field()        # charset from the HTTP header, if any
    fetched_at = scrapy.Field()
    reply_count = scrapy.Field()     # forum threads: replies shown on the board list
    hint_title = scrapy.Field()      # title from a feed / sitemap, used when the page has none
    hint_published = scrapy.Field()
    not_modified = scrapy.Field()    # True: 304 to a conditional request
    gone = scrapy.Field()            # HTTP status when the page now answers 404/410 (or redirects home)
    gone_reason = scrapy.Field()     # why a re-check counts the page as removed, when not a plain 404/410
    redirected_from = scrapy.Field()  # canonical URLs that redirected here (remembered, not refetched)
    page = scrapy.Field()            # clippings.ingest.Page, filled by ExtractPipeline
