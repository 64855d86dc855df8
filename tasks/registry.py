"""The job kinds the worker runs, by name. A new kind: a handler in a `tasks` module (see
`tasks.context`), its name as a constant in its domain module, and one line here."""

from __future__ import annotations

from collections.abc import Mapping

from domain.batch import RUN_KIND
from domain.events import DISPATCH_KIND
from domain.exports import EXPIRE_KIND, GENERATE_KIND
from domain.mail import MAIL_KIND
from domain.user_sync import SYNC_KIND
from domain.webhook_delivery import DELIVER_KIND
from tasks import batch, exports, mail, webhooks
from tasks.context import Handler

HANDLERS: Mapping[str, Handler] = {
    DISPATCH_KIND: webhooks.dispatch_event,
    DELIVER_KIND: webhooks.deliver_webhook,
    GENERATE_KIND: exports.generate_export,
    EXPIRE_KIND: exports.expire_export,
    MAIL_KIND: mail.send_mail,
    RUN_KIND: batch.run_batch,
    SYNC_KIND: batch.sync_users,
}
