"""The program's look: calm colours, large type, large targets. One stylesheet, scaled by the font setting."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Palette:
    window: str = "#f4f7f7"
    card: str = "#ffffff"
    text: str = "#17262d"
    muted: str = "#44545c"
    accent: str = "#0a6665"
    accent_text: str = "#ffffff"
    accent_soft: str = "#dff0ee"
    border: str = "#b9c7cc"
    focus: str = "#c25e00"
    problem: str = "#a1260d"
    disabled: str = "#b9c7cc"  # text and border of a button that cannot be pressed yet


HIGH_CONTRAST = Palette(
    window="#000000", card="#000000", text="#ffffff", muted="#ffffff",
    accent="#ffff00", accent_text="#000000", accent_soft="#333300", border="#ffffff", focus="#00ffff",
    problem="#ff9e80", disabled="#9a9a9a",  # grey, not white: a disabled button must not look pressable
)


KIOSK_TEXT = 18 / 15  # kiosk text is at least 18 pt: the body size 15 pt times this


def stylesheet(scale: float = 1.0, palette: Palette = Palette(), *, kiosk: bool = False) -> str:
    """The application stylesheet; ``scale`` multiplies every font size (1.0, 1.25, 1.5); kiosk is larger still."""
    scale = scale * (KIOSK_TEXT if kiosk else 1.0)

    def pt(size: float) -> str:
        return f"{round(size * scale)}pt"

    p = palette
    return f"""
    QWidget {{ color: {p.text}; font-size: {pt(15)}; }}
    QMainWindow, #wizard, QScrollArea, QScrollArea > QWidget > QWidget {{ background: {p.window}; }}
    QLabel#title {{ font-size: {pt(24)}; font-weight: 600; }}
    QLabel#lead {{ font-size: {pt(16)}; }}
    QLabel#section {{ font-size: {pt(16)}; font-weight: 600; padding-top: 6px; }}
    QLabel#muted {{ color: {p.muted}; }}
    QLabel#bigNumber {{ font-size: {pt(40)}; font-weight: 700; color: {p.accent}; }}
    QFrame#card {{ background: {p.card}; border: 1px solid {p.border}; border-radius: 10px; }}
    QPushButton {{
        background: {p.card}; border: 2px solid {p.border}; border-radius: 10px;
        padding: 10px 22px; min-height: 32px; min-width: 48px;
    }}
    QPushButton:focus {{ border-color: {p.focus}; }}
    QPushButton:disabled {{ color: {p.disabled}; border-color: {p.disabled}; border-style: dashed; }}
    QPushButton#nextButton, QPushButton#finishButton, QPushButton#stillHereButton, QPushButton#unlockButton {{
        background: {p.accent}; color: {p.accent_text}; border-color: {p.accent}; font-weight: 600;
    }}
    QPushButton#nextButton:focus, QPushButton#finishButton:focus, QPushButton#stillHereButton:focus,
    QPushButton#unlockButton:focus {{ border-color: {p.focus}; }}
    QPushButton#stillHereButton {{ padding: 16px 22px; }}
    QPushButton#nextButton:disabled, QPushButton#unlockButton:disabled {{
        background: {p.window}; color: {p.disabled}; border-color: {p.disabled}; border-style: dashed;
    }}
    QPushButton[choice="true"] {{ text-align: left; padding: 14px 18px; }}
    QPushButton[choice="true"]:checked {{ background: {p.accent_soft}; border: 3px solid {p.accent}; }}
    QLabel#choiceTitle, QLabel#fieldCaption {{ font-weight: 600; }}
    QLabel[problem="true"] {{ color: {p.problem}; font-weight: 600; }}
    QLineEdit, QPlainTextEdit {{
        background: {p.card}; border: 2px solid {p.border}; border-radius: 8px; padding: 8px 10px;
        selection-background-color: {p.accent}; selection-color: {p.accent_text};
    }}
    QLineEdit {{ min-height: 32px; }}
    QLineEdit:focus, QPlainTextEdit:focus {{ border-color: {p.accent}; }}
    QFrame#navBar {{ background: {p.card}; border-top: 1px solid {p.border}; }}
    QFrame[overlay="true"] {{ background: rgba(0, 0, 0, 150); }}
    QFrame[overlay="true"][covers="true"] {{ background: {p.window}; }}
    QFrame#overlayCard, QFrame[staffNotice="true"] {{ background: {p.card}; border: 3px solid {p.accent}; border-radius: 12px; }}
    QPushButton[key="true"] {{ padding: 6px 8px; min-width: 40px; min-height: 40px; }}
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

    def stylesheet(self) -> str:
        return stylesheet(self.font_scale / 100, HIGH_CONTRAST if self.high_contrast else Palette(), kiosk=self.kiosk)
