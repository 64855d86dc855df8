"""The baseline: Sanic with one JSON route and nothing else (no middleware, no extensions, no
access log).

python bench/bare_app.py --port 8001
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from sanic import HTTPResponse, Request, Sanic
from sanic.response import json

app = Sanic("bare")
# sanic-ext, when installed, attaches itself to every app (CORS, injection): not part of Sanic.
app.config.AUTO_EXTEND = False


@app.get("/")
async def hello(request: Request) -> HTTPResponse:
    return json({"hello": "world"})


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args(argv)
    # One worker under Sanic's worker manager, the way `server.py serve` runs Atrium.
    app.run(host="127.0.0.1", port=args.port, workers=1, access_log=False, motd=False)


if __name__ == "__main__":
    main()
