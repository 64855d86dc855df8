"""The OpenAPI schemas of users (`shapes.users`) and the default avatar every user shows."""

from __future__ import annotations

from api.openapi import registered, shape_component
from api.request import AtriumRequest, origin
from shapes.users import AVATAR_SIZES, DeletedUser, User, UserListItem, UserResources

DEFAULT_AVATAR_PATH = "/avatars/default.svg"
DEFAULT_AVATAR_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">'
    b'<rect width="64" height="64" fill="#d8dee9"/>'
    b'<circle cx="32" cy="24" r="12" fill="#8f9bb3"/>'
    b'<path d="M10 60c2-14 11-22 22-22s20 8 22 22z" fill="#8f9bb3"/></svg>'
)
USER_LIST_ITEM = shape_component(UserListItem)
USER = shape_component(User)
DELETED_USER = shape_component(DeletedUser)
USER_RESOURCES = shape_component(UserResources)
RESOURCE_LIST = {
    kind: {"type": "object", "required": [kind], "properties": {kind: item}}
    for kind, item in registered(USER_RESOURCES)["properties"].items()
}


def avatar(request: AtriumRequest) -> dict[str, str]:
    """The avatar of every user, on the tenant's own host."""
    scheme, host = origin(request)
    url = f"{scheme}://{host}/api/v2{DEFAULT_AVATAR_PATH}"
    return dict.fromkeys(AVATAR_SIZES, url)
