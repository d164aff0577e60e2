"""The program's look: calm colours, large type, large targets. One stylesheet, scaled by the font setting."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Palette:
    """The colours of one look. Text is 4.5:1 or more against its background, borders and focus 3:1 (WCAG AA)."""

    window: str = "#f4f7f7"
    card: str = "#ffffff"
    text: str = "#17262d"
    muted: str = "#44545c"
    accent: str = "#0a6665"
    accent_text: str = "#ffffff"
    accent_soft: str = "#dff0ee"
    border: str = "#72858c"  # 3.6:1 on the window, 3.9:1 on a card: a card or a button shows where it ends
    focus: str = "#c25e00"
    problem: str = "#a1260d"
    disabled: str = "#6b7d84"  # the words of a button that cannot be pressed yet: still readable
    disabled_border: str = "#c5d0d4"


HIGH_CONTRAST = Palette(
    window="#000000", card="#000000", text="#ffffff", muted="#ffffff",
    accent="#ffff00", accent_text="#000000", accent_soft="#333300", border="#ffffff", focus="#00ffff",
    problem="#ff9e80", disabled="#9a9a9a", disabled_border="#6a6a6a",  # grey, not white: not pressable
)


KIOSK_TEXT = 18 / 15  # kiosk text is at least 18 pt: the body size 15 pt times this
# The main action of a screen, filled with the accent colour: one at a time.
PRIMARY = ('QPushButton[primary="true"]', "QPushButton#stillHereButton", "QPushButton#unlockButton")


def stylesheet(scale: float = 1.0, palette: Palette = Palette(), *, kiosk: bool = False) -> str:
    """The application stylesheet; ``scale`` multiplies every font size (1.0, 1.25, 1.5); kiosk is larger still."""
    scale = scale * (KIOSK_TEXT if kiosk else 1.0)

    def pt(size: float) -> str:
        return f"{round(size * scale)}pt"

    # Headings grow less than the text under them: at 150 % a title of two lines would push the answers away.
    title = f"{round(15 * scale * (1 + 0.6 / scale))}pt"
    # The header's words, and tiles squeezed for room: a size smaller, never under a kiosk's 18 pt.
    small = f"{max(18 if kiosk else 0, round(13 * scale))}pt"
    p = palette
    primary = ", ".join(PRIMARY)
    primary_focus = ", ".join(f"{part}:focus" for part in PRIMARY)
    primary_disabled = ", ".join(f"{part}:disabled" for part in PRIMARY)
    return f"""
    QWidget {{ color: {p.text}; font-size: {pt(15)}; }}
    QMainWindow, QDialog, #wizard, QScrollArea, QScrollArea > QWidget > QWidget {{ background: {p.window}; }}
    QLabel#title {{ font-size: {title}; font-weight: 600; }}
    QLabel#lead {{ font-size: {pt(16)}; }}
    QLabel#section {{ font-size: {pt(16)}; font-weight: 600; padding-top: 6px; }}
    QLabel#muted, QLabel#nextHint {{ color: {p.muted}; }}
    QLabel#bigNumber {{ font-size: {pt(40)}; font-weight: 700; color: {p.accent}; }}
    QPushButton#hotlineNumberButton {{ font-size: {pt(28)}; font-weight: 700; padding: 4px 28px; }}
    QPushButton#hotlineNumberButton:focus {{ padding: 3px 27px; }}
    QLabel#progressLine, QLabel#waitCountdown {{ font-weight: 600; }}
    QWidget#countdownRing {{ qproperty-track: {p.border}; qproperty-fill: {p.accent}; }}
    QFrame#card {{ background: {p.card}; border: 1px solid {p.border}; border-radius: 10px; }}
    QFrame#journeyHeader {{ background: {p.card}; border-bottom: 1px solid {p.border}; }}
    QFrame#journeyHeader QPushButton, QFrame#journeyHeader QLabel {{ font-size: {small}; }}
    QPushButton {{
        background: {p.card}; border: 2px solid {p.border}; border-radius: 10px;
        padding: 10px 22px; min-height: 32px; min-width: 48px;
    }}
    QPushButton:focus {{ border: 3px solid {p.focus}; padding: 9px 21px; }}
    QPushButton:disabled {{ color: {p.disabled}; background: {p.window}; border-color: {p.disabled_border}; }}
    QPushButton[slim="true"] {{ padding: 6px 14px; min-height: {32 if kiosk else 22}px; }}
    QPushButton[slim="true"]:focus {{ padding: 5px 13px; }}
    {primary} {{
        background: {p.accent}; color: {p.accent_text}; border-color: {p.accent}; font-weight: 600;
    }}
    {primary_focus} {{ border-color: {p.focus}; }}
    QPushButton#stillHereButton {{ padding: 16px 22px; }}
    {primary_disabled} {{
        background: {p.window}; color: {p.disabled}; border-color: {p.disabled_border};
    }}
    QPushButton[choice="true"] {{ text-align: left; padding: 14px 18px; }}
    QPushButton[choice="true"]:checked {{ background: {p.accent_soft}; border: 3px solid {p.accent}; }}
    QPushButton[choice="true"]:focus, QPushButton[choice="true"]:checked:focus {{ border: 3px solid {p.focus}; }}
    QLabel#choiceTitle, QLabel#fieldCaption {{ font-weight: 600; }}
    QLabel#choiceTitle[compact="true"] {{ font-size: {small}; }}
    QLabel[problem="true"] {{ color: {p.problem}; font-weight: 600; }}
    QLineEdit, QPlainTextEdit {{
        background: {p.card}; border: 2px solid {p.border}; border-radius: 8px; padding: 8px 10px;
        selection-background-color: {p.accent}; selection-color: {p.accent_text};
    }}
    QLineEdit {{ min-height: 32px; }}
    QLineEdit:focus, QPlainTextEdit:focus {{ border: 3px solid {p.focus}; padding: 7px 9px; }}
    QScrollArea#explanation:focus {{ border: 3px solid {p.focus}; }}
    QTableView {{
        background: {p.card}; alternate-background-color: {p.window}; color: {p.text};
        gridline-color: {p.border}; border: 1px solid {p.border};
        selection-background-color: {p.accent}; selection-color: {p.accent_text};
    }}
    QHeaderView::section {{
        background: {p.window}; color: {p.text}; border: 1px solid {p.border}; padding: 4px 6px; font-weight: 600;
    }}
    QTableCornerButton::section {{ background: {p.window}; border: 1px solid {p.border}; }}
    QFrame#navBar {{ background: {p.card}; border-top: 1px solid {p.border}; }}
    QFrame[overlay="true"] {{ background: rgba(0, 0, 0, 150); }}
    QFrame[overlay="true"][covers="true"] {{ background: {p.window}; }}
    QFrame#overlayCard, QFrame[staffNotice="true"] {{
        background: {p.card}; border: 3px solid {p.accent}; border-radius: 12px;
    }}
    QPushButton[key="true"] {{ padding: 6px 8px; min-width: 40px; min-height: 40px; }}
    QPushButton[key="true"]:focus {{ padding: 5px 7px; }}
    """


@dataclass(frozen=True)
class Look:
    """What the person chose for reading: text size in percent, high contrast; kiosk screens read larger."""

    font_scale: int = 100
    high_contrast: bool = False
    kiosk: bool = False

    SCALES = (100, 125, 150)

    def bigger_text(self) -> Look:
        """The next text size, round from 150 % back to 100 %."""
        i = self.SCALES.index(self.font_scale) if self.font_scale in self.SCALES else -1
        return replace(self, font_scale=self.SCALES[(i + 1) % len(self.SCALES)])

    @property
    def answers_first(self) -> bool:
        """Text this large (150 %, or 125 % on a kiosk) puts a page's answers right under its question."""
        return self.font_scale * (KIOSK_TEXT if self.kiosk else 1.0) >= 150

    def stylesheet(self) -> str:
        return stylesheet(self.font_scale / 100, HIGH_CONTRAST if self.high_contrast else Palette(), kiosk=self.kiosk)
