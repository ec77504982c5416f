"""The office's own publications: 信息报送 by 信息员 (``submissions``), their photos (``photos``).

The web views (:mod:`clippings.web.publishing_views`) and the CLI (``clippings submissions …``) call
these functions; all SQL is in :mod:`clippings.archive.submissions`.
"""
