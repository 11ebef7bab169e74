"""The Trainer screen's Exchange tab: what was imported (with receipts that came back), what was exported,
learner details in conflict, and records waiting until their key is trusted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer_app.core.common.changes import Changes
from trainer_app.core.common.errors import TrainerError
from trainer_app.ui.context import Context
from trainer_app.ui.errors_text import error_text
from trainer_app.ui.i18n import format_bytes
from trainer_app.ui.widgets import file_dialogs

if TYPE_CHECKING:
    from trainer_app.ui.view_services import ExchangeServices

ID_ROLE = Qt.ItemDataRole.UserRole
# What the rest of the Trainer screen shows (table, charts, summary): it recomputes only when one of these changed.
TRAINER_SCREEN_DATA = (
    Changes.LEARNERS | Changes.PROGRESS | Changes.CERTIFICATES | Changes.RECORDS | Changes.TRUST
)


def _tree(name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setAccessibleName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setStretchLastSection(True)
    return tree


def _added(counts: dict[str, dict[str, int]], key: str) -> int:
    return sum(int(c.get(key, 0)) for c in counts.values())


class ExchangePanel(QWidget):
    changed = Signal()  # records changed here (a conflict resolved, a key trusted)

    def __init__(self, context: Context, services: ExchangeServices) -> None:
        super().__init__()
        self.context = context
        self.services = services
        self.imports = _tree(
            self.tr("Imports"),
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("From key"),
                self.tr("Trusted"),
                self.tr("Added"),
                self.tr("Updated"),
                self.tr("Awaiting trust"),
                self.tr("Conflicts"),
                self.tr("By"),
            ],
        )
        self.exports = _tree(
            self.tr("Exports"), [self.tr("When"), self.tr("File"), self.tr("Records"), self.tr("Arrived")]
        )
        self.conflicts = _tree(
            self.tr("Conflicts"),
            [
                self.tr("Learner"),
                self.tr("Detail"),
                self.tr("Here"),
                self.tr("Imported"),
                self.tr("From key"),
            ],
        )
        self.pending = _tree(
            self.tr("Awaiting trust"),
            [self.tr("Key"), self.tr("Label"), self.tr("Kept aside"), self.tr("Records"), self.tr("Size")],
        )
        keep = self._button(self.tr("Keep the value here"), lambda: self._resolve(False))
        take = self._button(self.tr("Use the imported value"), lambda: self._resolve(True))
        trust = self._button(self.tr("Trust this key…"), self._trust)
        discard = self._button(self.tr("Discard…"), self._discard)
        inner = QWidget()  # four lists are taller than a 600 px screen: they scroll together
        layout = QVBoxLayout(inner)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        again = self._button(self.tr("Write its receipt again…"), self._receipt_again)
        layout.addWidget(self._box(self.tr("Imported bundles and receipts"), self.imports, again))
        layout.addWidget(self._box(self.tr("Exported bundles"), self.exports))
        layout.addWidget(self._box(self.tr("Learner details that differ"), self.conflicts, keep, take))
        layout.addWidget(
            self._box(
                self.tr("Records kept until their key is trusted (not counted)"), self.pending, trust, discard
            )
        )

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text)
        button.clicked.connect(lambda _checked=False: slot())  # never pass clicked(bool) into the slot
        return button

    def _box(self, title: str, tree: QTreeWidget, *buttons: QPushButton) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(tree)
        if buttons:
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        return box

    def refresh(self) -> None:
        records = self.services.records
        self._fill_imports(records.imports())
        self._fill_exports(records.exports(), records.imports("receipt"))
        self.conflicts.clear()
        for c in records.conflicts():
            item = QTreeWidgetItem(
                [
                    c["display_name"],
                    c["field"],
                    c["local_value"],
                    c["incoming_value"],
                    c["source_fingerprint"],
                ]
            )
            item.setData(0, ID_ROLE, c["id"])
            self.conflicts.addTopLevelItem(item)
        self.pending.clear()
        for p in records.pending_by_key():
            kinds = ", ".join(
                f"{kind.replace('_', ' ')} {count}" for kind, count in sorted(p["kinds"].items())
            )
            item = QTreeWidgetItem(
                [p["fingerprint"], p["label"], kinds, str(p["records"]), format_bytes(int(p["bytes"]))]
            )
            item.setData(0, ID_ROLE, p["public_key"])
            item.setToolTip(2, kinds)
            self.pending.addTopLevelItem(item)

    def _fill_imports(self, entries: list[dict[str, Any]]) -> None:
        self.imports.clear()
        for e in entries:
            what = (
                self.tr("Receipt for bundle {id}").format(id=e["bundle_id"][:8])
                if e["kind"] == "receipt"
                else e["file_name"]
            )
            counts = e["counts"]
            item = QTreeWidgetItem(
                [
                    e["imported_at"].strftime("%Y-%m-%d %H:%M"),
                    what,
                    e["source_fingerprint"],
                    self.tr("Yes") if e["trusted"] else self.tr("No"),
                    str(_added(counts, "added")),
                    str(_added(counts, "updated")),
                    str(_added(counts, "pending")),
                    str(e["conflicts"]),
                    e["imported_by"],
                ]
            )
            item.setData(0, ID_ROLE, e["id"] if e["kind"] == "bundle" else None)  # only bundles have receipts
            self.imports.addTopLevelItem(item)

    def _fill_exports(self, entries: list[dict[str, Any]], receipts: list[dict[str, Any]]) -> None:
        self.exports.clear()
        arrived = {r["bundle_id"]: r for r in receipts}
        for e in entries:
            receipt = arrived.get(e["bundle_id"])
            where = ""
            if receipt is not None:
                where = self.tr("{when} at key {key}: {n} added").format(
                    when=receipt["imported_at"].strftime("%Y-%m-%d"),
                    key=receipt["source_fingerprint"][:14],
                    n=_added(receipt["counts"], "added") + _added(receipt["counts"], "pending"),
                )
            self.exports.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        e["created_at"].strftime("%Y-%m-%d %H:%M"),
                        e["file_name"],
                        str(sum(e["counts"].values())),
                        where,
                    ]
                )
            )

    def _receipt_again(self) -> None:
        """The CLI's `records receipt`: the signed receipt of an import, for a field laptop that lost it."""
        item = self.imports.currentItem()
        import_id = item.data(0, ID_ROLE) if item is not None else None
        if not import_id:
            QMessageBox.information(self, self.tr("Receipt"), self.tr("Choose an imported bundle first."))
            return
        path = file_dialogs.save_file(
            self,
            self.services.settings,
            "receipts",
            self.tr("Write the receipt again"),
            f"receipt-{str(import_id)[:8]}.json",
            self.tr("Import receipt (*.json)"),
        )
        if path:
            records = self.services.records

            def write_receipt() -> Changes:
                records.receipt_for(str(import_id), Path(path))
                return Changes.NONE  # a file written again: nothing stored here changed

            self._act(write_receipt)

    def _resolve(self, take_incoming: bool) -> None:
        item = self.conflicts.currentItem()
        if item is None:
            return
        self._act(lambda: self.services.records.resolve_conflict(item.data(0, ID_ROLE), take_incoming))

    def _trust(self) -> None:
        item = self.pending.currentItem()
        if item is None:
            return
        label, ok = QInputDialog.getText(
            self,
            self.tr("Trust this key"),
            self.tr("Key {key}\nWho is it? (for example the field laptop's site)").format(key=item.text(0)),
        )
        if not ok or not label.strip():
            return
        key = bytes.fromhex(item.data(0, ID_ROLE))
        self._act(lambda: self.services.trust.trust_key(key, label)[1])  # releases what it kept aside

    def _discard(self) -> None:
        item = self.pending.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard kept-aside records"),
            self.tr(
                "Drop every record kept aside for key {key}? They never counted here, and trusting the key later "
                "will not bring them back (import the file again then)."
            ).format(key=item.text(0)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            fingerprint = item.text(0)
            records = self.services.records
            self._act(lambda: Changes.RECORDS if records.discard(fingerprint) else Changes.NONE)

    def _act(self, action: Callable[[], Changes]) -> None:
        """Run one operation; this panel's lists always reload, the rest of the screen only if its data changed."""
        try:
            changes = action()
        except TrainerError as error:
            QMessageBox.warning(self, self.tr("Not done"), error_text(error))
            return
        self.refresh()
        if changes & TRAINER_SCREEN_DATA:
            self.changed.emit()
