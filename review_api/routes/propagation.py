"""Propagation paths of a story: JSON graph with reach/depth/spreaders, or Graphviz DOT."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from monitor.propagation import PropagationGraph, story_graph, to_dot
from radar.privacy import pseudonym_key
from review_api.auth import require
from review_api.deps import ItemId, SettingsDep, StoreDep
from review_api.errors import problem_responses

router = APIRouter(
    prefix="/api/propagation",
    tags=["monitoring"],
    dependencies=[Depends(require("propagation.read"))],
)


@router.get(
    "/{mention_id}",
    response_model=PropagationGraph,
    responses={200: {"content": {"text/vnd.graphviz": {}}}, **problem_responses(404)},
)
def get_propagation(
    mention_id: ItemId,
    store: StoreDep,
    settings: SettingsDep,
    window_hours: Annotated[int, Query(ge=1, le=24 * 90)] = 24 * 7,
    format: Literal["json", "dot"] = "json",
    top: Annotated[int, Query(ge=1, le=100)] = 10,
    max_nodes: Annotated[int, Query(ge=1, le=200_000)] = 100_000,
) -> PropagationGraph | Response:
    """The repost/reply graph of the story containing ``mention_id``, from its root; authors
    are pseudonyms (reveal one through ``POST /api/privacy/reveal``)."""
    graph = story_graph(
        store,
        mention_id,
        window=timedelta(hours=window_hours),
        top=top,
        max_nodes=max_nodes,
        key=pseudonym_key(settings.privacy),
    )
    if format == "dot":
        return Response(to_dot(graph), media_type="text/vnd.graphviz; charset=utf-8")
    return graph
