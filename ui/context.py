"""What every screen needs: the store, the configuration, the rule table and the site's files.

Rules edited in the settings screen are saved by :class:`inspector.site.Site` (audited, atomic)
and loaded from there on the next start (the shipped defaults otherwise).
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from pathlib import Path

from inspector.config import InspectorConfig
from inspector.rules import RulesConfig
from inspector.site import Site
from inspector.store import Store, StorageConfig, default_data_dir, resolve_database
from ui.preferences import saved_reviewer


@dataclass
class AppContext:
    """Shared state of the app (one per process).

    Attributes:
        store: The conduct database.
        cfg: The whole engine configuration.
        rules: The rule table in force.
        data_dir: Folder of the database, clips and the edited rule table.
        reviewer: Name written with every review decision.
        source: The source the live view opens first (camera index, file or URL), or "".
    """

    store: Store
    cfg: InspectorConfig
    rules: RulesConfig
    data_dir: Path
    reviewer: str = field(default_factory=getpass.getuser)
    source: str = ""

    @property
    def actor(self):
        """The signed-in :class:`inspector.auth.Actor`, or None (open mode / not signed in)."""
        return getattr(self.store, "actor", None)

    def sign_in(self, actor) -> None:
        """Makes every later store call act as ``actor`` (:meth:`inspector.store.Store.as_actor`).

        Args:
            actor: An :class:`inspector.auth.Actor` from :meth:`~inspector.store.Store.authenticate`
                or local admin mode.
        """
        self.store = self.store.as_actor(actor)
        if not actor.local_admin:
            self.reviewer = actor.name  # decisions are recorded under the signed-in account

    @property
    def site(self) -> Site:
        """The site's files in the data folder."""
        return Site(self.data_dir)

    @property
    def rules_path(self) -> Path:
        return self.site.rules_path

    def save_rules(self, rules: RulesConfig) -> Path:
        """Makes ``rules`` the table in force: saved by :meth:`inspector.site.Site.save_rules` (audited).

        Raises:
            inspector.store.StoreError: Refused or not recorded (the old table stays in force).
            OSError: The file cannot be written.
        """
        path = self.site.save_rules(rules, self.store)
        self.rules = rules
        return path


def open_context(db: str | None = None, cfg: InspectorConfig | None = None, data_dir: str | Path | None = None,
                 source: str = "", store: Store | None = None) -> AppContext:
    """Opens the store and loads the rules.

    Args:
        db: Database URL or SQLite path (None: $INSPECTOR_DB, config, then the default file).
        cfg: Configuration (defaults when None).
        data_dir: Data folder (None: the storage config's folder or the user's data folder).
        source: Initial live source.
        store: An already opened store (e.g. signed in as a user); ``db`` is then ignored.

    Raises:
        inspector.store.StoreError: The database cannot be opened.
        inspector.rules.RulesError: The saved rule table is invalid.
    """
    cfg = cfg or InspectorConfig()
    storage = getattr(cfg, "storage", None) or StorageConfig()
    folder = Path(data_dir).expanduser() if data_dir else default_data_dir(storage)
    site = Site(folder)
    if db is None and data_dir is not None:
        db = str(site.database_path)
    store = store or Store.open(resolve_database(db, storage), storage)
    rules = site.load_rules()
    ctx = AppContext(store=store, cfg=cfg, rules=rules, data_dir=folder, source=source)
    actor = getattr(store, "actor", None)
    if actor is not None and not getattr(actor, "local_admin", False):
        ctx.reviewer = actor.name  # decisions are recorded under the signed-in account
    elif actor is None:
        ctx.reviewer = saved_reviewer() or ctx.reviewer  # the name chosen in the settings
    return ctx
