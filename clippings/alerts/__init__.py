"""预警 and 处置: alert rules over stories, a notification queue delivered through apprise, work orders.

- :mod:`~clippings.alerts.config`: alerts.toml (rules, grading, channels, deadlines) and 责任单位;
- :mod:`~clippings.alerts.match`: one alert per story, graded, escalated once per grade;
- :mod:`~clippings.alerts.notify` / :mod:`~clippings.alerts.channels`: the queue and delivery;
- :mod:`~clippings.alerts.orders`: 处置 work orders;
- :mod:`~clippings.alerts.service`: what ``watch``, the CLI and the web app call.
"""
