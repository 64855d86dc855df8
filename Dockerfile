# Atrium API image: `docker build -t atrium .`, then see docker-compose.yml.
#
# The builder installs the runtime dependencies pinned in pyproject.toml into /opt/venv (all of
# them ship wheels for linux x86_64 and aarch64; a future one that must compile needs
# build-essential here, and only here). The final image gets that venv and the source, runs as an
# unprivileged user and starts `python server.py serve`; override the command for
# `python server.py migrate`, `tenant ...` or `key ...`.

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ${PYTHON_IMAGE} AS builder
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PYTHONDONTWRITEBYTECODE=1
RUN python -m venv /opt/venv
WORKDIR /build
# Only the dependency list, so this layer is rebuilt when dependencies change, not on every edit.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        > requirements.txt \
    && /opt/venv/bin/pip install -r requirements.txt

FROM ${PYTHON_IMAGE}
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    ATRIUM_ENV=production \
    HOST=0.0.0.0 \
    PORT=8000 \
    EXPORTS_DIR=/var/lib/atrium/exports
RUN groupadd --system --gid 10001 atrium \
    && useradd --system --uid 10001 --gid atrium --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin atrium \
    && install -d -o atrium -g atrium /var/lib/atrium/exports
COPY --from=builder /opt/venv /opt/venv
WORKDIR /app
# Owned by root and only readable by the app user: the running service cannot rewrite its code.
COPY . .
RUN python -m compileall -q /app
USER 10001:10001
EXPOSE 8000
# The health route needs no key and no version header and answers over plain HTTP, but only on
# the platform host, so the probe sends Host: BASE_DOMAIN. A 503 (database down) fails it.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request as r; r.urlopen(r.Request(f\"http://127.0.0.1:{os.environ.get('PORT', '8000')}/api/v2/health\", headers={'Host': os.environ.get('BASE_DOMAIN') or 'localhost'}), timeout=4)"]
CMD ["python", "server.py", "serve"]
