"""Where the pages of a report break, the same for every report and every new section.

`build_pdf` runs each story through `bind_story`, so these rules need no asking:

- A heading (any flowable whose style says keepWithNext: `styles().heading`, `.subheading`)
  stays with the start of what it heads: a small table (at most `SMALL_ROWS` rows), a chart or
  a kept-together block whole; a longer table with at least `MIN_ROWS` rows under it, and at
  least `MIN_ROWS` rows carried onto the next page (no lone total row at a page's top).
- A note under a table (`keep_with_previous(paragraph)`) stays under its table.
- The last part of a story, or of a page ended by `PageBreak`, never stands alone on a page
  when it is small: the end of the part before it comes along.
- `SectionBreak` starts a new page for a new part (an appendix) unless the page so far holds
  only a little, so the page before it is never just one small table.
"""

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Table
from reportlab.platypus.doctemplate import ActionFlowable, FrameBreak, NullActionFlowable
from reportlab.platypus.flowables import _ContainerSpace, _listWrapOn

__all__ = ["MIN_ROWS", "SMALL_ROWS", "SectionBreak", "bind_story", "keep_with_previous"]

MIN_ROWS = 3  # rows shown under a heading before a table breaks, and carried over after
SMALL_ROWS = 15  # tables of this many rows or fewer never break across pages
MIN_START = 20 * mm  # other splittable bodies show this much under their heading
SMALL_SHARE = 1 / 3  # "a little" of a page: a part this small never stands alone
_CARRY = 30 * mm  # how much of the part before a small last part comes along with it
_TRIES = 30  # steps of `_STEP` points when moving a table's break up for its last rows
_STEP = 12.0
_HUGE = 0xFFFFFF


def keep_with_previous(flowable: Flowable) -> Flowable:
    """Mark a flowable (a note under a table) to stay with the one before it."""
    flowable.keep_with_previous = True
    return flowable


