"""Routers, one per resource; ``create_app`` includes every router listed in ``ROUTERS``."""

from fastapi import APIRouter

from review_api.routes import (
    ads,
    alerts,
    community,
    compensation,
    health,
    heatmap,
    incidents,
    mentions,
    privacy,
    propagation,
    reviews,
    session,
    status,
    tickets,
    users,
)

ROUTERS: list[APIRouter] = [
    health.router,
    status.router,
    session.router,
    mentions.router,
    heatmap.router,
    propagation.router,
    alerts.router,
    incidents.router,
    tickets.router,
    compensation.router,
    community.router,
    ads.router,
    reviews.router,
    users.router,
    privacy.router,
]
