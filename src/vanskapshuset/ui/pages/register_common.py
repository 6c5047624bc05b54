"""Small building blocks the Register tabs share: the inline error label and the record table."""

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from vanskapshuset.ui.models.text_table import TextTableModel


def heading_font(base: QFont) -> QFont:
    """Bigger and bold, relative to the system font so its size setting is honoured."""
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * 1.35)
    font.setBold(True)
    return font


def page_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setFont(heading_font(label.font()))
    return label


def error_label() -> QLabel:
    """A red, word-wrapped message shown next to the field it is about; hidden when empty."""
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, text: str, field: QWidget | None = None) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    if text and field is not None:
        field.setFocus()


def record_table(model: QAbstractItemModel, accessible_name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    table.verticalHeader().hide()
    # Rows as high as the text needs: more of a long list fits on a 768-pixel screen.
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def fit_columns(table: QTableView) -> None:
    """Columns as wide as their text, the first at least a long name wide (short lists too)."""
    table.resizeColumnsToContents()
    least = table.fontMetrics().horizontalAdvance("M") * 16
    if table.model().columnCount() > 1 and table.columnWidth(0) < least:
        table.setColumnWidth(0, least)


def selected_id(table: QTableView, model: TextTableModel) -> str | None:
    rows = table.selectionModel().selectedRows()
    return model.row_id(rows[0].row()) if rows else None
