"""Sign-in dialog: account name and password, checked by the store (Argon2id hashes).

Shown at launch when the database has accounts and neither ``--local-admin`` nor a usable
``--user`` password (``$INSPECTOR_PASSWORD``) was given. A failed attempt shows the store's
message under the fields and clears the password; the dialog stays open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from inspector.auth import Actor, Role
from inspector.store import Store, StoreError


def role_name(role: Role) -> str:
    """The translated name of a role."""
    from PySide6.QtCore import QCoreApplication

    return {Role.MANAGER: QCoreApplication.translate("SignIn", "manager"),
            Role.AUDITOR: QCoreApplication.translate("SignIn", "auditor"),
            Role.STAFF: QCoreApplication.translate("SignIn", "staff")}[role]


def actor_text(actor: Actor | None, has_accounts: bool) -> str:
    """Who is signed in, for the status bar."""
    from PySide6.QtCore import QCoreApplication

    if actor is None:
        if not has_accounts:
            return QCoreApplication.translate("SignIn", "Not signed in (no accounts yet: open mode)")
        return QCoreApplication.translate("SignIn", "Not signed in (read only)")
    if actor.local_admin:
        return QCoreApplication.translate("SignIn", "Local admin mode ({user}), recorded in the audit trail").format(
            user=actor.os_user)
    return QCoreApplication.translate("SignIn", "Signed in as {name} ({role})").format(
        name=actor.name, role=role_name(actor.role))


class SignInDialog(QDialog):
    """Asks for an account and a password; :attr:`actor` holds the result after ``accept``.

    Args:
        store: The database the accounts are in.
        user: Account name to fill in (``--user``).
    """

    def __init__(self, store: Store, user: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in — DeskConduct"))
        self.user = QLineEdit(user)
        self.user.setPlaceholderText(self.tr("account name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("password"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b3261e;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        intro = QLabel(self.tr("Sign in with your account. Staff see their own events and scores; "
                               "auditors review; managers configure."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Account"), self.user)
        form.addRow(self.tr("Password"), self.password)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(420)
        (self.password if user else self.user).setFocus(Qt.FocusReason.OtherFocusReason)

    def try_sign_in(self) -> bool:
        """Checks the fields; accepts the dialog on success, shows the error otherwise."""
        name, password = self.user.text().strip(), self.password.text()
        if not name or not password:
            self.error.setText(self.tr("Enter the account name and the password."))
            return False
        try:
            self.actor = self.store.authenticate(name, password)
        except StoreError:
            self.password.clear()
            self.password.setFocus()
            self.error.setText(self.tr("Sign-in failed: unknown or inactive account, or wrong password."))
            return False
        self.error.clear()
        self.accept()
        return True


def sign_in(store: Store, user: str = "", parent: QWidget | None = None) -> Actor | None:
    """Runs the dialog; the signed-in actor, or None when the user quit."""
    dlg = SignInDialog(store, user, parent)
    return dlg.actor if dlg.exec() == QDialog.DialogCode.Accepted else None
