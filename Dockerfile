# Community Radar image: the `radar` CLI (API, flows, Kibana setup). Used by docker-compose.yml.
#   docker build -t community-radar:0.1.0 .
#   docker run --rm -p 127.0.0.1:8000:8000 community-radar:0.1.0 serve --host 0.0.0.0
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    RADAR_DATA_DIR=/data

WORKDIR /app

# torch first, as its own layer, from the PyTorch CPU index: a plain `pip install torch` pulls
# the multi-GB CUDA build. Keep the version equal to the pin in pyproject.toml
# (tests/test_compose.py checks it).
RUN pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu

COPY . /app
RUN pip install /app \
    && useradd --system --uid 10001 --home-dir /data radar \
    && mkdir -p /data && chown radar /data

USER radar
VOLUME ["/data"]
EXPOSE 8000
ENTRYPOINT ["radar"]
CMD ["serve", "--host", "0.0.0.0"]
