"""English calendar words shared by the components that must not mistake them for something
else (a number next to a month is a date; a weekday is never a place)."""

ENGLISH_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

ENGLISH_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip

ENGLISH_MONTH_ABBREVIATIONS = (
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)  # fmt: skip
"""AP's month abbreviations ("Nov. 5, 2009"): before a day they are a date, not the towns that
share the letters (Nov in Tajikistan)."""
