"""Structured logs: one JSON object per line on stdout."""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime
from typing import Any

import orjson

access_logger = logging.getLogger("atrium.access")
logger = logging.getLogger("atrium")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if fields:
            entry.update(fields)
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return orjson.dumps(entry, default=str).decode()


def log_config(level: str) -> dict[str, Any]:
    """A `logging.config.dictConfig` for Sanic's loggers and ours, all in JSON on stdout."""
    handler = {"class": "logging.StreamHandler", "formatter": "json", "stream": sys.stdout}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonFormatter}},
        "handlers": {"stdout": handler},
        "loggers": {
            name: {"level": level, "handlers": ["stdout"], "propagate": False}
            for name in ("atrium", "sanic.root", "sanic.error", "sanic.server", "tortoise")
        },
    }
