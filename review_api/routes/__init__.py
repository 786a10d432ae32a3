"""Routers, one per resource; ``create_app`` includes every router listed in ``ROUTERS``."""

from fastapi import APIRouter

from review_api.routes import health, mentions

ROUTERS: list[APIRouter] = [
    health.router,
    mentions.router,
]