class SectionBreak(Flowable):
    """A new page for a new part, unless the page so far holds only a little (a third of the
    frame or less): then the part follows on the same page."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")
        if frame is not None and not frame._atTop and availHeight < frame._aH * (1 - SMALL_SHARE):
            frame.add_generated_content(FrameBreak)
        return 0, 0

    def draw(self) -> None:  # takes no room, draws nothing
        pass


def _handed(parts: list[Flowable]) -> list[Flowable]:
    """What split() returns: reportlab draws the first part at once, and a group cannot be
    drawn, so a group first waits behind an empty action (as KeepTogether does)."""
    return [NullActionFlowable(), *parts] if parts and isinstance(parts[0], _Group) else parts


def _flat(flowables: Sequence[Flowable]) -> list[Flowable]:
    flat: list[Flowable] = []
    for flowable in flowables:
        grouped = isinstance(flowable, _Group | KeepTogether)  # both ask for everything in wrap
        flat += _flat(flowable._content) if grouped else [flowable]
    return flat


def _height(flowables: Sequence[Flowable], width: float, canv: object) -> float:
    return float(_listWrapOn(_flat(flowables), width, canv)[1])


def _body_rows(table: Table) -> int:
    repeat = table.repeatRows if isinstance(table.repeatRows, int) else len(table.repeatRows)
    return len(table._cellvalues) - repeat


def _whole(body: Flowable) -> bool:
    """Bodies never broken: small tables, drawings, kept-together blocks, one-row tables."""
    if isinstance(body, Table):
        return _body_rows(body) <= SMALL_ROWS
    if isinstance(body, KeepTogether):
        return True
    return not isinstance(body, _Group) and type(body).split is Flowable.split


class _Group(_ContainerSpace, Flowable):
    """Like KeepTogether: wrap() asks for everything, so the frame always calls split()."""

    _content: list[Flowable]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, _HUGE

    def total_height(self, width: float) -> float:
        return _height(self._content, width, getattr(self, "canv", None))

    def _at_top(self) -> bool:
        frame = getattr(self, "_frame", None)
        return bool(frame is not None and frame._atTop)

    def _frame_height(self) -> float:
        frame = getattr(self, "_frame", None)
        return float(frame._aH) if frame is not None else float(_HUGE)

    def draw(self) -> None:  # never drawn itself: split() hands out its parts
        raise NotImplementedError


class Headed(_Group):
    """Headings, the body they head and the notes under it (see the module's rules)."""

    def __init__(
        self, heads: Sequence[Flowable], body: Flowable, notes: Sequence[Flowable] = ()
    ) -> None:
        self.heads, self.body, self.notes = list(heads), body, list(notes)
        for head in self.heads:  # bound here: reportlab need not bind them again
            head.__dict__["keepWithNext"] = 0

    @property
    def _content(self) -> list[Flowable]:  # type: ignore[override]
        return [*self.heads, self.body, *self.notes]

    ends_part = False  # the last thing before a page break or the story's end (see Tail)

    def _rest_too_small(self, rest: Flowable, width: float) -> bool:
        """The end of the last table of a part, alone on the last page, is never just a few
        rows: it carries at least a third of a page over, or the whole table goes over."""
        if not self.ends_part:
            return False
        canv = getattr(self, "canv", None)
        need = self._frame_height() * SMALL_SHARE
        rest_height = _height([rest, *self.notes], width, canv)
        if rest_height >= need:
            return False
        if need <= _height([self.body], width, canv) - need:
            return True  # breaking higher carries a third over
        # Too short to carry a third: the whole table goes to the next page when it fits one.
        return self.total_height(width) <= self._frame_height()

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self.total_height(availWidth) <= availHeight:
            return _handed(self._content)
        parts = self.split_start(availWidth, availHeight)
        if parts is not None:
            return _handed(parts)
        return _handed(self._content) if self._at_top() else []  # [] moves it to the next page

    def split_start(self, width: float, height: float) -> list[Flowable] | None:
        """The heads and the start of the body in `height`, the rest of the body (with the
        notes) as a new group to place on the next page; None when no good start fits."""
        if _whole(self.body):
            return None
        canv = getattr(self, "canv", None)
        room = height - _height(self.heads, width, canv) - self.body.getSpaceBefore() - 1
        for _ in range(_TRIES):
            if room <= 0:
                return None
            parts = self.body.splitOn(canv, width, room)
            if len(parts) < 2:
                return None
            first, rest = parts[0], parts[-1]
            if isinstance(first, Table):
                if _body_rows(first) < MIN_ROWS:
                    return None
                if isinstance(rest, Table) and (
                    _body_rows(rest) < MIN_ROWS or self._rest_too_small(rest, width)
                ):
                    room -= _STEP  # break a little higher: carry more rows over
                    continue
            elif _height([first], width, canv) < MIN_START:
                return None
            after = Headed([], rest, self.notes)
            after.ends_part = self.ends_part
            return [*self.heads, *parts[:-1], after]
        return None


class Tail(_Group):
    """The last part of a story and the part before it: a small last part that does not fit
    takes the end of the part before it along, so no page holds just that small part."""

    def __init__(self, before: Flowable, last: Flowable) -> None:
        self.before, self.last = before, last

    @property
    def _content(self) -> list[Flowable]:  # type: ignore[override]
        return [self.before, self.last]

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        canv = getattr(self, "canv", None)
        width = availWidth
        if self.total_height(width) <= availHeight:
            return _handed(self._content)
        last = _height([self.last], width, canv)
        if last > self._frame_height() * SMALL_SHARE:
            return _handed(self._content)  # a big last part stands on its own
        before = _height([self.before], width, canv)
        if before > availHeight:  # the part before breaks anyway: keep its end with the last
            parts = self._split_before(width, availHeight)
            if parts:
                return _handed([*parts[:-1], Tail(parts[-1], self.last)])
        else:  # carry the end of the part before over to the next page
            parts = self._split_before(width, max(0.0, before - _CARRY))
            if parts and len(parts) >= 2:  # the rest would fit here too: break before it
                return _handed([*parts[:-1], FrameBreak(), parts[-1], self.last])
        if self._at_top():  # nothing better on a fresh page: each as it falls
            return _handed(self._content)
        return []  # both to the next page, to be weighed again there

    def _split_before(self, width: float, height: float) -> list[Flowable] | None:
        if height <= 0:
            return None
        canv = getattr(self, "canv", None)
        if isinstance(self.before, Headed):
            return self.before.split_start(width, height) if canv is not None else None
        if _whole(self.before):
            return None
        parts = self.before.splitOn(canv, width, height)
        return parts if len(parts) >= 2 else None

    def split_start(self, width: float, height: float) -> list[Flowable] | None:
        return None


def _is_break(flowable: Flowable) -> bool:
    return isinstance(flowable, PageBreak | SectionBreak | ActionFlowable)


def _keeps_with_next(flowable: Flowable) -> bool:
    return bool(flowable.getKeepWithNext()) and not _is_break(flowable)


def bind_story(story: Sequence[Flowable]) -> list[Flowable]:
    """The story with headings bound to what they head, notes to their tables, and the last
    part before each page break (and at the end) bound to the part before it."""
    bound: list[Flowable] = []
    heads: list[Flowable] = []
    for flowable in story:
        if _keeps_with_next(flowable):
            heads.append(flowable)
        elif getattr(flowable, "keep_with_previous", False) and bound and not heads:
            before = bound[-1]
            if isinstance(before, Headed):
                before.notes.append(flowable)
            elif not _is_break(before):
                bound[-1] = Headed([], before, [flowable])
            else:
                bound.append(flowable)
        elif heads and not _is_break(flowable):
            bound.append(Headed(heads, flowable))
            heads = []
        else:
            bound += heads
            heads = []
            bound.append(flowable)
    bound += heads
    return _bind_tails(bound)


def _bind_tails(story: list[Flowable]) -> list[Flowable]:
    result: list[Flowable] = []
    for index, flowable in enumerate(story):
        ends_part = index == len(story) - 1 or isinstance(story[index + 1], PageBreak)
        if (
            ends_part
            and not _is_break(flowable)
            and result
            and not _is_break(result[-1])
            and not isinstance(result[-1], Tail)
        ):
            result[-1] = Tail(result[-1], flowable)
        else:
            result.append(flowable)
        if ends_part and isinstance(flowable, Headed):
            flowable.ends_part = True
    return result
