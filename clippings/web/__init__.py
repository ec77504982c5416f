"""The office web app (Flask, server-rendered Chinese pages): 检索, 信息详情, 网媒快讯, 态势, 信息源.

    from clippings.web import create_app
    app = create_app(data_dir="data")          # served by waitress: ``clippings serve``

It adds no logic of its own: every page calls the core functions the CLI calls. Security rules
(sign-in, roles, CSRF, headers) are in :mod:`clippings.web.security`.
"""

from __future__ import annotations

import logging
import os
from datetime import timedelta

from flask import Flask, render_template

from clippings.paths import DataDir, config_path

log = logging.getLogger(__name__)

SESSION_HOURS = 8
ERROR_TEXT = {
    400: "请求无效", 401: "请先登录", 403: "没有权限执行此操作", 404: "页面或信息不存在",
    405: "不支持的请求方式", 409: "当前状态下不能执行此操作", 413: "上传的内容过大", 429: "请求过于频繁", 500: "服务器内部错误",
    503: "服务繁忙",
}


def create_app(data_dir=None, sources_path=None, profile_path=None, testing: bool = False) -> Flask:
    from clippings.accounts import ROLES, can
    from clippings.web import security
    from clippings.web.context import WebState

    data = DataDir.resolve(data_dir).ensure()
    app = Flask(__name__)
    app.url_map.converters["int"] = security.BoundedInt  # /clipping/<23 digits> is a 404, not a 500
    app.config.update(
        SECRET_KEY=security.load_secret_key(data.root),
        PERMANENT_SESSION_LIFETIME=timedelta(hours=SESSION_HOURS),
        SESSION_COOKIE_NAME="clippings_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=os.environ.get("CLIPPINGS_SECURE_COOKIE") == "1",
        MAX_CONTENT_LENGTH=1024 * 1024,
        TESTING=testing,
        EXPORT_LIMIT=10000,
    )
    from clippings.publishing import photos

    app.config["UPLOAD_LIMITS"] = {"publishing.new": photos.MAX_PHOTOS * photos.MAX_BYTES + 256 * 1024}
    state = WebState(data, config_path("sources.toml", sources_path, "CLIPPINGS_SOURCES"),
                     config_path("bureau.toml", profile_path, "CLIPPINGS_PROFILE"))
    app.extensions["clippings"] = state
    from clippings.web.search_gate import SearchGate

    app.extensions["search_gate"] = SearchGate()
    state.db()  # open (and migrate) the archive now, not on the first request

    app.before_request(security.before_request)
    app.after_request(security.after_request)
    from clippings import vocabulary

    app.jinja_env.globals.update(csrf_token=security.csrf_token, can=can, ROLES=ROLES, vocab=vocabulary)
    app.jinja_env.filters.update(beijing=vocabulary.beijing, sentiment=vocabulary.sentiment_label)

    from clippings.web import (admin_views, alerts_views, auth, briefing_views, clipping_views, home_views,
                               outlets_views, publishing_views, report_views, review_views, search_views,
                               sources_views)

    for module in (auth, home_views, search_views, clipping_views, briefing_views, report_views, sources_views,
                   admin_views, alerts_views, review_views, publishing_views, outlets_views):
        app.register_blueprint(module.bp)
    from clippings.web import canyue_views

    app.register_blueprint(canyue_views.bp)

    def error_page(exc):
        code = getattr(exc, "code", 500) or 500
        message = getattr(exc, "description", None) if code in (400, 404, 409, 429, 503) else None
        if message == getattr(type(exc), "description", None):  # werkzeug's English default
            message = None
        return render_template("error.html", code=code, title=ERROR_TEXT.get(code, "出错了"),
                               message=message), code

    for code in ERROR_TEXT:
        app.register_error_handler(code, error_page)
    return app
